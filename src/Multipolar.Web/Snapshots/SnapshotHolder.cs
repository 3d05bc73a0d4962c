using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Multipolar.Web.Snapshots;

/// <summary>
/// Holds the snapshot being served and replaces it when the store's data version changes. The store is
/// never held open: when its file (and write-ahead log) have been quiet for a poll interval, the file is
/// copied to a temporary file, the copy is checked to be whole (same length and time before and after, no
/// log), read into a new <see cref="DataSnapshot"/>, and deleted. An ingest may therefore run at any moment;
/// a copy taken while it writes is thrown away and taken again at the next poll. A new version is built off
/// the request path (copy, load, each year's pair matrix, on the low-priority threads of
/// <see cref="WorkerScheduler.Background"/>) while the old one is served; then the swap is one reference
/// write: a request reads <see cref="Current"/> once and uses that snapshot to the end. The rest (polarity, ideal
/// points) is warmed up after the swap; a warm-up waits while a new version is being built.
/// </summary>
public sealed class SnapshotHolder(ServeOptions options, IOutputCacheStore cache, ResponsePreparation preparation, ILogger<SnapshotHolder> log) : BackgroundService
{
    /// <summary>The output-cache tag of every cached API response; evicted when the data version changes.</summary>
    public const string CacheTag = "data";

    private readonly CancellationTokenSource life = new();
    private DataSnapshot current = DataSnapshot.Empty;
    private (long Length, DateTime Time) loadedStamp = (-1, default);
    private int swaps;
    private ImmutableList<string> timeline = [];
    private Task building = Task.CompletedTask;

    /// <summary>The snapshot requests are served from.</summary>
    public DataSnapshot Current => Volatile.Read(ref current);

    /// <summary>How many times the data version changed since the server started.</summary>
    public int Swaps => Volatile.Read(ref swaps);

    /// <summary>What the holder did and when (UTC): each load's phases and each swap, for logs and the load test's report.</summary>
    public ImmutableList<string> Timeline => Volatile.Read(ref timeline);

    /// <summary>
    /// Loads the store as it is now (at start-up, before the server listens); what the pages read first is then
    /// computed in the background while the server already serves (requests for what is not ready yet compute
    /// it on demand).
    /// </summary>
    public void LoadNow()
    {
        if (TryLoad() is { } snapshot)
        {
            Volatile.Write(ref current, snapshot);
            _ = WarmUpAfterStart(snapshot);
        }
    }

    /// <inheritdoc />
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await life.CancelAsync().ConfigureAwait(false);
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        life.Dispose();
        base.Dispose();
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.PollInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                if (!Changed())
                {
                    continue;
                }

                // Built on the background threads while the current version is served (its warm-up waits); swapped in when complete.
                var built = new TaskCompletionSource();
                Volatile.Write(ref building, built.Task);
                DataSnapshot? next;
                try
                {
                    next = await WorkerScheduler.Background.Run(TryLoad).ConfigureAwait(false);
                    if (next is not null && next.DataVersion != Current.DataVersion)
                    {
                        var prepared = await RunSteps(next.PreparationSteps(preparation.RenderYear), () => life.IsCancellationRequested, wait: false).ConfigureAwait(false);
                        Mark(FormattableString.Invariant($"{next.DataVersion}: {next.Years.Length} pair matrices prepared and rendered in {prepared.TotalMilliseconds:0} ms"));
                    }
                }
                finally
                {
                    built.SetResult();
                }

                if (next is not null && next.DataVersion != Current.DataVersion && !life.IsCancellationRequested)
                {
                    Volatile.Write(ref current, next);
                    Interlocked.Increment(ref swaps);
                    Mark($"swapped to {next.DataVersion}");
                    await cache.EvictByTagAsync(CacheTag, stoppingToken).ConfigureAwait(false);
                    log.LogInformation("Data version {Version} loaded ({RollCalls} roll calls).", next.DataVersion, next.RollCalls.Length);
                    _ = WarmUp(next);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning("Could not read the store {Path} ({Message}); keeping data version {Version}.", options.DbPath, e.Message, Current.DataVersion);
            }
        }
    }

    private bool Stale(DataSnapshot snapshot) => life.IsCancellationRequested || !ReferenceEquals(Current, snapshot);

    /// <summary>Whether the store changed since the last load and is quiet (no write-ahead log).</summary>
    private bool Changed() => Stamp() is { } stamp && stamp != loadedStamp && !File.Exists(options.DbPath + ".wal");

    private async Task WarmUpAfterStart(DataSnapshot snapshot)
    {
        var prepared = await RunSteps(snapshot.PreparationSteps(preparation.RenderYear), () => Stale(snapshot), wait: true).ConfigureAwait(false);
        Mark(FormattableString.Invariant($"{snapshot.DataVersion}: {snapshot.Years.Length} pair matrices warmed up and rendered in {prepared.TotalMilliseconds:0} ms"));
        await WarmUp(snapshot).ConfigureAwait(false);
    }

    private async Task WarmUp(DataSnapshot snapshot)
    {
        var time = await RunSteps(snapshot.WarmUpSteps(), () => Stale(snapshot), wait: true).ConfigureAwait(false);
        Mark(FormattableString.Invariant($"{snapshot.DataVersion}: polarity and ideal points warmed up in {time.TotalMilliseconds:0} ms{(Stale(snapshot) ? " (stopped: stale)" : "")}"));
    }

    /// <summary>
    /// Runs each step as a task of its own on <see cref="WorkerScheduler.Background"/>, so that a build queued
    /// meanwhile (a new data version) runs between two steps of a long warm-up rather than after all of them.
    /// A step that fails is logged and skipped (a request for it computes it again and reports the error). With
    /// <paramref name="wait"/>, each step first waits for a build in progress (a warm-up gives way to a new version).
    /// </summary>
    private async Task<TimeSpan> RunSteps(IEnumerable<Action> steps, Func<bool> stale, bool wait)
    {
        var watch = Stopwatch.StartNew();
        foreach (var step in steps)
        {
            if (wait)
            {
                await Volatile.Read(ref building).ConfigureAwait(false);
            }

            if (stale())
            {
                break;
            }

            await WorkerScheduler.Background.Run(() =>
            {
                try
                {
                    step();
                }
                catch (Exception e)
                {
                    log.LogWarning(e, "A background computation failed; a request for it computes it again.");
                }

                return 0;
            }).ConfigureAwait(false);
        }

        return watch.Elapsed;
    }

    private void Mark(string what)
    {
        var line = FormattableString.Invariant($"{DateTime.UtcNow:HH:mm:ss.fff} {what}");
        ImmutableInterlocked.Update(ref timeline, t => t.Add(line));
        log.LogDebug("{Event}", line);
    }

    /// <summary>A snapshot of the store when it changed since the last load and is quiet; else null.</summary>
    private DataSnapshot? TryLoad()
    {
        var stamp = Stamp();
        if (stamp is null || stamp == loadedStamp || File.Exists(options.DbPath + ".wal"))
        {
            return null;
        }

        var watch = Stopwatch.StartNew();
        var copy = Path.Combine(Path.GetTempPath(), $"multipolar-serve-{Environment.ProcessId}-{Guid.NewGuid():N}.duckdb");
        try
        {
            File.Copy(options.DbPath, copy);
            if (Stamp() != stamp || File.Exists(options.DbPath + ".wal"))
            {
                return null;   // written while copied: try again at the next poll
            }

            var copied = watch.Elapsed;
            var snapshot = DataSnapshot.Load(copy);
            loadedStamp = stamp.Value;
            Mark(FormattableString.Invariant($"{snapshot.DataVersion}: copied in {copied.TotalMilliseconds:0} ms, loaded in {(watch.Elapsed - copied).TotalMilliseconds:0} ms"));
            return snapshot;
        }
        finally
        {
            File.Delete(copy);
            File.Delete(copy + ".wal");
        }
    }

    private (long Length, DateTime Time)? Stamp()
    {
        var file = new FileInfo(options.DbPath);
        return file.Exists ? (file.Length, file.LastWriteTimeUtc) : null;
    }
}

/// <summary>What is rendered with each year's pair matrix while a data version is prepared (the API's responses made of it).</summary>
/// <param name="RenderYear">Renders a snapshot's responses for one year.</param>
public sealed record ResponsePreparation(Action<DataSnapshot, int> RenderYear);

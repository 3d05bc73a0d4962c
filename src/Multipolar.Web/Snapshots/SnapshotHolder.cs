using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Multipolar.Web.Snapshots;

/// <summary>
/// Holds the snapshot being served and replaces it when the store's data version changes. The store is
/// never held open: when its file (and write-ahead log) have been quiet for a poll interval, the file is
/// copied to a temporary file, the copy is checked to be whole (same length and time before and after, no
/// log), read into a new <see cref="DataSnapshot"/>, and deleted. An ingest may therefore run at any moment;
/// a copy taken while it writes is thrown away and taken again at the next poll. The swap is one reference
/// write: a request reads <see cref="Current"/> once and uses that snapshot to the end.
/// </summary>
public sealed class SnapshotHolder(ServeOptions options, IOutputCacheStore cache, ILogger<SnapshotHolder> log) : BackgroundService
{
    /// <summary>The output-cache tag of every cached API response; evicted when the data version changes.</summary>
    public const string CacheTag = "data";

    private readonly CancellationTokenSource life = new();
    private DataSnapshot current = DataSnapshot.Empty;
    private (long Length, DateTime Time) loadedStamp = (-1, default);
    private int swaps;

    /// <summary>The snapshot requests are served from.</summary>
    public DataSnapshot Current => Volatile.Read(ref current);

    /// <summary>How many times the data version changed since the server started.</summary>
    public int Swaps => Volatile.Read(ref swaps);

    /// <summary>Loads the store as it is now (at start-up, before the server listens).</summary>
    public void LoadNow()
    {
        if (TryLoad() is { } snapshot)
        {
            Volatile.Write(ref current, snapshot);
            snapshot.WarmUp(() => life.IsCancellationRequested || !ReferenceEquals(Current, snapshot));
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
                var next = TryLoad();
                if (next is not null && next.DataVersion != Current.DataVersion)
                {
                    Volatile.Write(ref current, next);
                    Interlocked.Increment(ref swaps);
                    next.WarmUp(() => life.IsCancellationRequested || !ReferenceEquals(Current, next));
                    await cache.EvictByTagAsync(CacheTag, stoppingToken).ConfigureAwait(false);
                    log.LogInformation("Data version {Version} loaded ({RollCalls} roll calls).", next.DataVersion, next.RollCalls.Length);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning("Could not read the store {Path} ({Message}); keeping data version {Version}.", options.DbPath, e.Message, Current.DataVersion);
            }
        }
    }

    /// <summary>A snapshot of the store when it changed since the last load and is quiet; else null.</summary>
    private DataSnapshot? TryLoad()
    {
        var stamp = Stamp();
        if (stamp is null || stamp == loadedStamp || File.Exists(options.DbPath + ".wal"))
        {
            return null;
        }

        var copy = Path.Combine(Path.GetTempPath(), $"multipolar-serve-{Environment.ProcessId}-{Guid.NewGuid():N}.duckdb");
        try
        {
            File.Copy(options.DbPath, copy);
            if (Stamp() != stamp || File.Exists(options.DbPath + ".wal"))
            {
                return null;   // written while copied: try again at the next poll
            }

            var snapshot = DataSnapshot.Load(copy);
            loadedStamp = stamp.Value;
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

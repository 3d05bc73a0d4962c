using System.Diagnostics;
using System.Globalization;

namespace Multipolar.Tests.Web;

/// <summary>
/// Watches the process while a load runs, from a thread of its own (not the thread pool): every 20 ms it queues
/// an empty work item to the thread pool and measures how long the pool took to start it (the dispatch delay a
/// request would also wait), the pool's thread count and queue length, and the garbage collector's pauses.
/// Reports the worst moments, so that a stall can be told apart as thread-pool starvation or a GC pause.
/// </summary>
internal sealed class RuntimeProbe : IDisposable
{
    private readonly SuspensionListener suspensions = new();
    private readonly Thread thread;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly TimeSpan pauseAtStart = GC.GetTotalPauseDuration();
    private readonly int gen2AtStart = GC.CollectionCount(2);
    private readonly DateTime startClock = DateTime.UtcNow;
    private readonly List<(double At, double DelayMs, int Threads, long Queued)> samples = [];
    private readonly Dictionary<long, (int Generation, bool Concurrent, double PauseMs)> collections = [];
    private readonly List<(double At, double OvershootMs, int Collections)> freezes = [];
    private volatile bool stopping;

    public RuntimeProbe()
    {
        thread = new Thread(Run) { IsBackground = true, Name = "Load test probe" };
        thread.Start();
    }

    private void Run()
    {
        using var started = new ManualResetEventSlim();
        while (!stopping)
        {
            started.Reset();
            var queuedAt = clock.Elapsed;
            var at = TimeSpan.Zero;
            ThreadPool.UnsafeQueueUserWorkItem(_ =>
            {
                at = clock.Elapsed;
                started.Set();
            }, null);
            var (threads, queued) = (ThreadPool.ThreadCount, ThreadPool.PendingWorkItemCount);
            started.Wait();
            lock (samples)
            {
                samples.Add((queuedAt.TotalSeconds, (at - queuedAt).TotalMilliseconds, threads, queued));
                var gc = GC.GetGCMemoryInfo(GCKind.Any);
                collections[gc.Index] = (gc.Generation, gc.Concurrent, gc.PauseDurations.ToArray().Sum(p => p.TotalMilliseconds));
            }

            var gcBefore = GC.CollectionCount(0);
            var sleepAt = clock.Elapsed;
            Thread.Sleep(20);
            var overshoot = (clock.Elapsed - sleepAt).TotalMilliseconds - 20;
            if (overshoot > 200)
            {
                lock (samples)
                {
                    freezes.Add((sleepAt.TotalSeconds, overshoot, GC.CollectionCount(0) - gcBefore));
                }
            }
        }
    }

    /// <summary>The worst dispatch delays with when they happened (seconds since the probe started), and the GC's share.</summary>
    public string Report()
    {
        lock (samples)
        {
            var worst = samples.OrderByDescending(s => s.DelayMs).Take(5).OrderBy(s => s.At)
                .Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.DelayMs:0} ms at {s.At:0.0} s ({s.Threads} threads, {s.Queued} queued)"));
            var sorted = samples.Select(s => s.DelayMs).Order().ToArray();
            var longest = string.Join(", ", collections.Values.OrderByDescending(c => c.PauseMs).Take(5)
                .Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.PauseMs:0} ms (gen{c.Generation}{(c.Concurrent ? " background" : "")})")));
            var gc = System.Runtime.GCSettings.IsServerGC ? "server" : "workstation";
            return string.Join(Environment.NewLine,
                string.Create(CultureInfo.InvariantCulture, $"probe from {startClock:HH:mm:ss.fff} UTC; thread-pool dispatch delay: p50 {sorted[sorted.Length / 2]:0.0} ms, max {sorted[^1]:0} ms over {sorted.Length} probes; worst: {string.Join("; ", worst)}"),
                "probe's own 20 ms sleeps overshooting 200 ms (the process or this thread not running; GCs meanwhile): " + (freezes.Count == 0 ? "none" : string.Join("; ",
                    freezes.OrderByDescending(f => f.OvershootMs).Take(5).OrderBy(f => f.At).Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.OvershootMs:0} ms at {f.At:0.0} s ({f.Collections} GCs)")))),
                suspensions.Report(),
                string.Create(CultureInfo.InvariantCulture, $"pool threads max {samples.Max(s => s.Threads)}, queue max {samples.Max(s => s.Queued)}"),
                string.Create(CultureInfo.InvariantCulture, $"GC ({gc}, {System.Runtime.GCSettings.LatencyMode}): {GC.CollectionCount(2) - gen2AtStart} gen2 collections, {(GC.GetTotalPauseDuration() - pauseAtStart).TotalMilliseconds:0} ms paused in all; longest pauses seen: {longest}"));
        }
    }

    public void Dispose()
    {
        stopping = true;
        thread.Join();
        suspensions.Dispose();
    }
}

/// <summary>
/// The runtime's own GC events (in-process EventListener): how long each suspension of the managed threads took
/// (GCSuspendEEBegin to GCSuspendEEEnd) and each whole stop (to GCRestartEEEnd), which the GC's pause figures may
/// not show apart.
/// </summary>
internal sealed class SuspensionListener : System.Diagnostics.Tracing.EventListener
{
    private readonly List<(DateTime At, double SuspendMs, double StopMs)> stops = [];
    private DateTime suspendBegin, suspendEnd;

    protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, System.Diagnostics.Tracing.EventLevel.Informational, (System.Diagnostics.Tracing.EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs eventData)
    {
        switch (eventData.EventName)
        {
            case { } n when n.StartsWith("GCSuspendEEBegin", StringComparison.Ordinal):
                suspendBegin = eventData.TimeStamp;
                break;
            case { } n when n.StartsWith("GCSuspendEEEnd", StringComparison.Ordinal):
                suspendEnd = eventData.TimeStamp;
                break;
            case { } n when n.StartsWith("GCRestartEEEnd", StringComparison.Ordinal) && suspendBegin != default:
                lock (stops)
                {
                    stops.Add((suspendBegin, (suspendEnd - suspendBegin).TotalMilliseconds, (eventData.TimeStamp - suspendBegin).TotalMilliseconds));
                }

                suspendBegin = default;
                break;
        }
    }

    public string Report()
    {
        lock (stops)
        {
            return stops.Count == 0 ? "GC suspensions: no events received" : string.Create(CultureInfo.InvariantCulture,
                $"GC suspensions (runtime events, {stops.Count}): longest suspend {stops.Max(s => s.SuspendMs):0} ms; longest stops: {string.Join(", ", stops.OrderByDescending(s => s.StopMs).Take(5).Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.StopMs:0} ms (suspend {s.SuspendMs:0}) at {s.At:HH:mm:ss.fff}")))}");
        }
    }
}

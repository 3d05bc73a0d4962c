using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace Multipolar.Web.Snapshots;

/// <summary>
/// A task scheduler with threads of its own, so that the snapshots' computations never occupy the shared thread
/// pool that Kestrel dispatches requests on. The core's <c>Parallel.For</c> loops take
/// <see cref="TaskScheduler.Current"/>, so a computation started here runs its parallel parts on these threads
/// too (at most <see cref="MaximumConcurrencyLevel"/> at once). A low-priority scheduler lowers its threads'
/// priority where the operating system honours it: on Linux .NET's <see cref="Thread.Priority"/> does nothing
/// (dotnet/runtime#91165), so each thread raises its own nice value with <c>setpriority(2)</c>, which Linux
/// applies per thread; threads it starts (DuckDB's, when it opens a store there) inherit it.
/// </summary>
/// <remarks>The queue-and-inline shape is .NET's documented pattern for a limited-concurrency scheduler
/// (TaskScheduler docs); written here because no framework type runs on dedicated, lower-priority threads.</remarks>
internal sealed class WorkerScheduler : TaskScheduler
{
    /// <summary>
    /// The nice value of a low-priority worker on Linux (0 is normal, 19 the lowest; each step ≈ 1.25× less CPU
    /// share): 10, or <c>MULTIPOLAR_BACKGROUND_NICE</c> (0–19) for measuring another.
    /// </summary>
    public static int LowPriorityNice { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("MULTIPOLAR_BACKGROUND_NICE"), out var nice) && nice is >= 0 and <= 19 ? nice : 10;

    [ThreadStatic]
    private static WorkerScheduler? owner;

    private readonly BlockingCollection<Task> queue = [];
    private readonly int threads;

    /// <summary>Starts <paramref name="threads"/> background threads named <paramref name="name"/>.</summary>
    public WorkerScheduler(string name, int threads, bool lowPriority)
    {
        this.threads = threads;
        for (var i = 0; i < threads; i++)
        {
            new Thread(() => Work(lowPriority)) { IsBackground = true, Name = $"{name} {i + 1}" }.Start();
        }
    }

    /// <summary>Computations the pages ask for first, ahead of a swap or after start-up: low priority, one thread per core.</summary>
    public static WorkerScheduler Background { get; } = new("Multipolar background", Environment.ProcessorCount, lowPriority: true);

    /// <summary>Computations a request waits for (a year the warm-up has not reached, another measure): normal priority, one thread per core.</summary>
    public static WorkerScheduler OnDemand { get; } = new("Multipolar on demand", Environment.ProcessorCount, lowPriority: false);

    /// <inheritdoc />
    public override int MaximumConcurrencyLevel => threads;

    /// <summary>Runs <paramref name="work"/> on this scheduler's threads.</summary>
    public Task<T> Run<T>(Func<T> work) => Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.DenyChildAttach, this);

    /// <inheritdoc />
    protected override void QueueTask(Task task) => queue.Add(task);

    /// <inheritdoc />
    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) => ReferenceEquals(owner, this) && TryExecuteTask(task);

    /// <inheritdoc />
    protected override IEnumerable<Task> GetScheduledTasks() => queue.ToArray();

    private void Work(bool lowPriority)
    {
        owner = this;
        if (lowPriority)
        {
            LowerPriority();
        }

        foreach (var task in queue.GetConsumingEnumerable())
        {
            TryExecuteTask(task);
        }
    }

    private static void LowerPriority()
    {
        if (OperatingSystem.IsLinux())
        {
            try
            {
                _ = SetPriority(0, 0, LowPriorityNice);   // PRIO_PROCESS, who = 0: the calling thread on Linux
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // a C library without setpriority: the thread stays at normal priority
            }
        }
        else
        {
            Thread.CurrentThread.Priority = ThreadPriority.Lowest;
        }
    }

    // Blittable arguments only: no marshalling, so DllImport is as AOT-safe as LibraryImport without unsafe code.
    [DllImport("libc.so.6", EntryPoint = "setpriority")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int SetPriority(int which, uint who, int priority);
}

namespace Multipolar;

/// <summary>
/// The options of the core's parallel loops: run on the scheduler of the caller's task. <c>Parallel.For</c>
/// without options targets <see cref="TaskScheduler.Default"/> (the shared thread pool) whatever task calls it
/// (ParallelOptions docs); with these, a computation that a host starts on a scheduler of its own (the web
/// server's low-priority background threads) keeps all of its parallel parts there, and a caller outside any
/// task (the CLI) still gets the thread pool.
/// </summary>
internal static class ParallelWork
{
    /// <summary>Options targeting <see cref="TaskScheduler.Current"/>, read when the loop starts.</summary>
    public static ParallelOptions OnCurrentScheduler => new() { TaskScheduler = TaskScheduler.Current };
}

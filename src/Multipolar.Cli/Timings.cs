using System.Diagnostics;

namespace Multipolar.Cli;

/// <summary>
/// Phase timings of one command line, written to standard error when the environment variable
/// <c>MULTIPOLAR_TIMINGS</c> is set: where a command's wall time goes (process start, command model, store
/// open, queries, computation, output). docs/benchmarks.md uses it for the AOT command timings.
/// </summary>
internal static class Timings
{
    private static readonly bool On = Environment.GetEnvironmentVariable("MULTIPOLAR_TIMINGS") is { Length: > 0 };
    private static readonly long Start = Stopwatch.GetTimestamp();

    /// <summary>Writes the time since the process started and the phase that just ended.</summary>
    public static void Mark(string phase)
    {
        if (On)
        {
            var sinceProcessStart = DateTime.Now - Process.GetCurrentProcess().StartTime;
            System.Console.Error.WriteLine($"[timings] {sinceProcessStart.TotalMilliseconds,7:F1} ms since process start, {Stopwatch.GetElapsedTime(Start).TotalMilliseconds,7:F1} ms in Main: {phase}");
        }
    }
}

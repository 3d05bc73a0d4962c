using System.Diagnostics;
using Multipolar.Alignment;

namespace Multipolar.Bench.Alignment;

/// <summary>
/// <c>dotnet run -c Release --project bench/Multipolar.Bench -- alignment-peak [synthetic|unvotes]</c>: one cold
/// and three warm full computations with wall time and the process's peak working set, for the memory target.
/// </summary>
internal static class AlignmentPeak
{
    public static void Run(string data)
    {
        var matrix = data == "unvotes" ? BenchMatrices.Unvotes()! : BenchMatrices.Synthetic();
        Console.WriteLine($"{data}: {matrix.States.Length} states × {matrix.RollCalls.Length} roll calls");
        var query = new AlignmentQuery { Slices = [.. Slice.Standard] };
        for (var i = 0; i < 4; i++)
        {
            GC.Collect();
            var sw = Stopwatch.StartNew();
            var result = AlignmentEngine.Compute(matrix, query);
            sw.Stop();
            Console.WriteLine(
                $"run {i}: {sw.Elapsed.TotalMilliseconds:F0} ms; {result.Dyads.Length} dyads × {result.Periods.Length} periods × {result.Slices.Length} slices × {result.Measures.Length} measures; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024):F0} MiB");
        }
    }
}

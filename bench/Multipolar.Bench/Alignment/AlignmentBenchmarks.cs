using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Multipolar.Alignment;
using Multipolar.Votes;

namespace Multipolar.Bench.Alignment;

/// <summary>
/// Every measure for every dyad, every year and the standard slices (all, six issues, important): the fast
/// engine on all states, and the fast engine against the reference (baseline) on the dyads of 20 states.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class AlignmentBenchmarks
{
    private VoteMatrix matrix = null!;
    private AlignmentQuery all = null!;
    private AlignmentQuery subset = null!;

    /// <summary><c>synthetic</c> (193 × 6,200, generated) or <c>unvotes</c> (the real record, when present).</summary>
    [Params("synthetic", "unvotes")]
    public string Data { get; set; } = "synthetic";

    [GlobalSetup]
    public void Setup()
    {
        matrix = Data == "unvotes"
            ? BenchMatrices.Unvotes() ?? throw new InvalidOperationException($"No unvotes data in {BenchMatrices.UnvotesDirectory}.")
            : BenchMatrices.Synthetic();
        all = new AlignmentQuery { Slices = [.. Slice.Standard] };
        var twenty = matrix.States.Take(20).ToArray();
        subset = all with
        {
            Dyads = [.. twenty.SelectMany((a, i) => twenty.Skip(i + 1).Select(b => new Dyad(a, b)))],
        };
    }

    [Benchmark(Baseline = true, Description = "Reference, 190 dyads")]
    public AlignmentResult ReferenceSubset() => ReferenceAlignment.Compute(matrix, subset);

    [Benchmark(Description = "Engine, 190 dyads")]
    public AlignmentResult EngineSubset() => AlignmentEngine.Compute(matrix, subset);

    [Benchmark(Description = "Engine, all dyads")]
    public AlignmentResult EngineAll() => AlignmentEngine.Compute(matrix, all);

}

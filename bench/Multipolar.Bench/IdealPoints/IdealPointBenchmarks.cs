using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Multipolar.IdealPoints;
using Multipolar.Tests.IdealPoints;
using Multipolar.Votes;

namespace Multipolar.Bench.IdealPoints;

/// <summary>
/// Ideal-point estimators on seeded synthetic data of realistic size (the real reader is not in the core):
/// one static year of 190 states × 100 roll calls, and the dynamic model over 1946–2019 with membership growing
/// from 51 to 193 states, 84 roll calls a year (6,216) of which 25 recurring titles, about 870,000 cast votes.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class IdealPointBenchmarks
{
    private VoteMatrix staticYear = null!;
    private VoteMatrix history = null!;

    [GlobalSetup]
    public void Setup()
    {
        staticYear = SimulatedVotes.Static(190, 100, seed: 2).Votes;
        history = History();
    }

    [Benchmark(Description = "static 190 × 100")]
    public IdealPointFit StaticYear() => IdealPointEstimator.EstimateStatic(staticYear);

    [Benchmark(Description = "dynamic 1946–2019")]
    public IdealPointFit Dynamic() => IdealPointEstimator.EstimateDynamic(history);

    /// <summary>The synthetic 1946–2019 matrix; membership follows the UN's growth (51, 100 by 1960, 154 by 1980, 185 by 1995, 193).</summary>
    public static VoteMatrix History()
    {
        const int States = 193;
        var rng = new Random(5);
        var baseline = Enumerable.Range(0, States).Select(i => i == 0 ? 1.5 : SimulatedVotes.Gaussian(rng)).ToArray();
        int[] rows = [51, 100, 127, 154, 159, 185, 193];
        int[] years = [1946, 1960, 1970, 1980, 1990, 1995, 2011];
        int Join(int i)
        {
            for (var k = 1; k < rows.Length; k++)
            {
                if (i < rows[k])
                {
                    return years[k - 1] + ((years[k] - years[k - 1]) * (i - rows[k - 1]) / (rows[k] - rows[k - 1]));
                }
            }

            return years[^1];
        }

        double Position(int i, int year) => baseline[i] + (i % 10 == 1 ? 0.02 * (year - 1946) : 0);
        return SimulatedVotes.Dynamic(States, 1946, 2019, 84, 25, Position, i => i < 51 ? 1946 : Join(i), seed: 3);
    }
}

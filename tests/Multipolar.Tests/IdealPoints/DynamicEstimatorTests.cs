using Multipolar.IdealPoints;

namespace Multipolar.Tests.IdealPoints;

public sealed class DynamicEstimatorTests
{
    private const int States = 80;
    private const int Drifters = 16;

    [Fact]
    public void EstimateDynamic_GroupDriftingTenYears_RecoversSlopeSignAndSize()
    {
        // Given 80 states over 10 years; rows 1–16 drift by +0.1 a year, the rest stay put
        var baseline = Baseline();
        var votes = SimulatedVotes.Dynamic(States, 2010, 2019, 60, 20, (i, y) => Truth(baseline, i, y), _ => 2010, seed: 31);

        // When
        var fit = IdealPointEstimator.EstimateDynamic(votes);

        // Then: the drifters' mean rises by roughly 0.1 a year; the others' mean stays flat
        Assert.True(fit.Convergence.Converged, fit.Convergence.ToString());
        Assert.Equal(10, fit.Periods.Length);
        var years = Enumerable.Range(2010, 10).Select(y => (double)y).ToArray();
        var drift = years.Select(y => MeanEstimate(fit, votes, (int)y, i => i is >= 1 and <= Drifters)).ToArray();
        var rest = years.Select(y => MeanEstimate(fit, votes, (int)y, i => i > Drifters)).ToArray();
        var slope = Stats.Slope(years, drift);
        var restSlope = Stats.Slope(years, rest);
        Assert.InRange(slope, 0.05, 0.15);
        Assert.InRange(restSlope, -0.03, 0.03);
        var truth = fit.Points.Select(p => Truth(baseline, votes.IndexOf(p.State), p.Period)).ToArray();
        Assert.True(Stats.Correlation(fit.Points.Select(p => p.Estimate).ToArray(), truth) > 0.97);
        Assert.True(fit.Series(votes.States[0]).All(p => p.Estimate > 0), "USA positive");
    }

    [Fact]
    public void EstimateDynamic_RecurringTitles_BridgeItemParameters()
    {
        // Given 5 years with 10 recurring resolutions each
        var votes = SimulatedVotes.Dynamic(40, 2015, 2019, 30, 10, (i, _) => (i % 7) - 3.0, _ => 2015, seed: 37);

        // When
        var bridged = IdealPointEstimator.EstimateDynamic(votes);
        var unbridged = IdealPointEstimator.EstimateDynamic(votes, new IdealPointOptions { BridgeByTitle = false });

        // Then: the matcher joins recurring titles only, and of them those whose consecutive years vote alike (≥ 90%
        // of common voters; this simulation's noise makes repeated draws of one question agree less often than the
        // Assembly's repeats do, so only some qualify)
        Assert.Equal(unbridged.RollCallsUsed, unbridged.ItemGroups);
        Assert.True(bridged.ItemGroups < bridged.RollCallsUsed, $"{bridged.ItemGroups} groups for {bridged.RollCallsUsed} roll calls");
        var titles = votes.RollCalls.ToDictionary(r => r.Id, r => r.Title);
        Assert.All(RollCallBridgeMatcher.Match(votes), p => Assert.Equal(titles[p.First], titles[p.Second]));
        Assert.All(RollCallBridgeMatcher.Match(votes), p => Assert.StartsWith("Recurring question", titles[p.First], StringComparison.Ordinal));
    }

    [Fact]
    public void EstimateDynamic_StateJoiningLater_HasEstimatesFromItsFirstYear()
    {
        // Given row 3 joins in 2014 (non-member before)
        var votes = SimulatedVotes.Dynamic(30, 2010, 2019, 40, 10, (i, _) => (i % 5) - 2.0, i => i == 3 ? 2014 : 2010, seed: 41);

        // When
        var fit = IdealPointEstimator.EstimateDynamic(votes, 2012, 2019);

        // Then
        var series = fit.Series(votes.States[3]);
        Assert.Equal(Enumerable.Range(2014, 6), series.Select(p => p.Period));
        Assert.Equal(Enumerable.Range(2012, 8), fit.Periods);
        Assert.Empty(fit.DroppedStates);
    }

    [Fact]
    public void EstimateDynamic_ProgressCallback_ReportsMonotoneToOne()
    {
        // Given
        var votes = SimulatedVotes.Dynamic(30, 2015, 2019, 30, 10, (i, _) => (i % 5) - 2.0, _ => 2015, seed: 43);
        var progress = new Recorder();

        // When
        var first = IdealPointEstimator.EstimateDynamic(votes, default, progress);
        var second = IdealPointEstimator.EstimateDynamic(votes, new IdealPointOptions { Parallel = false });

        // Then
        Assert.NotEmpty(progress.Values);
        Assert.Equal(1.0, progress.Values[^1]);
        Assert.True(progress.Values.Zip(progress.Values.Skip(1)).All(p => p.Second >= p.First));
        Assert.True(first.Points.SequenceEqual(second.Points), "deterministic, parallel or not");
    }

    [Fact]
    public void EstimateDynamic_CancelledToken_Throws()
    {
        // Given
        var votes = SimulatedVotes.Dynamic(20, 2015, 2016, 20, 5, (i, _) => (i % 5) - 2.0, _ => 2015, seed: 47);
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        // When / Then
        Assert.ThrowsAny<OperationCanceledException>(() => IdealPointEstimator.EstimateDynamic(votes, default, null, cts.Token));
    }

    [Theory]
    [InlineData("Question of Palestine.", "question of palestine")]
    [InlineData("  QUESTION OF  PALESTINE ", "question of palestine")]
    [InlineData("Embargo (U.S.) against Cuba -- 2019", "embargo u s against cuba 2019")]
    [InlineData(null, "")]
    [InlineData("...", "")]
    public void NormalizeTitle_Variants_FoldCasePunctuationAndSpace(string? title, string expected)
    {
        // Given / When
        var key = IdealPointEstimator.NormalizeTitle(title);

        // Then
        Assert.Equal(expected, key);
    }

    private static double[] Baseline()
    {
        var rng = new Random(5);
        return Enumerable.Range(0, States).Select(i => i == 0 ? 1.5 : SimulatedVotes.Gaussian(rng)).ToArray();
    }

    private static double Truth(double[] baseline, int i, int year) =>
        baseline[i] + (i is >= 1 and <= Drifters ? 0.1 * (year - 2010) : 0);

    private static double MeanEstimate(IdealPointFit fit, Multipolar.Votes.VoteMatrix votes, int year, Func<int, bool> rows) =>
        fit.Points.Where(p => p.Period == year && rows(votes.IndexOf(p.State))).Average(p => p.Estimate);

    private sealed class Recorder : IProgress<double>
    {
        public List<double> Values { get; } = [];

        public void Report(double value) => Values.Add(value);
    }
}

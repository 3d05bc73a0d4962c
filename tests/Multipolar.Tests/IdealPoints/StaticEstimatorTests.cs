using System.Collections.Immutable;
using Multipolar.IdealPoints;
using Multipolar.Votes;

namespace Multipolar.Tests.IdealPoints;

public sealed class StaticEstimatorTests
{
    [Fact]
    public void EstimateStatic_SeparableTwoBlocs_BlocsOnOppositeSidesUsaPositive()
    {
        // Given 12 states in two blocs (rows 0–5 with USA, rows 6–11) that always vote against each other
        var votes = Build(12, 40, (i, j) => (i < 6) == (j % 3 != 0) ? Vote.Yes : Vote.No);

        // When
        var fit = IdealPointEstimator.EstimateStatic(votes);

        // Then
        Assert.All(fit.Points.Take(6), p => Assert.True(p.Estimate > 0, $"{p.State.Iso3} {p.Estimate}"));
        Assert.All(fit.Points.Skip(6), p => Assert.True(p.Estimate < 0, $"{p.State.Iso3} {p.Estimate}"));
        Assert.Equal("USA", fit.SignAnchor!.Iso3);
        Assert.True(fit.Convergence.Converged);
        Assert.All(fit.Points, p => Assert.True(double.IsFinite(p.Estimate) && p.StandardError > 0));
    }

    [Fact]
    public void EstimateStatic_AbsentNonMemberOrNone_GiveIdenticalFits()
    {
        // Given one simulated year in which a tenth of the cells are made missing in three ways
        var (votes, _) = SimulatedVotes.Static(60, 80, seed: 7, missing: 0);
        var rng = new Random(3);
        var holes = Enumerable.Range(0, 60 * 80).Where(_ => rng.NextDouble() < 0.1).ToHashSet();

        // When
        var fits = new[] { Vote.Absent, Vote.NonMember, Vote.None }
            .Select(code => IdealPointEstimator.EstimateStatic(Replace(votes, holes, code)))
            .ToArray();

        // Then
        Assert.True(fits[0].Points.SequenceEqual(fits[1].Points));
        Assert.True(fits[0].Points.SequenceEqual(fits[2].Points));
        var usa = fits[0].Points[0];
        Assert.Equal(Enumerable.Range(0, 80).Count(j => !holes.Contains(j)), usa.Votes);
    }

    [Fact]
    public void EstimateStatic_LopsidedRollCall_DroppedWithReasonAndShare()
    {
        // Given 100 states and 40 contested roll calls plus one where a single state votes no (1%)
        var (basis, _) = SimulatedVotes.Static(100, 40, seed: 11);
        var votes = AddColumn(basis, i => i == 5 ? Vote.No : Vote.Yes);

        // When
        var fit = IdealPointEstimator.EstimateStatic(votes);
        var lenient = IdealPointEstimator.EstimateStatic(votes, new IdealPointOptions { MinMinorityShare = 0.005 });

        // Then
        var dropped = Assert.Single(fit.DroppedRollCalls, d => d.Id == new RollCallId(999));
        Assert.Equal(DropReason.Lopsided, dropped.Reason);
        Assert.Equal(0.01, dropped.MinorityShare, 12);
        Assert.DoesNotContain(lenient.DroppedRollCalls, d => d.Id == new RollCallId(999));
        Assert.Equal(fit.RollCallsUsed + 1, lenient.RollCallsUsed);
    }

    [Fact]
    public void EstimateStatic_StateWithFewVotes_DroppedAndReported()
    {
        // Given a state that cast only 5 of 40 votes
        var (basis, _) = SimulatedVotes.Static(50, 40, seed: 13, missing: 0);
        var holes = Enumerable.Range(5, 35).Select(j => (7 * 40) + j).ToHashSet();
        var votes = Replace(basis, holes, Vote.Absent);

        // When
        var fit = IdealPointEstimator.EstimateStatic(votes);
        var lenient = IdealPointEstimator.EstimateStatic(votes, new IdealPointOptions { MinVotes = 3 });

        // Then
        var state = votes.States[7];
        var dropped = Assert.Single(fit.DroppedStates);
        Assert.Equal(state, dropped.State);
        Assert.Equal(DropReason.TooFewVotes, dropped.Reason);
        Assert.InRange(dropped.Votes, 1, 5);
        Assert.False(fit.TryGet(state, fit.Periods[0], out _));
        Assert.True(lenient.TryGet(state, lenient.Periods[0], out var point));
        Assert.True(point.StandardError > fit.Points.Select(p => p.StandardError).Order().ElementAt(fit.Points.Length / 2));
    }

    [Fact]
    public void EstimateStatic_IterationLimitTooLow_ReportsNotConverged()
    {
        // Given
        var (votes, _) = SimulatedVotes.Static(60, 80, seed: 17);

        // When
        var limited = IdealPointEstimator.EstimateStatic(votes, new IdealPointOptions { MaxIterations = 2 });
        var full = IdealPointEstimator.EstimateStatic(votes);

        // Then
        Assert.False(limited.Convergence.Converged);
        Assert.Equal(2, limited.Convergence.Iterations);
        Assert.True(limited.Convergence.FinalChange > limited.Convergence.Tolerance);
        Assert.True(full.Convergence.Converged);
        Assert.InRange(full.Convergence.Iterations, 3, full.Options.MaxIterations - 1);
        Assert.True(full.Convergence.FinalChange < full.Convergence.Tolerance);
    }

    [Fact]
    public void EstimateStatic_SameInputTwiceOrSerial_IdenticalOutput()
    {
        // Given
        var (votes, _) = SimulatedVotes.Static(120, 150, seed: 19);

        // When
        var first = IdealPointEstimator.EstimateStatic(votes);
        var second = IdealPointEstimator.EstimateStatic(votes);
        var serial = IdealPointEstimator.EstimateStatic(votes, new IdealPointOptions { Parallel = false });

        // Then
        Assert.True(first.Points.SequenceEqual(second.Points));
        Assert.True(first.Points.SequenceEqual(serial.Points));
        Assert.Equal(first.Convergence, serial.Convergence);
    }

    [Fact]
    public void EstimateStatic_NoUsa_AnchorFallsBackToOption()
    {
        // Given a matrix without the United States (rows 1..)
        var (full, truth) = SimulatedVotes.Static(60, 80, seed: 23);
        var votes = new VoteMatrix(full.States[1..], full.RollCalls, FlatRows(full, 1));

        // When
        var fit = IdealPointEstimator.EstimateStatic(votes, new IdealPointOptions { AnchorIso3 = "GBR" });

        // Then
        Assert.Equal("GBR", fit.SignAnchor!.Iso3);
        Assert.True(fit.Points[0].Estimate > 0);
        Assert.True(Stats.Correlation(fit.Points.Select(p => p.Estimate).ToArray(), truth[1..]) * Math.Sign(truth[1]) > 0.9);
    }

    [Fact]
    public void EstimateStatic_IntervalsAndStandardErrors_AreConsistent()
    {
        // Given
        var (votes, truth) = SimulatedVotes.Static(80, 200, seed: 29);

        // When
        var fit = IdealPointEstimator.EstimateStatic(votes);

        // Then: SEs finite and positive, intervals centred, and the 95% intervals cover most true values (after rescaling)
        Assert.All(fit.Points, p =>
        {
            Assert.InRange(p.StandardError, 1e-3, 1.0);
            Assert.Equal(p.Estimate, (p.Lower + p.Upper) / 2, 12);
        });
        var slope = Stats.Slope(truth, fit.Points.Select(p => p.Estimate).ToArray());
        var covered = fit.Points.Count(p => Math.Abs(p.Estimate - (slope * truth[votes.IndexOf(p.State)])) < 3 * p.StandardError);
        Assert.True(covered >= 0.8 * fit.Points.Length, $"covered {covered} of {fit.Points.Length}");
    }

    [Theory]
    [InlineData(0.5, 10, 1e-5)]
    [InlineData(0.025, 0, 1e-5)]
    [InlineData(0.025, 10, 0.0)]
    public void EstimateStatic_OptionOutOfRange_ThrowsArgumentException(double share, int minVotes, double tolerance)
    {
        // Given
        var (votes, _) = SimulatedVotes.Static(10, 10, seed: 1);
        var options = new IdealPointOptions { MinMinorityShare = share, MinVotes = minVotes, Tolerance = tolerance };

        // When / Then
        var ex = Assert.Throws<ArgumentException>(() => IdealPointEstimator.EstimateStatic(votes, options));
        Assert.Contains("IdealPointOptions.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_Default_EqualsDocumentedDefaults()
    {
        // Given / When
        var options = default(IdealPointOptions);

        // Then
        Assert.Equal(new IdealPointOptions(), options);
        Assert.Equal(0.025, options.MinMinorityShare);
        Assert.Equal(10, options.MinVotes);
        Assert.Equal("USA", options.AnchorIso3);
        Assert.True(options.BridgeByTitle);
    }

    internal static VoteMatrix Build(int states, int rollCalls, Func<int, int, Vote> vote)
    {
        var calls = Enumerable.Range(0, rollCalls)
            .Select(j => new RollCall { Id = new RollCallId(j + 1), Date = new DateOnly(2019, 10, 1).AddDays(j), Title = $"Item {j}" })
            .ToImmutableArray();
        var cells = new Vote[states * rollCalls];
        for (var i = 0; i < states; i++)
        {
            for (var j = 0; j < rollCalls; j++)
            {
                cells[(i * rollCalls) + j] = vote(i, j);
            }
        }

        return new VoteMatrix(SimulatedVotes.Reference(states).Countries[..states], calls, cells);
    }

    private static VoteMatrix Replace(VoteMatrix votes, HashSet<int> cells, Vote code)
    {
        var flat = FlatRows(votes, 0);
        foreach (var c in cells)
        {
            flat[c] = code;
        }

        return new VoteMatrix(votes.States, votes.RollCalls, flat);
    }

    private static VoteMatrix AddColumn(VoteMatrix votes, Func<int, Vote> vote)
    {
        var n = votes.RollCalls.Length;
        var calls = votes.RollCalls.Add(new RollCall { Id = new RollCallId(999), Date = votes.RollCalls[^1].Date, Title = "Lopsided" });
        var cells = new Vote[votes.States.Length * (n + 1)];
        for (var i = 0; i < votes.States.Length; i++)
        {
            votes.Row(i).CopyTo(cells.AsSpan(i * (n + 1)));
            cells[(i * (n + 1)) + n] = vote(i);
        }

        return new VoteMatrix(votes.States, calls, cells);
    }

    private static Vote[] FlatRows(VoteMatrix votes, int fromRow)
    {
        var n = votes.RollCalls.Length;
        var flat = new Vote[(votes.States.Length - fromRow) * n];
        for (var i = fromRow; i < votes.States.Length; i++)
        {
            votes.Row(i).CopyTo(flat.AsSpan((i - fromRow) * n));
        }

        return flat;
    }
}

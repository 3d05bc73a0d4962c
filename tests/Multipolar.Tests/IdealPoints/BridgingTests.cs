using System.Collections.Immutable;
using Multipolar.Data.Formats;
using Multipolar.IdealPoints;
using Multipolar.Votes;

namespace Multipolar.Tests.IdealPoints;

/// <summary>Bridging of the dynamic model: the matcher's rules, the list reader, the report, and recovery across 50 years.</summary>
public sealed class BridgingTests
{
    [Fact]
    public void Match_HandMadeRollCalls_BridgesOnlyLikeKindsOfConsecutiveYearsThatVoteAlike()
    {
        // Given
        var votes = HandMadeRollCalls();

        // When
        var pairs = RollCallBridgeMatcher.Match(votes);

        // Then: only 1–2 (title, consecutive, same kind, votes alike); not the amendment, the ambiguous title, the
        // reversed vote or the gap
        Assert.Equal([new RollCallBridge(new RollCallId(1), new RollCallId(2))], pairs.ToArray());
    }

    [Fact]
    public void MatchTitles_HandMadeRollCalls_FinalPassageTitlesUniqueInTheirYearJoinedToTheNextOccurrence()
    {
        // Given
        var votes = HandMadeRollCalls();

        // When
        var pairs = RollCallBridgeMatcher.MatchTitles(votes);

        // Then: 1–2 (the amendment 3 is not final passage), the gap 9–8 and the reversed vote 6–7 (the title rule does
        // not look at the votes); not the title used twice in 2001
        RollCallBridge Pair(long first, long second) => new(new RollCallId(first), new RollCallId(second));
        Assert.Equal([Pair(1, 2), Pair(9, 8), Pair(6, 7)], pairs.ToArray());
    }

    /// <summary>
    /// 12 states; roll calls 1–2 the same final-passage title in 2000 and 2001 (same votes); 3 an amendment
    /// with that title in 2001; 4–5 a title twice in 2001 (ambiguous) and once in 2002; 6–7 a description repeated
    /// in 2002 and 2003 but voted the other way round; 8 a title of 2000 again in 2002 (a gap)
    /// </summary>
    private static VoteMatrix HandMadeRollCalls()
    {
        RollCall Call(long id, int year, string? title, string? description = null, bool amendment = false) =>
            new() { Id = new RollCallId(id), Date = new DateOnly(year, 10, 1), Title = title, Description = description, Amendment = amendment };
        var calls = ImmutableArray.Create(
            Call(1, 2000, "Question of Palestine"), Call(9, 2000, "Gap question"), Call(2, 2001, "QUESTION OF PALESTINE."),
            Call(3, 2001, "Question of Palestine", amendment: true), Call(4, 2001, "Twice"), Call(5, 2001, "Twice"), Call(10, 2002, "Twice"),
            Call(6, 2002, null, "Calls upon all States"), Call(7, 2003, null, "Calls upon all States"), Call(8, 2002, "Gap question"));
        var reference = SimulatedVotes.Reference(12);
        var cells = new Vote[12 * calls.Length];
        for (var s = 0; s < 12; s++)
        {
            for (var c = 0; c < calls.Length; c++)
            {
                var yes = s < 8;
                if (calls[c].Id.Value == 7)
                {
                    yes = !yes;
                }

                cells[(s * calls.Length) + c] = yes ? Vote.Yes : Vote.No;
            }
        }

        return new VoteMatrix(reference.Countries[..12], calls, cells);
    }

    [Fact]
    public void Read_MatchesLayout_ReadsPairsAndNamesTheFile()
    {
        // Given
        using var dir = TestPaths.Temp();
        var path = dir.File("Matches.csv");
        File.WriteAllText(path, "v1,rcid1,rcid2\n1,299,331\n2,392,423\n");

        // When
        var list = BridgeListReader.Read(path);

        // Then
        Assert.Equal([new RollCallBridge(new RollCallId(299), new RollCallId(331)), new RollCallBridge(new RollCallId(392), new RollCallId(423))], list.Pairs.ToArray());
        Assert.Contains("Matches.csv", list.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BadValue_NamesFileLineAndValue()
    {
        // Given
        using var dir = TestPaths.Temp();
        var path = dir.File("bad.csv");
        File.WriteAllText(path, "rcid1,rcid2\n1,2\n3,x4\n");

        // When
        var e = Assert.Throws<IngestException>(() => BridgeListReader.Read(path));

        // Then
        Assert.Contains("bad.csv", e.Message, StringComparison.Ordinal);
        Assert.Contains("3", e.Message, StringComparison.Ordinal);
        Assert.Contains("x4", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EstimateDynamic_BridgeList_SharesParametersAndReportsBridgedRollCallsPerYear()
    {
        // Given 5 years of 30 roll calls; the first 10 of each year recur; a list bridging them in 2015–2018 only
        var votes = SimulatedVotes.Dynamic(40, 2015, 2019, 30, 10, (i, _) => (i % 7) - 3.0, _ => 2015, seed: 37);
        var pairs = ImmutableArray.CreateBuilder<RollCallBridge>();
        for (var y = 0; y < 3; y++)
        {
            for (var j = 0; j < 10; j++)
            {
                pairs.Add(new RollCallBridge(votes.RollCalls[(y * 30) + j].Id, votes.RollCalls[((y + 1) * 30) + j].Id));
            }
        }

        pairs.Add(new RollCallBridge(new RollCallId(99_999), new RollCallId(99_998)));
        var options = new IdealPointOptions { BridgeSource = IdealPointBridgeSource.List, BridgeList = new RollCallBridgeList("test list", pairs.ToImmutable()) };

        // When
        var fit = IdealPointEstimator.EstimateDynamic(votes, options);
        var none = IdealPointEstimator.EstimateDynamic(votes, options with { BridgeSource = IdealPointBridgeSource.None });

        // Then: 2015–2018 bridged (unless dropped as lopsided), 2019 weakly; the pair not in the votes is not used
        var bridging = fit.Bridging!;
        Assert.Equal(IdealPointBridgeSource.List, bridging.Source);
        Assert.Equal("test list", bridging.ListName);
        Assert.Equal(31, bridging.Pairs);
        Assert.Equal(30, bridging.PairsUsed);
        Assert.Equal([2019], bridging.WeakPeriods.ToArray());
        Assert.All(bridging.Periods.Where(p => p.Period < 2019), p => Assert.InRange(p.Bridged, 8, 10));
        Assert.Equal(fit.RollCallsUsed - fit.ItemGroups, bridging.Periods.Where(p => p.Period < 2019).Sum(p => p.Bridged) - bridging.BridgedGroups);
        Assert.Null(none.Bridging);
        Assert.Equal(none.RollCallsUsed, none.ItemGroups);
    }

    [Fact]
    public void EstimateDynamic_FiftyYearsWithDriftAndBridges_RecoversTruthAndDriftSize()
    {
        // Given 60 states over 50 years, 40 roll calls a year of which 8 recur (bridged by the list); states 1–12
        // drift by +0.04 a year (2 over the span), the rest follow small random walks
        const int states = 60, years = 50, perYear = 40, recurring = 8;
        var rng = new Random(11);
        var truth = new double[states, years];
        for (var i = 0; i < states; i++)
        {
            truth[i, 0] = i == 0 ? 1.5 : i <= 12 ? -1.0 + (0.3 * SimulatedVotes.Gaussian(rng)) : SimulatedVotes.Gaussian(rng);
            for (var y = 1; y < years; y++)
            {
                truth[i, y] = truth[i, y - 1] + (i is >= 1 and <= 12 ? 0.04 : 0.05 * SimulatedVotes.Gaussian(rng));
            }
        }

        var votes = SimulatedVotes.Dynamic(states, 1960, 1960 + years - 1, perYear, recurring, (i, y) => truth[i, y - 1960], _ => 1960, seed: 5);
        var pairs = ImmutableArray.CreateBuilder<RollCallBridge>();
        for (var y = 0; y + 1 < years; y++)
        {
            for (var j = 0; j < recurring; j++)
            {
                pairs.Add(new RollCallBridge(votes.RollCalls[(y * perYear) + j].Id, votes.RollCalls[((y + 1) * perYear) + j].Id));
            }
        }

        var options = new IdealPointOptions
        {
            BridgeSource = IdealPointBridgeSource.List,
            BridgeList = new RollCallBridgeList("recurring", pairs.ToImmutable()),
            RandomWalkVariance = 0.01,
        };

        // When
        var fit = IdealPointEstimator.EstimateDynamic(votes, options);

        // Then: on the truth's own pooled scale, correlation ≥ 0.98 and the drifters' rise within 25% of the planted 2.0
        Assert.True(fit.Convergence.Converged, fit.Convergence.ToString());
        var t = fit.Points.Select(p => truth[votes.IndexOf(p.State), p.Period - 1960]).ToArray();
        var e = fit.Points.Select(p => p.Estimate).ToArray();
        var r = Stats.Correlation(e, t);
        var (tm, ts) = (t.Average(), Math.Sqrt(t.Select(v => (v - t.Average()) * (v - t.Average())).Average()));
        double Rise(Func<IdealPoint, double> value) =>
            fit.Points.Where(p => votes.IndexOf(p.State) is >= 1 and <= 12 && p.Period == 2009).Average(value)
            - fit.Points.Where(p => votes.IndexOf(p.State) is >= 1 and <= 12 && p.Period == 1960).Average(value);
        var trueRise = Rise(p => (truth[votes.IndexOf(p.State), p.Period - 1960] - tm) / ts);
        var estimatedRise = Rise(p => p.Estimate);
        Assert.True(r >= 0.98, $"pooled correlation {r:F4}");
        Assert.InRange(estimatedRise / trueRise, 0.75, 1.25);
        Assert.True(fit.Series(votes.States[0]).All(p => p.Estimate > 0), "USA positive");
    }
}

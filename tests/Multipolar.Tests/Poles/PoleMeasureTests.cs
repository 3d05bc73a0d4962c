using Multipolar.Alignment;
using Multipolar.Poles;
using Multipolar.Votes;
using static Multipolar.Tests.Poles.PoleFixtures;

namespace Multipolar.Tests.Poles;

/// <summary>Profiles, net alignment, multi-alignment and contests on hand-made and random matrices.</summary>
public sealed class PoleMeasureTests
{
    [Fact]
    public void NetFromIdealPoints_OnTheSegment_EqualsConventionalAndIsMonotoneBeyond()
    {
        // Given poles at +1 (first) and -1 (second)
        // Then: between the poles the segment form equals (d2 - d1)/(d2 + d1)
        foreach (var x in new[] { -0.9, -0.3, 0, 0.4, 0.99 })
        {
            Assert.Equal(NetAlignment.Conventional(x, 1, -1), NetAlignment.FromIdealPoints(x, 1, -1), 12);
        }

        // Beyond the second pole the conventional form turns back towards 0 (non-monotone), the segment form stays -1
        Assert.Equal(-1.0, NetAlignment.Conventional(-1, 1, -1), 12);
        Assert.Equal(-1.0 / 3, NetAlignment.Conventional(-3, 1, -1), 12); // d1 = 4, d2 = 2
        Assert.Equal(-1.0, NetAlignment.FromIdealPoints(-3, 1, -1), 12);
        Assert.Equal(1.0, NetAlignment.FromIdealPoints(5, 1, -1), 12);

        // Monotone in x on a grid crossing both poles
        var grid = Enumerable.Range(-400, 801).Select(i => i / 100.0).ToArray();
        var segment = grid.Select(x => NetAlignment.FromIdealPoints(x, 1, -1)).ToArray();
        Assert.True(segment.Zip(segment.Skip(1)).All(p => p.Second >= p.First));
        var conventional = grid.Select(x => NetAlignment.Conventional(x, 1, -1)).ToArray();
        Assert.False(conventional.Zip(conventional.Skip(1)).All(p => p.Second >= p.First));
        Assert.True(double.IsNaN(NetAlignment.FromIdealPoints(0, 1, 1)));
    }

    [Theory]
    [InlineData(Measure.Agreement, 0.8, 0.3, 0.5)]
    [InlineData(Measure.S, 0.6, -0.4, 0.5)]
    [InlineData(Measure.Kappa, 1.0, -3.0, 1.0)]
    public void NetFromMeasures_RescalesToSimilarity(Measure measure, double first, double second, double expected) =>
        Assert.Equal(expected, NetAlignment.FromMeasures(measure, first, second), 12);

    [Theory]
    [InlineData(11, Measure.Agreement)]
    [InlineData(12, Measure.Kappa)]
    [InlineData(13, Measure.S)]
    public void Profile_EqualsReferenceAlignment(int seed, Measure measure)
    {
        // Given a random matrix with the default poles
        var votes = Random(seed, "USA", "CHN", "RUS", "IND", "BRA");
        var slices = new[] { Slice.All, Slice.Of(IssueArea.HumanRights), Slice.Important };

        // When
        var table = PoleProfiles.Compute(votes, new ProfileQuery { Measure = measure, Slices = [.. slices] });

        // Then every value and N equals the slow reference; the net is u(USA) - mean(u(CHN), u(RUS))
        var india = C["IND"];
        foreach (var row in table.Rows(india))
        {
            var expected = ReferenceAlignment.Compute(votes, new Dyad(india, row.Pole.State), measure, row.Slice, row.Period);
            Assert.Equal(expected.N, row.Value.N);
            Assert.Equal(expected.Value, row.Value.Value, 12);
        }

        foreach (var period in table.Periods)
        {
            double U(int p) => NetAlignment.Similarity(measure, table.Value(india, p, Slice.All, period).Value);
            Assert.Equal(U(0) - ((U(1) + U(2)) / 2), table.Net(india, Slice.All, period).Value, 12);
            var nearest = table.Nearest(india, Slice.All, period);
            Assert.Equal(Enumerable.Range(0, 3).MaxBy(p => table.Value(india, p, Slice.All, period).Value), table.Poles.Poles.IndexOf(nearest.Pole!.Value));
        }

        // A pole is profiled against the other poles only
        Assert.False(table.Value(C["USA"], 0, Slice.All, table.Periods[0]).IsDefined);
    }

    [Fact]
    public void MultiAlignment_HandComputed()
    {
        // Given ten hr and ten me roll calls: the US always yes, China always no; X with the US on hr and with China on me;
        // Z always with the US
        var issues = new string('h', 10) + new string('m', 10);
        var votes = Matrix(new DateOnly(2019, 1, 1), issues,
            ("USA", new string('Y', 20)), ("CHN", new string('N', 20)),
            ("IND", new string('Y', 10) + new string('N', 10)), ("GBR", new string('Y', 20)));
        var options = new MultiAlignmentOptions { Areas = [Slice.Of(IssueArea.HumanRights), Slice.Of(IssueArea.MiddleEast)] };
        var table = PoleProfiles.Compute(votes, MultiAlignment.QueryFor(Multipolar.Poles.PoleSet.Parse("USA,CHN"), Measure.Agreement, default, null, null, options));

        // When
        var x = MultiAlignment.Classify(table, C["IND"], 2019, options);
        var z = MultiAlignment.Classify(table, C["GBR"], 2019, options);
        var thin = MultiAlignment.Classify(table, C["IND"], 2019, options with { MinVotes = 11 });

        // Then: nets +1 (hr) and -1 (me), equal weights: sigma = 1; the modal pole is the US (tie: first), the me area sides
        // with China, delta(CHN, USA) = 1 - 0 on me: D = 0.5; MAI = sqrt(0.5); overall net 0.5 - 0.5 = 0
        Assert.Equal(0.5, x.Dispersion, 12);
        Assert.Equal(1.0, x.Spread, 12);
        Assert.Equal(Math.Sqrt(0.5), x.Index, 12);
        Assert.Equal(0.0, x.Net, 12);
        Assert.Equal((2, 20), (x.Areas, x.Votes));
        Assert.Equal(AlignmentClass.MultiAligned, x.Class);
        Assert.Equal(0.0, z.Index, 12);
        Assert.Equal("aligned:USA", z.Label);
        Assert.Equal(AlignmentClass.Insufficient, thin.Class);
        Assert.Equal(0, thin.Areas);
    }

    [Fact]
    public void MultiAlignment_MovingBetweenPolesThatVoteAlike_CountsLittle()
    {
        // Given the US always yes, China and Russia always no except one hr roll call where Russia abstains;
        // X with China on me, with Russia on hr
        var votes = Matrix(new DateOnly(2019, 1, 1), new string('h', 10) + new string('m', 10),
            ("USA", new string('Y', 20)), ("CHN", new string('N', 20)), ("RUS", "A" + new string('N', 19)),
            ("IND", "A" + new string('N', 8) + "N" + new string('N', 10)));
        var options = new MultiAlignmentOptions { Areas = [Slice.Of(IssueArea.HumanRights), Slice.Of(IssueArea.MiddleEast)] };
        var table = PoleProfiles.Compute(votes, MultiAlignment.QueryFor(Multipolar.Poles.PoleSet.Default, Measure.Agreement, default, null, null, options));

        // When
        var x = MultiAlignment.Classify(table, C["IND"], 2019, options);

        // Then: the nearest pole changes (RUS on hr, CHN on me: a tie, the earlier pole) but China and Russia agree 0.95
        // on hr: D = 0.5 * 0.05; overall Russia is nearer (1.0 against 0.975)
        Assert.Equal(0.025, x.Dispersion, 12);
        Assert.True(x.Index < 0.15, $"MAI {x.Index}");
        Assert.Equal("aligned:RUS", x.Label);
    }

    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    [InlineData(23)]
    [InlineData(24)]
    public void Contests_EqualSlowReference(int seed)
    {
        // Given
        var votes = Random(seed, "USA", "CHN", "RUS", "IND", "BRA", "GBR", "FRA");
        var query = ContestQuery.For(Multipolar.Poles.PoleSet.Default);

        // When
        var table = Contests.Find(votes, query);

        // Then: naively, a contest has USA cast, CHN = RUS cast, USA differs; the outcome from all rows' yes and no
        var expected = new List<(long Id, ContestSide Side)>();
        for (var r = 0; r < votes.RollCalls.Length; r++)
        {
            Vote V(string s) => votes[votes.IndexOf(C[s]), r];
            if (!V("USA").IsCast() || !V("CHN").IsCast() || V("CHN") != V("RUS") || V("USA") == V("CHN"))
            {
                continue;
            }

            var yes = Enumerable.Range(0, votes.States.Length).Count(s => votes[s, r] == Vote.Yes);
            var no = Enumerable.Range(0, votes.States.Length).Count(s => votes[s, r] == Vote.No);
            var outcome = yes > no ? Vote.Yes : Vote.No;
            expected.Add((votes.RollCalls[r].Id.Value, V("USA") == outcome ? ContestSide.First : V("CHN") == outcome ? ContestSide.Second : ContestSide.Neither));
        }

        Assert.Equal(expected.OrderBy(e => e.Id), table.All.Select(c => (c.RollCall.Id.Value, c.Prevailed)).OrderBy(e => e.Item1));
        var periods = table.ByPeriod().Where(p => p.Slice == Slice.All).ToArray();
        Assert.Equal(expected.Count, periods.Sum(p => p.Contests));
        Assert.Equal(expected.Count(e => e.Side == ContestSide.First), periods.Sum(p => p.FirstPrevailed));

        // Swing states: India's votes equal to each side's on the contests it voted on
        var india = table.ByState().SingleOrDefault(s => s.State.Iso3 == "IND" && s.Slice == Slice.All);
        var row = votes.IndexOf(C["IND"]);
        var cols = table.All.Select(c => votes.RollCalls.IndexOf(c.RollCall)).Where(c => votes[row, c].IsCast()).ToArray();
        Assert.Equal(cols.Length, india.Contests);
        Assert.Equal(cols.Count(c => votes[row, c] == table.All.Single(x => x.RollCall == votes.RollCalls[c]).FirstVote), india.WithFirst);
    }

    [Fact]
    public void Contests_HandComputed_SidePrevailsFromTally()
    {
        // Given: (1) US no, CHN+RUS yes, adopted 3-1; (2) US yes, CHN+RUS no, rejected 1-3... with GBR and FRA;
        // (3) US abstains, CHN+RUS yes: adopted, CHN+RUS prevail; (4) CHN and RUS differ: no contest
        var votes = Matrix(new DateOnly(2019, 1, 1), "", ("USA", "NYAY"), ("CHN", "YNYY"), ("RUS", "YNYN"), ("GBR", "NNYY"), ("FRA", "YNNY"));

        // When
        var table = Contests.Find(votes, ContestQuery.For(Multipolar.Poles.PoleSet.Default));

        // Then
        Assert.Equal([ContestSide.Second, ContestSide.Second, ContestSide.Second], table.All.Select(c => c.Prevailed));
        Assert.Equal([true, false, true], table.All.Select(c => c.Adopted));
        var gbr = table.ByState().Single(s => s.State.Iso3 == "GBR");
        Assert.Equal((3, 1, 2, 0), (gbr.Contests, gbr.WithFirst, gbr.WithSecond, gbr.Other));
    }
}

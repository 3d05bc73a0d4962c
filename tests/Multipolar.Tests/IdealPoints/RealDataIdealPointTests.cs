using Multipolar.Data.Formats;
using Multipolar.Data.Store;
using Multipolar.IdealPoints;
using Multipolar.Tests.Store;
using Xunit.Abstractions;

namespace Multipolar.Tests.IdealPoints;

/// <summary>Ideal points on the shared <c>unvotes</c> record: the known poles of the General Assembly.</summary>
[Collection("Real data")]
public sealed class RealDataIdealPointTests(SharedStoreFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public void EstimateStatic_2019_UsaAndIsraelAtOneEndCubaSyriaIranAtTheOther()
    {
        // Given the 2019 roll calls
        using var store = fixture.Open();
        var votes = store.LoadMatrix(new MatrixQuery { FromYear = 2019, ToYear = 2019 });

        // When
        var fit = IdealPointEstimator.EstimateStatic(votes, 2019);

        // Then
        var ranked = fit.Points.OrderByDescending(p => p.Estimate).Select(p => p.State.Iso3).ToList();
        output.WriteLine(string.Join(" ", ranked));
        output.WriteLine(fit.Convergence.ToString());
        output.WriteLine(string.Join(" ", fit.Points.Where(p => p.State.Iso3 is "PRK" or "CUB" or "USA").Select(p => $"{p.State.Iso3} {p.Estimate:F2}±{p.StandardError:F2} n={p.Votes}")));
        Assert.True(fit.Convergence.Converged);
        Assert.Equal("USA", ranked[0]);
        Assert.InRange(ranked.IndexOf("ISR"), 0, 2);
        foreach (var iso3 in new[] { "CUB", "SYR", "IRN" })
        {
            Assert.InRange(ranked.IndexOf(iso3), ranked.Count - 10, ranked.Count - 1);
        }
    }

    /// <summary>
    /// As in the literature's reference estimates: Bailey, Strezhnev and Voeten's published ideal points
    /// (IdealpointestimatesAll_Apr2020.csv) put PRK at −0.15 in session 74 (2019, 90 % interval −0.32 to −0.01),
    /// between the poles, after ≤ −2.0 in sessions 65–69. On the kept roll calls it agrees with CUB on 55 of 68 and
    /// with the USA on 2 of 69, but it abstains with the middle on the nine nuclear-disarmament resolutions (TPNW,
    /// "Nuclear disarmament", "Reducing nuclear danger", …) where CUB, SYR and IRN vote yes and the West no.
    /// See docs/ideal-points.md, "North Korea in 2019".
    /// </summary>
    [Fact]
    public void EstimateStatic_2019_NorthKoreaBetweenThePoles()
    {
        // Given
        using var store = fixture.Open();
        var votes = store.LoadMatrix(new MatrixQuery { FromYear = 2019, ToYear = 2019 });

        // When
        var fit = IdealPointEstimator.EstimateStatic(votes, 2019);

        // Then: below the Western states, above the anti-US end
        var x = fit.Points.ToDictionary(p => p.State.Iso3, p => p.Estimate);
        output.WriteLine($"PRK {x["PRK"]:F2}, GBR {x["GBR"]:F2}, CUB {x["CUB"]:F2}");
        Assert.InRange(x["PRK"], x["CUB"] + 0.5, x["GBR"] - 0.5);
    }

    /// <summary>
    /// Where the reference estimates put North Korea at the anti-US end (BSV: −1.60 to −2.13 in sessions 64–69,
    /// 2009–2014), a static fit of each year ranks it among the lowest states, with Cuba, Syria and Iran.
    /// </summary>
    [Fact]
    public void EstimateStatic_2010To2014_NorthKoreaAtTheAntiUsEnd()
    {
        // Given
        using var store = fixture.Open();
        var votes = store.LoadMatrix(new MatrixQuery { FromYear = 2010, ToYear = 2014 });

        foreach (var year in Enumerable.Range(2010, 5))
        {
            // When
            var fit = IdealPointEstimator.EstimateStatic(votes, year);

            // Then
            var ranked = fit.Points.OrderBy(p => p.Estimate).Select(p => p.State.Iso3).ToList();
            output.WriteLine($"{year}: lowest {string.Join(" ", ranked.Take(6))}");
            Assert.True(fit.Convergence.Converged);
            Assert.InRange(ranked.IndexOf("PRK"), 0, 4);
        }
    }

    [Fact]
    public void EstimateDynamic_1960s_SovietBlocAndWestApart()
    {
        // Given the 1960s
        using var store = fixture.Open();
        var votes = store.LoadMatrix(new MatrixQuery { FromYear = 1960, ToYear = 1969 });

        // When
        var fit = IdealPointEstimator.EstimateDynamic(votes, 1960, 1969);

        // Then: every year, every Western state is above every Soviet-bloc state
        output.WriteLine(fit.Convergence.ToString());
        Assert.True(fit.Convergence.Converged);
        string[] west = ["USA", "GBR", "CAN", "NLD", "BEL", "AUS", "NZL", "ITA"];
        string[] east = ["RUS", "UKR", "BLR", "POL", "CSK", "HUN", "BGR", "MNG"];
        foreach (var year in fit.Periods)
        {
            var points = fit.Points.Where(p => p.Period == year).ToDictionary(p => p.State.Iso3, p => p.Estimate);
            var lowestWest = west.Where(points.ContainsKey).Min(s => points[s]);
            var highestEast = east.Where(points.ContainsKey).Max(s => points[s]);
            output.WriteLine($"{year}: west ≥ {lowestWest:F2}, east ≤ {highestEast:F2}");
            Assert.True(lowestWest > highestEast + 1.0, $"{year}: west {lowestWest}, east {highestEast}");
        }
    }

    [Fact]
    public void EstimateDynamic_1991To2019_ConvergesWithUsaAboveRussiaAndChinaEveryYear()
    {
        // Given the post-Cold-War record
        using var store = fixture.Open();
        var votes = store.LoadMatrix(new MatrixQuery { FromYear = 1991, ToYear = 2019 });

        // When: at the defaults (title rule, ω² = 0.005). Before SQUAREM took steps shorter than 1 this window 2-cycled
        // (Arab states in 2003, change 9e-4 for 2,000 iterations; docs/ideal-points.md)
        var fit = IdealPointEstimator.EstimateDynamic(votes, 1991, 2019);

        // Then: converged, on a sane scale, and every year the USA is positive and above RUS and CHN
        output.WriteLine(fit.Convergence.ToString());
        Assert.True(fit.Convergence.Converged);
        // On the pooled scale (mean 0, SD 1 over every state-period) the USA of 2018-2019 lies about 6 SD out: it votes
        // with almost nobody. The bound guards against divergence, not against an isolated state.
        Assert.All(fit.Points, p => Assert.InRange(p.Estimate, -8.0, 8.0));
        foreach (var year in fit.Periods)
        {
            var points = fit.Points.Where(p => p.Period == year).ToDictionary(p => p.State.Iso3, p => p.Estimate);
            output.WriteLine($"{year}: USA {points["USA"]:F2}, RUS {points["RUS"]:F2}, CHN {points["CHN"]:F2}");
            Assert.True(points["USA"] > 0, $"{year}: USA {points["USA"]}");
            Assert.True(points["USA"] > points["RUS"], $"{year}: USA {points["USA"]}, RUS {points["RUS"]}");
            Assert.True(points["USA"] > points["CHN"], $"{year}: USA {points["USA"]}, CHN {points["CHN"]}");
        }
    }

    /// <summary>
    /// Every state 1946–2019 in one dynamic fit (default options: the title rule's bridges, random walk ω² = 0.005, the
    /// pooled scale) against Bailey, Strezhnev and Voeten's published estimates (sessions 1–74, by ISO3 and session =
    /// year − 1945). The issue's targets: pooled ≥ 0.95, every decade ≥ 0.93, every year with ≥ 20 roll calls ≥ 0.90.
    /// Measured: pooled 0.954, decades 0.967–0.989, worst year 1969 0.963; asserted: pooled, decades and years ≥ 0.95
    /// (docs/ideal-points.md, "Comparison with the published estimates"; ω² = 0.1 gave 0.865, the matcher's bridges or
    /// none 0.71).
    /// </summary>
    [Fact]
    public void EstimateDynamic_1946To2019_AgainstThePublishedEstimates()
    {
        // Given
        using var store = fixture.Open();
        var votes = store.LoadMatrix(new MatrixQuery { FromYear = 1946, ToYear = 2019 });

        // When
        var fit = IdealPointEstimator.EstimateDynamic(votes, 1946, 2019);

        // Then
        var perYear = votes.RollCalls.GroupBy(r => r.Year).ToDictionary(g => g.Key, g => g.Count());
        var c = PublishedIdealPoints.Compare(fit, PublishedIdealPoints.Read(), perYear);
        output.WriteLine($"{c.Pairs} country-years; pooled {c.Pooled:F3}; {string.Join(" ", c.Decades.Select(d => $"{d.Key}s {d.Value:F3}"))}");
        output.WriteLine($"worst: {string.Join(" ", c.Sessions.Where(x => x.RollCalls >= 20).OrderBy(x => x.R).Take(8).Select(x => $"{x.Session + 1945} {x.R:F3}"))}");
        Assert.True(fit.Convergence.Converged, fit.Convergence.ToString());
        Assert.True(c.Pairs > 10_000, $"{c.Pairs} country-years compared");
        Assert.True(c.Pooled >= 0.95, $"pooled {c.Pooled:F3}");
        Assert.All(c.Decades, d => Assert.True(d.Value >= 0.95, $"{d.Key}s {d.Value:F3}"));
        Assert.All(c.Sessions.Where(x => x.RollCalls >= 20), x => Assert.True(x.R >= 0.95, $"{x.Session + 1945}: {x.R:F3} over {x.N} states"));
        Assert.True(fit.Series(fit.Points.First(p => p.State.Iso3 == "USA").State).All(p => p.Estimate > 0), "USA positive");
    }

    /// <summary>
    /// Multipolar's bridge matcher against Bailey, Strezhnev and Voeten's own list of identical votes (Matches.csv,
    /// sessions 1–74): recall = share of their pairs whose two roll calls the matcher joins (directly or through a
    /// chain); agreement = share of the matcher's pairs that their list also joins (a lower bound on precision: their
    /// list is built from the texts and is not complete). Documented in docs/ideal-points.md.
    /// </summary>
    [Fact]
    public void Match_SharedRecord_RecallAndAgreementAgainstTheAuthorsList()
    {
        // Given sessions 1–74 and the authors' pairs
        using var store = fixture.Open();
        var votes = store.LoadMatrix(new MatrixQuery { FromYear = 1946, ToYear = 2020, WithText = true });
        var authors = BridgeListReader.Read(TestPaths.Shared("voeten-bsv", "Matches.csv")).Pairs;

        // When
        var ours = RollCallBridgeMatcher.Match(votes, IdealPointPeriod.Session).Where(p => votes.RollCalls.Single(r => r.Id == p.Second).Session <= 74).ToArray();

        // Then
        var known = votes.RollCalls.Select(r => r.Id).ToHashSet();
        var theirs = authors.Where(p => known.Contains(p.First) && known.Contains(p.Second)).ToArray();
        var ourSets = Components(ours);
        var theirSets = Components(theirs);
        var recall = theirs.Count(p => ourSets(p.First) == ourSets(p.Second)) / (double)theirs.Length;
        var agreement = ours.Count(p => theirSets(p.First) == theirSets(p.Second)) / (double)ours.Length;
        output.WriteLine($"authors' pairs in the record {theirs.Length} of {authors.Length}; matcher pairs {ours.Length}; recall {recall:F3}; agreement {agreement:F3}");
        Assert.True(theirs.Length >= 940, $"{theirs.Length} of the authors' pairs found in the record");
        Assert.InRange(recall, 0.6, 1.0);
        Assert.InRange(agreement, 0.3, 1.0);
    }

    private static Func<Multipolar.Votes.RollCallId, Multipolar.Votes.RollCallId> Components(IEnumerable<RollCallBridge> pairs)
    {
        var parent = new Dictionary<Multipolar.Votes.RollCallId, Multipolar.Votes.RollCallId>();
        Multipolar.Votes.RollCallId Find(Multipolar.Votes.RollCallId x)
        {
            while (parent.TryGetValue(x, out var p) && p != x)
            {
                x = p;
            }

            return x;
        }

        foreach (var (a, b) in pairs)
        {
            var (ra, rb) = (Find(a), Find(b));
            if (ra != rb)
            {
                parent[ra] = rb;
            }
        }

        return Find;
    }
}

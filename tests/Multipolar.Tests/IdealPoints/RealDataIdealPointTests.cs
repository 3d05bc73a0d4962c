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

    [Fact(Skip = "Open: in 2019 PRK (80 votes: 58 yes, 13 abstain, 9 no) lands at 0.00 ± 0.04, rank 73 of 192, not at the anti-US end as in Bailey, Strezhnev and Voeten; to investigate (second dimension of the disarmament votes? abstentions?).")]
    public void EstimateStatic_2019_NorthKoreaAtTheAntiUsEnd()
    {
        // Given
        using var store = fixture.Open();
        var votes = store.LoadMatrix(new MatrixQuery { FromYear = 2019, ToYear = 2019 });

        // When
        var fit = IdealPointEstimator.EstimateStatic(votes, 2019);

        // Then
        var ranked = fit.Points.OrderByDescending(p => p.Estimate).Select(p => p.State.Iso3).ToList();
        Assert.InRange(ranked.IndexOf("PRK"), ranked.Count - 30, ranked.Count - 1);
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
}

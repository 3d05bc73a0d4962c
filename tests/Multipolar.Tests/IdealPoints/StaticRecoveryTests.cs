using Multipolar.IdealPoints;

namespace Multipolar.Tests.IdealPoints;

public sealed class StaticRecoveryTests
{
    [Fact]
    public void EstimateStatic_Simulated190By1000_CorrelatesWithTruthAbove098()
    {
        // Given 190 states × 1,000 roll calls drawn from the model with known positions
        var (votes, truth) = SimulatedVotes.Static(190, 1000, seed: 1);

        // When
        var fit = IdealPointEstimator.EstimateStatic(votes);

        // Then
        Assert.True(fit.Convergence.Converged, $"not converged: {fit.Convergence}");
        Assert.Equal(190, fit.Points.Length);
        var estimates = fit.Points.Select(p => p.Estimate).ToArray();
        var truthKept = fit.Points.Select(p => truth[votes.IndexOf(p.State)]).ToArray();
        var r = Stats.Correlation(estimates, truthKept);
        Assert.True(r >= 0.98, $"correlation {r}");
        Assert.True(fit.Points[0].Estimate > 0, "USA positive");
    }
}

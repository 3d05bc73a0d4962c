using Multipolar.Countries;

namespace Multipolar.IdealPoints;

/// <summary>The estimated position of one state in one period on the single latent dimension.</summary>
/// <param name="State">The state.</param>
/// <param name="Period">The year (or session, see <see cref="IdealPointOptions.Period"/>) of the estimate.</param>
/// <param name="Estimate">The ideal point; positive is the side of the sign anchor (the United States by default).</param>
/// <param name="StandardError">
/// Standard error from the observed (expected Fisher) information of the state's votes plus the prior, with the
/// roll-call parameters held at their estimates; in the dynamic model, the posterior standard deviation of a
/// Kalman smoother using that information. It ignores the roll-call parameters' own uncertainty, so it is a lower bound.
/// </param>
/// <param name="Votes">The number of cast votes (yes, abstain, no) of the state used in this period.</param>
/// <remarks><c>default</c> has a null state and is not a valid estimate.</remarks>
public readonly record struct IdealPoint(Country State, int Period, double Estimate, double StandardError, int Votes)
{
    /// <summary>The two-sided 95% normal quantile, 1.959964.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>Lower end of the 95% normal interval: <c>Estimate − 1.96 · StandardError</c>.</summary>
    public double Lower => Estimate - (Z95 * StandardError);

    /// <summary>Upper end of the 95% normal interval: <c>Estimate + 1.96 · StandardError</c>.</summary>
    public double Upper => Estimate + (Z95 * StandardError);
}

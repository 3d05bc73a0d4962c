using Multipolar.Countries;

namespace Multipolar.IdealPoints;

/// <summary>The estimated position of one state in one period on the single latent dimension.</summary>
/// <remarks>
/// <para>The uncertainty (<see cref="StandardError"/>, <see cref="Lower"/>, <see cref="Upper"/>) comes from the method
/// named by <see cref="Uncertainty"/>: by default the observed information (a normal interval), with
/// <see cref="IdealPointOptions.BootstrapReplicates"/> set the parametric bootstrap (a percentile interval, not
/// necessarily symmetric about the estimate). <see cref="InformationStandardError"/> always holds the
/// observed-information value, so the two can be compared.</para>
/// <para><c>default</c> has a null state and is not a valid estimate.</para>
/// </remarks>
public readonly record struct IdealPoint
{
    /// <summary>The two-sided 95% normal quantile, 1.959964.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>An estimate with its observed-information standard error and the 95% normal interval <c>Estimate ± 1.96 · StandardError</c>.</summary>
    /// <param name="state">The state.</param>
    /// <param name="period">The year or session.</param>
    /// <param name="estimate">The ideal point.</param>
    /// <param name="standardError">The observed-information standard error.</param>
    /// <param name="votes">The number of cast votes used.</param>
    public IdealPoint(Country state, int period, double estimate, double standardError, int votes)
    {
        State = state;
        Period = period;
        Estimate = estimate;
        StandardError = standardError;
        InformationStandardError = standardError;
        Lower = estimate - (Z95 * standardError);
        Upper = estimate + (Z95 * standardError);
        Votes = votes;
        Uncertainty = IdealPointUncertainty.ObservedInformation;
    }

    /// <summary>An estimate whose uncertainty comes from the parametric bootstrap.</summary>
    internal IdealPoint(Country state, int period, double estimate, double informationStandardError, int votes, double bootstrapSd, double lower, double upper)
    {
        State = state;
        Period = period;
        Estimate = estimate;
        StandardError = bootstrapSd;
        InformationStandardError = informationStandardError;
        Lower = lower;
        Upper = upper;
        Votes = votes;
        Uncertainty = IdealPointUncertainty.ParametricBootstrap;
    }

    /// <summary>The state.</summary>
    public Country State { get; }

    /// <summary>The year (or session, see <see cref="IdealPointOptions.Period"/>) of the estimate.</summary>
    public int Period { get; }

    /// <summary>The ideal point; positive is the side of the sign anchor (the United States by default).</summary>
    public double Estimate { get; }

    /// <summary>
    /// The standard error of <see cref="Uncertainty"/>'s method. <see cref="IdealPointUncertainty.ObservedInformation"/>:
    /// from the observed (expected Fisher) information of the state's votes plus the prior, with the roll-call
    /// parameters held at their estimates (dynamic: the posterior standard deviation of a Kalman smoother using that
    /// information); it ignores the roll-call parameters' own uncertainty, so it is a lower bound.
    /// <see cref="IdealPointUncertainty.ParametricBootstrap"/>: the standard deviation of the bootstrap estimates,
    /// √(Σ_r (x_r − x̄)² / (R − 1)) over the R replicates that estimated this state and period.
    /// </summary>
    public double StandardError { get; }

    /// <summary>The observed-information standard error, whatever <see cref="Uncertainty"/> is (equal to <see cref="StandardError"/> without the bootstrap).</summary>
    public double InformationStandardError { get; }

    /// <summary>
    /// Lower end of the 95% interval: <c>Estimate − 1.96 · StandardError</c> (observed information), or the 2.5%
    /// percentile of the bootstrap estimates (parametric bootstrap).
    /// </summary>
    public double Lower { get; }

    /// <summary>
    /// Upper end of the 95% interval: <c>Estimate + 1.96 · StandardError</c> (observed information), or the 97.5%
    /// percentile of the bootstrap estimates (parametric bootstrap).
    /// </summary>
    public double Upper { get; }

    /// <summary>The number of cast votes (yes, abstain, no) of the state used in this period.</summary>
    public int Votes { get; }

    /// <summary>Where <see cref="StandardError"/>, <see cref="Lower"/> and <see cref="Upper"/> come from.</summary>
    public IdealPointUncertainty Uncertainty { get; }
}

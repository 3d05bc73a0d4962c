namespace Multipolar.IdealPoints;

/// <summary>Where an <see cref="IdealPoint"/>'s standard error and 95% interval come from.</summary>
public enum IdealPointUncertainty : byte
{
    /// <summary>
    /// The observed (expected Fisher) information of the state's votes plus the prior, roll-call parameters held at
    /// their estimates (a Laplace approximation and a lower bound); the interval is Estimate ± 1.96 SE. The default.
    /// </summary>
    ObservedInformation = 0,

    /// <summary>
    /// The parametric bootstrap of Lewis and Poole (2004): the standard deviation of the estimates refitted on vote
    /// matrices simulated from the fit, and their 2.5% and 97.5% percentiles (<see cref="IdealPointOptions.BootstrapReplicates"/>).
    /// </summary>
    ParametricBootstrap = 1,
}

namespace Multipolar.IdealPoints;

/// <summary>The scale a dynamic fit reports its estimates on (<see cref="IdealPointOptions.Scale"/>).</summary>
public enum IdealPointScale
{
    /// <summary>
    /// Mean 0 and standard deviation 1 (population form) over every state-period of the fit, the normalisation of
    /// Bailey, Strezhnev and Voeten's published estimates; standard errors and intervals are scaled alike. An affine map
    /// of the posterior mode: orderings, correlations and ratios of differences are unchanged.
    /// </summary>
    Pooled,

    /// <summary>The posterior mode as the priors fix it (each state's first-period N(0, V0) prior and the random walk).</summary>
    Prior,
}

/// <summary>Which roll calls an ideal-point fit uses (<see cref="IdealPointOptions.RollCalls"/>).</summary>
public enum IdealPointRollCalls
{
    /// <summary>Every roll call: final passage, amendments and paragraph votes.</summary>
    All,

    /// <summary>Final-passage votes only (no amendment or paragraph votes).</summary>
    FinalPassage,
}

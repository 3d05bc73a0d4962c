namespace Multipolar.IdealPoints;

/// <summary>How the parametric bootstrap of a fit ran (<see cref="IdealPointFit.Bootstrap"/>).</summary>
/// <param name="Replicates">The number of simulated vote matrices refitted (B).</param>
/// <param name="Seed">The seed used (<see cref="IdealPointOptions.BootstrapSeed"/>).</param>
/// <param name="NotConverged">Replicates whose refit stopped at the iteration limit (their last estimates are used).</param>
/// <param name="Incomplete">
/// State-periods estimated in fewer than all replicates (a state or roll call the filters dropped in a replicate); their
/// statistics use the replicates that estimated them.
/// </param>
/// <param name="FellBack">
/// State-periods estimated in fewer than half of the replicates (or fewer than 2), which keep the observed-information
/// standard error and interval (<see cref="IdealPoint.Uncertainty"/> says so).
/// </param>
/// <param name="Iterations">
/// The engine iterations of all refits together (each starts at the fit it resamples; divide by
/// <paramref name="Replicates"/> for the mean per refit).
/// </param>
public readonly record struct IdealPointBootstrap(int Replicates, int Seed, int NotConverged, int Incomplete, int FellBack, int Iterations);

namespace Multipolar.IdealPoints;

/// <summary>How the EM iterations of an ideal-point fit ended.</summary>
/// <param name="Iterations">The number of EM iterations run.</param>
/// <param name="FinalChange">The largest absolute change of an ideal point in the last iteration.</param>
/// <param name="Converged">True when <paramref name="FinalChange"/> fell under the tolerance before the iteration limit.</param>
/// <param name="Tolerance">The tolerance used (<see cref="IdealPointOptions.Tolerance"/>).</param>
/// <remarks>A fit that did not converge still returns its last estimates; check <see cref="Converged"/> before trusting them.</remarks>
public readonly record struct IdealPointConvergence(int Iterations, double FinalChange, bool Converged, double Tolerance);

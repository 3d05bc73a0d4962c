using Multipolar.Countries;

namespace Multipolar.IdealPoints;

/// <summary>A state (in one period) left out of an ideal-point fit.</summary>
/// <param name="State">The state.</param>
/// <param name="Period">The period (year or session) for which it was dropped; for a static fit, the fit's period.</param>
/// <param name="Reason">Why it was dropped (always <see cref="DropReason.TooFewVotes"/> today).</param>
/// <param name="Votes">The number of cast votes it had on the kept roll calls of that period.</param>
public readonly record struct DroppedState(Country State, int Period, DropReason Reason, int Votes);

using Multipolar.Votes;

namespace Multipolar.IdealPoints;

/// <summary>A roll call left out of an ideal-point fit, with the reason and its minority share.</summary>
/// <param name="Id">The roll call.</param>
/// <param name="Reason">Why it was dropped.</param>
/// <param name="MinorityShare">
/// Share of the cast votes (yes, abstain, no) outside the most common one, over all states of the input;
/// NaN when it had no cast votes.
/// </param>
public readonly record struct DroppedRollCall(RollCallId Id, DropReason Reason, double MinorityShare);

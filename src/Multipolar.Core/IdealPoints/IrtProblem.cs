using System.Collections.Immutable;
using Multipolar.Votes;

namespace Multipolar.IdealPoints;

/// <summary>
/// The prepared input of the EM engine: kept votes as observations in contiguous arrays, ordered by item group
/// (roll calls sharing parameters), with a second index by slot (one state in one period).
/// </summary>
/// <remarks>
/// Slots of one state form a chain, contiguous and ordered by period. Category codes: 0 lower (no), 1 middle
/// (abstain), 2 upper (yes); a binary group uses 0 and 2 only, with one cut at 0. Immutable after construction.
/// </remarks>
internal sealed class IrtProblem
{
    public required int GroupCount { get; init; }

    /// <summary>Observations of group g are [GroupStart[g], GroupStart[g+1]).</summary>
    public required int[] GroupStart { get; init; }

    /// <summary>True when group g has all three categories (ordered probit with cuts 0 and 1 and its own σ).</summary>
    public required bool[] GroupOrdinal { get; init; }

    /// <summary>The roll-call columns of each group.</summary>
    public required int[][] GroupColumns { get; init; }

    public required int[] ObsSlot { get; init; }

    public required int[] ObsGroup { get; init; }

    public required byte[] ObsCategory { get; init; }

    /// <summary>The roll-call column (of <see cref="Votes"/>) of each observation.</summary>
    public required int[] ObsColumn { get; init; }

    public required int SlotCount { get; init; }

    public required int[] SlotRow { get; init; }

    public required int[] SlotPeriod { get; init; }

    /// <summary>Observations of slot s are SlotObs[SlotObsStart[s] .. SlotObsStart[s+1]).</summary>
    public required int[] SlotObsStart { get; init; }

    public required int[] SlotObs { get; init; }

    /// <summary>Slots of chain c are [ChainStart[c], ChainStart[c+1]).</summary>
    public required int[] ChainStart { get; init; }

    public int ChainCount => ChainStart.Length - 1;

    public int ObservationCount => ObsSlot.Length;

    /// <summary>The distinct periods with kept slots, ascending.</summary>
    public required int[] Periods { get; init; }

    public required ImmutableArray<DroppedRollCall> DroppedRollCalls { get; init; }

    public required ImmutableArray<DroppedState> DroppedStates { get; init; }

    public required int RollCallsUsed { get; init; }

    public required VoteMatrix Votes { get; init; }

    /// <summary>The bridging report (dynamic fits with bridges), else null.</summary>
    public IdealPointBridging? Bridging { get; set; }

    /// <summary>The bridges the problem was built with (the matcher's resolved on the original votes), for the bootstrap's refits.</summary>
    public System.Collections.Immutable.ImmutableArray<RollCallBridge>? BridgePairs { get; set; }
}

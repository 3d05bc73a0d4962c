namespace Multipolar.IdealPoints;

/// <summary>Why a roll call or a state (period) was left out of an ideal-point fit.</summary>
public enum DropReason : byte
{
    /// <summary>The minority share of the cast votes was under <see cref="IdealPointOptions.MinMinorityShare"/>.</summary>
    Lopsided = 1,

    /// <summary>The state cast fewer than <see cref="IdealPointOptions.MinVotes"/> votes on the kept roll calls (in the period).</summary>
    TooFewVotes = 2,

    /// <summary>The roll call had no cast votes left after the states with too few votes were dropped.</summary>
    NoVotes = 3,
}

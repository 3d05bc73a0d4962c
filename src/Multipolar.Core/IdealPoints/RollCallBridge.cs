using System.Collections.Immutable;
using Multipolar.Votes;

namespace Multipolar.IdealPoints;

/// <summary>
/// Two roll calls that ask the same question in different periods (an identical resolution voted on again), so a
/// dynamic fit gives them one set of item parameters (Bailey, Strezhnev and Voeten 2017).
/// </summary>
/// <param name="First">The earlier roll call.</param>
/// <param name="Second">The later roll call.</param>
public readonly record struct RollCallBridge(RollCallId First, RollCallId Second);

/// <summary>Where a dynamic fit's bridges come from (<see cref="IdealPointOptions.BridgeSource"/>).</summary>
public enum IdealPointBridgeSource
{
    /// <summary>Multipolar's own matcher (<see cref="RollCallBridgeMatcher"/>): titles and descriptions, checked on the votes.</summary>
    Matcher,

    /// <summary>A given list of pairs (<see cref="IdealPointOptions.BridgeList"/>), such as Bailey, Strezhnev and Voeten's <c>Matches.csv</c>.</summary>
    List,

    /// <summary>No bridging: every roll call has its own parameters; only the random walk links the periods.</summary>
    None,

    /// <summary>
    /// The title rule (<see cref="RollCallBridgeMatcher.MatchTitles"/>): final-passage roll calls with the same normalised
    /// title, unique in their period, joined to the title's next occurrence; no check on the votes. The default: of the
    /// sources measured it comes closest to the published scale (docs/ideal-points.md).
    /// </summary>
    Titles,
}

/// <summary>A named list of bridges (for example the authors' <c>Matches.csv</c>, read by the data layer).</summary>
/// <param name="Name">What the list is, recorded with every fit that uses it (a file name and its source).</param>
/// <param name="Pairs">The bridged pairs; pairs naming roll calls not in the fit are ignored.</param>
public sealed record RollCallBridgeList(string Name, ImmutableArray<RollCallBridge> Pairs);

/// <summary>How many of a period's roll calls a dynamic fit bridged (<see cref="IdealPointBridging.Periods"/>).</summary>
/// <param name="Period">The year or session.</param>
/// <param name="RollCalls">Roll calls kept in the period (after the filters).</param>
/// <param name="Bridged">Of those, roll calls sharing their parameters with a roll call of another period.</param>
/// <param name="Weak">True when fewer than <see cref="IdealPointBridging.WeakThreshold"/> roll calls are bridged: the period's scale rests mainly on the random walk.</param>
public readonly record struct PeriodBridging(int Period, int RollCalls, int Bridged, bool Weak);

/// <summary>The bridging of a dynamic fit (<see cref="IdealPointFit.Bridging"/>).</summary>
/// <param name="Source">Where the bridges came from.</param>
/// <param name="ListName">The list's name (<see cref="RollCallBridgeList.Name"/>) when <see cref="Source"/> is <see cref="IdealPointBridgeSource.List"/>, else the matcher's description.</param>
/// <param name="Pairs">Pairs offered (the list's, or the matcher's on these votes).</param>
/// <param name="PairsUsed">Pairs whose two roll calls are both in the fit's periods (kept or not by the filters).</param>
/// <param name="BridgedGroups">Item groups that span more than one period.</param>
/// <param name="Periods">Per period, kept and bridged roll calls.</param>
public sealed record IdealPointBridging(
    IdealPointBridgeSource Source, string ListName, int Pairs, int PairsUsed, int BridgedGroups, ImmutableArray<PeriodBridging> Periods)
{
    /// <summary>A period with fewer bridged roll calls than this is reported as weakly bridged.</summary>
    public const int WeakThreshold = 5;

    /// <summary>The weakly bridged periods.</summary>
    public ImmutableArray<int> WeakPeriods => [.. Periods.Where(p => p.Weak).Select(p => p.Period)];

    /// <summary>Bridged roll calls over all periods.</summary>
    public int BridgedRollCalls => Periods.Sum(p => p.Bridged);
}

using Multipolar.Votes;

namespace Multipolar.Alignment;

/// <summary>
/// The measurement choices of an alignment computation, recorded in every result. Change them with
/// <c>with</c>: <c>AlignmentOptions.Default with { Abstention = AbstentionScoring.Strict }</c>.
/// </summary>
/// <remarks>
/// <para><c>default</c> is <see cref="Default"/>: soft abstentions (½), absolute distances, all votes
/// (amendments and paragraph votes included), calendar years, a window of one period.</para>
/// <para>Which roll calls enter a cell (slice, period) is decided by <see cref="FinalPassageOnly"/>,
/// <see cref="Period"/> and <see cref="Window"/>; how a pair of votes is scored by <see cref="Abstention"/>
/// and <see cref="Distance"/>.</para>
/// </remarks>
public readonly record struct AlignmentOptions
{
    private readonly int windowMinusOne;

    /// <summary>The documented defaults (equal to <c>default</c>).</summary>
    public static AlignmentOptions Default => default;

    /// <summary>How abstentions are scored. Default <see cref="AbstentionScoring.Soft"/>.</summary>
    public AbstentionScoring Abstention { get; init; }

    /// <summary>The distance used by S, κ and π. Default <see cref="DistanceMetric.Absolute"/>. Identity,
    /// agreement and coincidence do not depend on it.</summary>
    public DistanceMetric Distance { get; init; }

    /// <summary>When true, only votes on whole texts count (amendment and paragraph votes are left out,
    /// <see cref="RollCall.IsFinalPassage"/>). Default false: all votes.</summary>
    public bool FinalPassageOnly { get; init; }

    /// <summary>
    /// When true, unanimous roll calls are left out (<see cref="VoteMatrix.IsUnanimous"/>: every state that voted
    /// cast the same vote), as Voeten's agreement scores and the agreement columns published with Bailey,
    /// Strezhnev and Voeten's ideal points are computed (docs/measures.md). Default false: all roll calls.
    /// Periods stay those of the roll calls, so a period with only unanimous votes gives NaN with N = 0.
    /// </summary>
    public bool DropUnanimous { get; init; }

    /// <summary>Whether periods are calendar years or sessions. Default <see cref="PeriodKind.Year"/>.</summary>
    public PeriodKind Period { get; init; }

    /// <summary>
    /// The rolling window in periods: the value for period p pools the roll calls of periods p − Window + 1
    /// to p. Default 1 (each period alone).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1.</exception>
    public int Window
    {
        get => windowMinusOne + 1;
        init => windowMinusOne = value >= 1
            ? value - 1
            : throw new ArgumentOutOfRangeException(nameof(Window), value, "Window must be at least 1 period.");
    }

    /// <summary>The period (year or session) of a roll call under these options, or null when it has none or is excluded.</summary>
    internal int? PeriodOf(RollCall rollCall)
    {
        if (FinalPassageOnly && !rollCall.IsFinalPassage)
        {
            return null;
        }

        return Period == PeriodKind.Year ? rollCall.Year : rollCall.Session;
    }

    /// <summary>Throws when an enum property holds an undefined value.</summary>
    internal void Validate(string paramName)
    {
        if (!Enum.IsDefined(Abstention) || !Enum.IsDefined(Distance) || !Enum.IsDefined(Period))
        {
            AlignmentThrow.Argument(paramName, $"options {this} hold an undefined enum value.");
        }
    }

    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant(
        $"abstention={Key(Abstention)} distance={Distance.ToString().ToLowerInvariant()} votes={(FinalPassageOnly ? "final" : "all")} period={Period.ToString().ToLowerInvariant()} window={Window}{(DropUnanimous ? " unanimous=dropped" : "")}");

    private static string Key(AbstentionScoring a) => a switch
    {
        AbstentionScoring.Soft => "soft",
        AbstentionScoring.Strict => "strict",
        AbstentionScoring.VotesOnly => "votes-only",
        _ => ((int)a).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

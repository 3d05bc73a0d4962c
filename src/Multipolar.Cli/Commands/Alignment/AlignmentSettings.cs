using System.ComponentModel;
using Multipolar.Alignment;
using Multipolar.Votes;
using Multipolar.Data.Store;
using Multipolar.Countries;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Multipolar.Cli.Commands.Alignment;

/// <summary>
/// The measurement choices every alignment command takes, each a named option with the documented
/// default (docs/measures.md). The options a result was computed with are printed with it.
/// </summary>
public class AlignmentSettings : QuerySettings
{
    /// <summary>Measure key.</summary>
    [CommandOption("--measure <MEASURE>")]
    [Description("identity, agree (default), coincidence, s, kappa or pi.")]
    public string Measure { get; init; } = "agree";

    /// <summary>Period.</summary>
    [CommandOption("--by <PERIOD>")]
    [Description("year (default) or session.")]
    public string By { get; init; } = "year";

    /// <summary>Slice.</summary>
    [CommandOption("--issue <ISSUE>")]
    [Description("all (default), me, nu, di, hr, co, ec, important, a user tag, or ISSUE+important.")]
    public string Issue { get; init; } = "all";

    /// <summary>Abstention scoring.</summary>
    [CommandOption("--abstention <SCORING>")]
    [Description("soft (default: abstain = ½), strict (abstain disagrees with yes and no) or votes-only (abstentions left out).")]
    public string Abstention { get; init; } = "soft";

    /// <summary>Distance metric.</summary>
    [CommandOption("--distance <METRIC>")]
    [Description("absolute (default) or squared, for S, κ and π.")]
    public string Distance { get; init; } = "absolute";

    /// <summary>Final passage only.</summary>
    [CommandOption("--final-only")]
    [Description("Only votes on whole texts (leave out amendment and paragraph votes).")]
    public bool FinalOnly { get; init; }

    /// <summary>Rolling window.</summary>
    [CommandOption("--window <N>")]
    [Description("Rolling window of N periods ending at each period (default 1).")]
    public int Window { get; init; } = 1;

    /// <summary>The measure.</summary>
    public Measure ParsedMeasure => MeasureRegistry.Parse(Measure);

    /// <summary>The slice.</summary>
    public Slice ParsedSlice => Slice.Parse(Issue);

    /// <summary>The options.</summary>
    public AlignmentOptions Options => new()
    {
        Period = By.Trim().ToLowerInvariant() switch
        {
            "year" => PeriodKind.Year,
            "session" => PeriodKind.Session,
            _ => throw new ArgumentException($"--by '{By}': use year or session."),
        },
        Abstention = Abstention.Trim().ToLowerInvariant() switch
        {
            "soft" => AbstentionScoring.Soft,
            "strict" => AbstentionScoring.Strict,
            "votes-only" or "votesonly" => AbstentionScoring.VotesOnly,
            _ => throw new ArgumentException($"--abstention '{Abstention}': use soft, strict or votes-only."),
        },
        Distance = Distance.Trim().ToLowerInvariant() switch
        {
            "absolute" => DistanceMetric.Absolute,
            "squared" => DistanceMetric.Squared,
            _ => throw new ArgumentException($"--distance '{Distance}': use absolute or squared."),
        },
        FinalPassageOnly = FinalOnly,
        Window = Window,
    };

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (!MeasureRegistry.TryParse(Measure, out _))
        {
            return ValidationResult.Error($"--measure '{Measure}' is not a measure: use {string.Join(", ", MeasureRegistry.All.Select(m => m.Key))}.");
        }

        if (Window < 1)
        {
            return ValidationResult.Error($"--window {Window}: use 1 or more periods.");
        }

        try
        {
            _ = ParsedSlice;
            _ = Options;
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            return ValidationResult.Error(e.Message);
        }

        return ValidationResult.Success();
    }

    /// <summary>
    /// The votes to load for periods <paramref name="from"/>–<paramref name="to"/> (all when null), of the
    /// given states (all when none), without roll-call text: a session's votes span two calendar years, and a
    /// rolling window reaches back <see cref="Window"/> − 1 periods (for sessions, one year more as a margin).
    /// </summary>
    public MatrixQuery VotesQuery(int? from, int? to, params Country[] states)
    {
        var session = Options.Period == PeriodKind.Session;
        int? first = from is int f ? (session ? GeneralAssemblySession.OpeningYear(f) - 1 : f) - (Window - 1) : null;
        int? last = to is int t ? (session ? GeneralAssemblySession.LastYear(t) : t) : null;
        return new MatrixQuery { FromYear = first, ToYear = last, States = states.Length == 0 ? null : [.. states.Select(s => s.Iso3)], WithText = false };
    }
}

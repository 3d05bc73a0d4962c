using System.CommandLine;
using Multipolar.Alignment;
using Multipolar.Votes;
using Multipolar.Data.Store;
using Multipolar.Countries;
using Multipolar.Cli.Parsing;

namespace Multipolar.Cli.Commands.Alignment;

/// <summary>
/// The measurement choices every alignment command takes, each a named option with the documented
/// default (docs/measures.md). The options a result was computed with are printed with it.
/// </summary>
public class AlignmentSettings : QuerySettings
{
    private static readonly Option<string?> MeasureOption = CliSymbols.Text("--measure", "MEASURE", "identity, agree (default), coincidence, s, kappa or pi.");
    private static readonly Option<string> ByOption = CliSymbols.Text("--by", "PERIOD", "year (default) or session.", "year");
    private static readonly Option<string?> IssueOption = CliSymbols.Text("--issue", "ISSUE", "all (default), me, nu, di, hr, co, ec, important, a user tag, or ISSUE+important.");
    private static readonly Option<string> AbstentionOption = CliSymbols.Text("--abstention", "SCORING",
        "soft (default: abstain = ½), strict (abstain disagrees with yes and no) or votes-only (abstentions left out).", "soft");
    private static readonly Option<string> DistanceOption = CliSymbols.Text("--distance", "METRIC", "absolute (default) or squared, for S, κ and π.", "absolute");
    private static readonly Option<bool> FinalOnlyOption = CliSymbols.Flag("--final-only", "Only votes on whole texts (leave out amendment and paragraph votes).");
    private static readonly Option<bool> DropUnanimousOption = CliSymbols.Flag("--drop-unanimous",
        "Leave out unanimous roll calls (every state that voted cast the same vote), as Voeten's agreement scores do.");
    private static readonly Option<int> WindowOption = CliSymbols.Int("--window", "N", "Rolling window of N periods ending at each period (default 1).", 1);

    /// <summary>Measure key.</summary>
    public string Measure { get; private set; } = "agree";

    /// <summary>True when --measure was given (<c>export dyads</c> writes every measure otherwise).</summary>
    public bool MeasureGiven { get; private set; }

    /// <summary>True when --issue was given (<c>export dyads</c> writes every standard slice otherwise).</summary>
    public bool IssueGiven { get; private set; }

    /// <summary>Period.</summary>
    public string By { get; private set; } = "year";

    /// <summary>Slice.</summary>
    public string Issue { get; private set; } = "all";

    /// <summary>Abstention scoring.</summary>
    public string Abstention { get; private set; } = "soft";

    /// <summary>Distance metric.</summary>
    public string Distance { get; private set; } = "absolute";

    /// <summary>Final passage only.</summary>
    public bool FinalOnly { get; private set; }

    /// <summary>Unanimous roll calls left out.</summary>
    public bool DropUnanimous { get; private set; }

    /// <summary>Rolling window.</summary>
    public int Window { get; private set; } = 1;

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
        DropUnanimous = DropUnanimous,
        Window = Window,
    };

    /// <inheritdoc />
    public override string? Validate()
    {
        if (!MeasureRegistry.TryParse(Measure, out _))
        {
            return $"--measure '{Measure}' is not a measure: use {string.Join(", ", MeasureRegistry.All.Select(m => m.Key))}.";
        }

        if (Window < 1)
        {
            return $"--window {Window}: use 1 or more periods.";
        }

        try
        {
            _ = ParsedSlice;
            _ = Options;
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            return e.Message;
        }

        return base.Validate();
    }

    internal override void Declare(Command command)
    {
        base.Declare(command);
        command.Add(MeasureOption);
        command.Add(ByOption);
        command.Add(IssueOption);
        command.Add(AbstentionOption);
        command.Add(DistanceOption);
        command.Add(FinalOnlyOption);
        command.Add(DropUnanimousOption);
        command.Add(WindowOption);
    }

    internal override void Bind(ParseResult result)
    {
        base.Bind(result);
        MeasureGiven = result.GetValue(MeasureOption) is not null;
        Measure = result.GetValue(MeasureOption) ?? "agree";
        By = result.GetValue(ByOption) ?? "year";
        IssueGiven = result.GetValue(IssueOption) is not null;
        Issue = result.GetValue(IssueOption) ?? "all";
        Abstention = result.GetValue(AbstentionOption) ?? "soft";
        Distance = result.GetValue(DistanceOption) ?? "absolute";
        FinalOnly = result.GetValue(FinalOnlyOption);
        DropUnanimous = result.GetValue(DropUnanimousOption);
        Window = result.GetValue(WindowOption);
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

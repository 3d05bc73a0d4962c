using System.CommandLine;
using Multipolar.Data.Store;
using Multipolar.IdealPoints;
using Multipolar.Votes;
using Spectre.Console;
using Multipolar.Cli.Parsing;

namespace Multipolar.Cli.Commands.IdealPoints;

/// <summary>Options of the ideal-point commands (docs/ideal-points.md).</summary>
public class IdealSettings : QuerySettings
{
    private static readonly Argument<string[]> StatesArgument = CliSymbols.Many("STATES", "States to follow over time (any code or name). Without states: every state in one period (--year).");
    private static readonly Option<int?> YearOption = CliSymbols.Int("--year", "PERIOD", "One year (or session with --by session): every state, sorted, with intervals.");
    private static readonly PeriodRangeOptions RangeOptions = new("PERIOD", "First year (or session) of a trajectory.", "Last year (or session) of a trajectory.");
    private static readonly Option<bool> DynamicOption = CliSymbols.Flag("--dynamic", "One dynamic model over the whole range (random walk across periods: positions comparable over time) instead of a static fit per period.");
    private static readonly Option<string> ByOption = CliSymbols.Text("--by", "PERIOD", "year (default) or session.", "year");
    private static readonly Option<double> MinMinorityOption = CliSymbols.Number("--min-minority", "SHARE", "Drop roll calls whose minority share is below this (default 0.025).", 0.025);
    private static readonly Option<int> MinVotesOption = CliSymbols.Int("--min-votes", "N", "Drop states with fewer votes in a period (default 10).", 10);
    private static readonly double DefaultWalk = new IdealPointOptions().RandomWalkVariance;
    private static readonly Option<double> WalkVarianceOption = CliSymbols.Number("--walk-variance", "V", $"Prior variance of the year-to-year random walk of the dynamic model (default {DefaultWalk.ToString(System.Globalization.CultureInfo.InvariantCulture)}).", DefaultWalk);
    private static readonly Option<int> BootstrapOption = CliSymbols.Int(
        "--bootstrap", "B",
        "Parametric bootstrap (Lewis and Poole 2004) with B replicates: standard errors and 95% percentile intervals that include the roll-call parameters' uncertainty (default 0 = off: observed information; else at least 20, 200 is usual). Refits the model B times: a static year takes seconds (2019, B = 200: 3.6 s on two cores), but with --dynamic it multiplies the fit time by about B/2 on two cores (1946-2019 with B = 200: expect about half an hour).",
        0);
    private static readonly Option<string> BridgesOption = CliSymbols.Text(
        "--bridges", "SOURCE",
        "Dynamic model: roll calls that repeat a resolution share item parameters. titles (default: final-passage roll calls with the same title), matcher (Multipolar's matcher on titles and descriptions, checked on the votes), list (the pairs in --bridge-list), or none.",
        "titles");
    private static readonly Option<string?> BridgeListOption = CliSymbols.Text(
        "--bridge-list", "FILE",
        "A CSV of bridged roll-call pairs (columns rcid1, rcid2), e.g. Bailey, Strezhnev and Voeten's Matches.csv (not shipped); implies --bridges list.");
    private static readonly Option<string> VotesOption = CliSymbols.Text("--votes", "WHICH", "all (default: every roll call) or final (final-passage votes only, no amendments or paragraph votes).", "all");
    private static readonly Option<string?> IssueOption = CliSymbols.Text("--issue", "ISSUE", "An issue-specific fit on the roll calls of one issue area: hr, me, nu, ec, di, co or a tag.");
    private static readonly Option<int> BootstrapSeedOption = CliSymbols.Int("--bootstrap-seed", "N", "Seed of the parametric bootstrap (default 2004); the same seed gives the same intervals.", 2004);
    private static readonly Option<double> BootstrapToleranceOption = CliSymbols.Number("--bootstrap-tolerance", "T",
        "The bootstrap refits stop when no ideal point moves by more than T (default 0.001; the fit's own stop is 0.0001; docs/ideal-points.md, Warm starts).", 1e-3);

    /// <summary>The fewest bootstrap replicates accepted: fewer make the 2.5% and 97.5% percentiles meaningless.</summary>
    public const int MinBootstrap = 20;

    /// <summary>States.</summary>
    public string[] States { get; private set; } = [];

    /// <summary>One period.</summary>
    public int? Year { get; private set; }

    /// <summary>First period.</summary>
    public int? From { get; private set; }

    /// <summary>Last period.</summary>
    public int? To { get; private set; }

    /// <summary>Dynamic model.</summary>
    public bool Dynamic { get; private set; }

    /// <summary>Period kind.</summary>
    public string By { get; private set; } = "year";

    /// <summary>Lopsided threshold.</summary>
    public double MinMinority { get; private set; } = 0.025;

    /// <summary>Minimum votes.</summary>
    public int MinVotes { get; private set; } = 10;

    /// <summary>Random-walk variance.</summary>
    public double WalkVariance { get; private set; } = DefaultWalk;

    /// <summary>Bootstrap replicates (0 = off).</summary>
    public int Bootstrap { get; private set; }

    /// <summary>Bootstrap seed.</summary>
    public int BootstrapSeed { get; private set; } = 2004;

    /// <summary>The bootstrap refits' stopping tolerance.</summary>
    public double BootstrapTolerance { get; private set; } = 1e-3;

    /// <summary>Bridge source (matcher, list, none).</summary>
    public string Bridges { get; private set; } = "matcher";

    /// <summary>Bridge list file.</summary>
    public string? BridgeList { get; private set; }

    /// <summary>Which roll calls (all, final).</summary>
    public string Votes { get; private set; } = "all";

    /// <summary>Issue area of an issue-specific fit.</summary>
    public string? Issue { get; private set; }

    private RollCallBridgeList? bridgeList;

    /// <summary>The estimator options.</summary>
    public IdealPointOptions Options => new()
    {
        BridgeSource = (BridgeList is not null ? "list" : Bridges.Trim().ToLowerInvariant()) switch
        {
            "matcher" => IdealPointBridgeSource.Matcher,
            "list" => IdealPointBridgeSource.List,
            "none" => IdealPointBridgeSource.None,
            "titles" => IdealPointBridgeSource.Titles,
            _ => throw new ArgumentException($"--bridges '{Bridges}': use titles, matcher, list or none."),
        },
        BridgeList = BridgeList is null ? null : bridgeList ??= Multipolar.Data.Formats.BridgeListReader.Read(BridgeList),
        RollCalls = Votes.Trim().ToLowerInvariant() switch
        {
            "all" => IdealPointRollCalls.All,
            "final" => IdealPointRollCalls.FinalPassage,
            _ => throw new ArgumentException($"--votes '{Votes}': use all or final."),
        },
        Issue = Issue is null ? null : IssueArea.TryParse(Issue, out var issue) ? issue : throw new ArgumentException($"--issue '{Issue}' is not an issue area: use hr, me, nu, ec, di, co or a tag."),
        Period = By.Trim().ToLowerInvariant() switch
        {
            "year" => IdealPointPeriod.Year,
            "session" => IdealPointPeriod.Session,
            _ => throw new ArgumentException($"--by '{By}': use year or session."),
        },
        MinMinorityShare = MinMinority,
        MinVotes = MinVotes,
        RandomWalkVariance = WalkVariance,
        BootstrapReplicates = Bootstrap,
        BootstrapSeed = BootstrapSeed,
        BootstrapTolerance = BootstrapTolerance,
    };

    /// <inheritdoc />
    public override string? Validate()
    {
        if (States.Length == 0 && Year is null && !(Dynamic && (From is not null || To is not null)))
        {
            return "give --year Y for every state in one year, --from/--to with --dynamic for the whole panel, or states (e.g. RUS CHN USA) with --from/--to.";
        }

        if (Bridges.Trim().ToLowerInvariant() == "list" && BridgeList is null)
        {
            return "--bridges list needs --bridge-list FILE (a CSV with columns rcid1, rcid2).";
        }

        if (MinMinority is < 0 or >= 0.5)
        {
            return $"--min-minority {MinMinority}: use a share from 0 to below 0.5.";
        }

        if (Bootstrap != 0 && Bootstrap < MinBootstrap)
        {
            return $"--bootstrap {Bootstrap}: use 0 (off) or at least {MinBootstrap} replicates.";
        }

        if (BootstrapTolerance is not (> 0 and < 1))
        {
            return $"--bootstrap-tolerance {BootstrapTolerance}: use a number above 0 and below 1, e.g. 0.001.";
        }

        if (new PeriodRange(null, From, To).Validate() is { } range)
        {
            return range;
        }

        try
        {
            _ = Options;
        }
        catch (ArgumentException e)
        {
            return e.Message;
        }
        catch (Multipolar.Data.Formats.IngestException e)
        {
            return $"--bridge-list: {e.Message}";
        }

        return null;
    }

    /// <summary>The calendar years to load for periods first–last.</summary>
    public MatrixQuery Load(int? first, int? last) => Options.Period == IdealPointPeriod.Session
        ? new MatrixQuery
        {
            FromYear = first is int f ? GeneralAssemblySession.OpeningYear(f) : null,
            ToYear = last is int l ? GeneralAssemblySession.LastYear(l) : null,
        }
        : new MatrixQuery { FromYear = first, ToYear = last };

    internal override void Declare(Command command)
    {
        base.Declare(command);
        command.Add(StatesArgument);
        command.Add(YearOption);
        RangeOptions.Declare(command);
        command.Add(DynamicOption);
        command.Add(ByOption);
        command.Add(MinMinorityOption);
        command.Add(MinVotesOption);
        command.Add(WalkVarianceOption);
        command.Add(BootstrapOption);
        command.Add(BootstrapSeedOption);
        command.Add(BootstrapToleranceOption);
        command.Add(BridgesOption);
        command.Add(BridgeListOption);
        command.Add(VotesOption);
        command.Add(IssueOption);
    }

    internal override void Bind(ParseResult result)
    {
        base.Bind(result);
        States = result.GetValue(StatesArgument) ?? [];
        Year = result.GetValue(YearOption);
        (_, From, To) = RangeOptions.Bind(result);
        Dynamic = result.GetValue(DynamicOption);
        By = result.GetValue(ByOption) ?? "year";
        MinMinority = result.GetValue(MinMinorityOption);
        MinVotes = result.GetValue(MinVotesOption);
        WalkVariance = result.GetValue(WalkVarianceOption);
        Bootstrap = result.GetValue(BootstrapOption);
        BootstrapSeed = result.GetValue(BootstrapSeedOption);
        BootstrapTolerance = result.GetValue(BootstrapToleranceOption);
        Bridges = result.GetValue(BridgesOption) ?? "matcher";
        BridgeList = result.GetValue(BridgeListOption);
        Votes = result.GetValue(VotesOption) ?? "all";
        Issue = result.GetValue(IssueOption);
    }
}

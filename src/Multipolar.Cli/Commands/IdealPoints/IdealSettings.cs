using System.ComponentModel;
using Multipolar.Data.Store;
using Multipolar.IdealPoints;
using Multipolar.Votes;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Multipolar.Cli.Commands.IdealPoints;

/// <summary>Options of the ideal-point commands (docs/ideal-points.md).</summary>
public class IdealSettings : QuerySettings
{
    /// <summary>States.</summary>
    [CommandArgument(0, "[STATES]")]
    [Description("States to follow over time (any code or name). Without states: every state in one period (--year).")]
    public string[] States { get; init; } = [];

    /// <summary>One period.</summary>
    [CommandOption("--year <PERIOD>")]
    [Description("One year (or session with --by session): every state, sorted, with intervals.")]
    public int? Year { get; init; }

    /// <summary>First period.</summary>
    [CommandOption("--from <PERIOD>")]
    [Description("First year (or session) of a trajectory.")]
    public int? From { get; init; }

    /// <summary>Last period.</summary>
    [CommandOption("--to <PERIOD>")]
    [Description("Last year (or session) of a trajectory.")]
    public int? To { get; init; }

    /// <summary>Dynamic model.</summary>
    [CommandOption("--dynamic")]
    [Description("One dynamic model over the whole range (random walk across periods: positions comparable over time) instead of a static fit per period.")]
    public bool Dynamic { get; init; }

    /// <summary>Period kind.</summary>
    [CommandOption("--by <PERIOD>")]
    [Description("year (default) or session.")]
    public string By { get; init; } = "year";

    /// <summary>Lopsided threshold.</summary>
    [CommandOption("--min-minority <SHARE>")]
    [Description("Drop roll calls whose minority share is below this (default 0.025).")]
    public double MinMinority { get; init; } = 0.025;

    /// <summary>Minimum votes.</summary>
    [CommandOption("--min-votes <N>")]
    [Description("Drop states with fewer votes in a period (default 10).")]
    public int MinVotes { get; init; } = 10;

    /// <summary>Random-walk variance.</summary>
    [CommandOption("--walk-variance <V>")]
    [Description("Prior variance of the year-to-year random walk of the dynamic model (default 0.1).")]
    public double WalkVariance { get; init; } = 0.1;

    /// <summary>The estimator options.</summary>
    public IdealPointOptions Options => new()
    {
        Period = By.Trim().ToLowerInvariant() switch
        {
            "year" => IdealPointPeriod.Year,
            "session" => IdealPointPeriod.Session,
            _ => throw new ArgumentException($"--by '{By}': use year or session."),
        },
        MinMinorityShare = MinMinority,
        MinVotes = MinVotes,
        RandomWalkVariance = WalkVariance,
    };

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (States.Length == 0 && Year is null)
        {
            return ValidationResult.Error("give --year Y for every state in one year, or states (e.g. RUS CHN USA) with --from/--to.");
        }

        if (MinMinority is < 0 or >= 0.5)
        {
            return ValidationResult.Error($"--min-minority {MinMinority}: use a share from 0 to below 0.5.");
        }

        if (From is int f && To is int t && t < f)
        {
            return ValidationResult.Error($"--to {t} is before --from {f}.");
        }

        try
        {
            _ = Options;
        }
        catch (ArgumentException e)
        {
            return ValidationResult.Error(e.Message);
        }

        return ValidationResult.Success();
    }

    /// <summary>The calendar years to load for periods first–last.</summary>
    public MatrixQuery Load(int? first, int? last) => Options.Period == IdealPointPeriod.Session
        ? new MatrixQuery
        {
            FromYear = first is int f ? GeneralAssemblySession.OpeningYear(f) : null,
            ToYear = last is int l ? GeneralAssemblySession.LastYear(l) : null,
        }
        : new MatrixQuery { FromYear = first, ToYear = last };
}

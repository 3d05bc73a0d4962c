using System.CommandLine;
using Multipolar.Blocs;
using Multipolar.Cli.Commands.Alignment;
using Multipolar.Cli.Parsing;
using Multipolar.Poles;

namespace Multipolar.Cli.Commands.Poles;

/// <summary>The measurement choices plus a range of periods (<c>--from</c>, <c>--to</c> or <c>--year</c>).</summary>
public class RangeSettings : AlignmentSettings
{
    private static readonly PeriodRangeOptions RangeOptions = new(
        "PERIOD", "First year (or session with --by session).", "Last year (or session).", "One year (or session): --from and --to in one.");

    /// <summary>First period.</summary>
    public int? From { get; private set; }

    /// <summary>Last period.</summary>
    public int? To { get; private set; }

    /// <summary>One period.</summary>
    public int? Year { get; private set; }

    /// <summary>The first period asked for (<c>--year</c> or <c>--from</c>).</summary>
    public int? First => Range.First;

    /// <summary>The last period asked for (<c>--year</c> or <c>--to</c>).</summary>
    public int? Last => Range.Last;

    /// <summary>True when --issue was left at its default.</summary>
    public bool AllIssues => string.Equals(Issue.Trim(), "all", StringComparison.OrdinalIgnoreCase);

    /// <summary>"in 2019", "in 1991–2019" or "" for the whole record: for messages.</summary>
    public string RangeText => (First, Last) switch
    {
        (null, null) => "",
        (int f, int l) when f == l => $" in {f}",
        _ => $" in {First?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "…"}–{Last?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "…"}",
    };

    /// <inheritdoc />
    public override string? Validate() => Range.Validate() ?? base.Validate();

    private PeriodRange Range => new(Year, From, To);

    internal override void Declare(Command command)
    {
        base.Declare(command);
        RangeOptions.Declare(command);
    }

    internal override void Bind(ParseResult result)
    {
        base.Bind(result);
        (Year, From, To) = RangeOptions.Bind(result);
    }
}

/// <summary>A range plus the poles (<c>--poles USA,CHN,RUS</c>).</summary>
public class PoleSettings : RangeSettings
{
    private static readonly Option<string> PolesOption = CliSymbols.Text("--poles", "CODES",
        "The poles, comma-separated (default USA,CHN,RUS; the first is the reference side). China has no votes before 25 Oct 1971.", "USA,CHN,RUS");

    /// <summary>The poles' codes.</summary>
    public string PoleCodes { get; private set; } = "USA,CHN,RUS";

    /// <summary>The pole set.</summary>
    public PoleSet Poles => PoleSet.Parse(PoleCodes);

    /// <inheritdoc />
    public override string? Validate()
    {
        try
        {
            _ = Poles;
        }
        catch (ArgumentException e)
        {
            return $"--poles '{PoleCodes}': {e.Message}";
        }

        return base.Validate();
    }

    internal override void Declare(Command command)
    {
        base.Declare(command);
        command.Add(PolesOption);
    }

    internal override void Bind(ParseResult result)
    {
        base.Bind(result);
        PoleCodes = result.GetValue(PolesOption) ?? "USA,CHN,RUS";
    }
}

/// <summary>A range plus the poles and a user bloc file (<c>--blocs FILE</c>).</summary>
public class BlocSettings : PoleSettings
{
    /// <summary>The user bloc file.</summary>
    public string? BlocFile { get; private set; }

    /// <summary>The shipped table, with the user file's blocs when given.</summary>
    public BlocTable Table() => BlocFiles.Load(BlocFile);

    internal override void Declare(Command command)
    {
        base.Declare(command);
        command.Add(BlocFiles.Option);
    }

    internal override void Bind(ParseResult result)
    {
        base.Bind(result);
        BlocFile = result.GetValue(BlocFiles.Option);
    }
}

/// <summary>The <c>--blocs FILE</c> option and the table it gives.</summary>
internal static class BlocFiles
{
    public static readonly Option<string?> Option = CliSymbols.Text("--blocs", "FILE",
        "A bloc file in the layout of the shipped table (docs/analytics.md): its blocs are added, or replace those of the same code.");

    /// <summary>The shipped table, with <paramref name="path"/>'s blocs when given.</summary>
    public static BlocTable Load(string? path)
    {
        if (path is null)
        {
            return BlocTable.Default;
        }

        if (!File.Exists(path))
        {
            throw new ArgumentException($"--blocs '{path}': no such file.");
        }

        using var reader = new StreamReader(path);
        return BlocTable.Default.With(BlocTable.Parse(reader, path));
    }
}

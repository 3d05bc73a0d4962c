using System.CommandLine;
using Multipolar.Alignment;
using Multipolar.Charts;
using Multipolar.Cli.Commands.Alignment;
using Multipolar.Cli.Commands.IdealPoints;
using Multipolar.Cli.Parsing;
using Multipolar.Countries;
using Multipolar.Data.Reconciliation;
using Multipolar.Data.Store;
using Multipolar.Power;

namespace Multipolar.Cli.Commands.Charts;

/// <summary>The <c>-o FILE</c> option of every chart (PNG or SVG by extension).</summary>
internal static class ChartFile
{
    public static readonly Option<string?> Output = new("-o", "--out") { HelpName = "FILE", Description = "The image to write: .png or .svg. Required.", Required = true };

    public static string? Check(string? path) => path is null ? "-o FILE is required (a .png or .svg name)."
        : Path.GetExtension(path).ToLowerInvariant() is ".png" or ".svg" ? null
        : $"-o '{path}': use a .png or .svg file name.";

    /// <summary>Renders and says where.</summary>
    public static int Write(Figure figure, string path)
    {
        ChartRenderer.Save(figure, path);
        Cli.Console.Out.WriteLine($"wrote {path} ({figure.Title})");
        return 0;
    }

    /// <summary>The citations of the store's vote sources.</summary>
    public static IReadOnlyList<string> VoteCitations(VoteStore store) =>
        [.. store.SourceSummaries().Select(s => SourceLicence.Citation(s.Format, s.Last?.Year, DateOnly.FromDateTime(s.Source.IngestedAt))).Distinct()];
}

/// <summary><c>multipolar chart dyad A B -o FILE</c>: one dyad's alignment series as a chart.</summary>
public sealed class ChartDyadCommand : CliCommand<ChartDyadCommand.Settings>
{
    /// <summary>Options: those of <c>align</c>, and the file.</summary>
    public sealed class Settings : DyadSettings
    {
        /// <summary>The image.</summary>
        public string? Out { get; private set; }

        /// <inheritdoc />
        public override string? Validate() => ChartFile.Check(Out) ?? base.Validate();

        internal override void Declare(Command command)
        {
            base.Declare(command);
            command.Add(ChartFile.Output);
        }

        internal override void Bind(ParseResult result)
        {
            base.Bind(result);
            Out = result.GetValue(ChartFile.Output);
        }
    }

    /// <inheritdoc />
    public override int Execute(Settings settings, CancellationToken cancellationToken)
    {
        var dyad = settings.ResolveDyad();
        using var store = settings.OpenStore();
        var (series, _) = AlignCommand.Series(store, settings, dyad.A, dyad.B, settings.ParsedMeasure, settings.ParsedSlice, settings.Options);
        var figure = FigureViews.Dyad(dyad, MeasureRegistry.Get(settings.ParsedMeasure), settings.ParsedSlice, series, settings.Options, ChartFile.VoteCitations(store));
        return ChartFile.Write(figure, settings.Out!);
    }
}

/// <summary><c>multipolar chart ideal STATES -o FILE</c>: ideal-point trajectories with their intervals.</summary>
public sealed class ChartIdealCommand : CliCommand<ChartIdealCommand.Settings>
{
    /// <summary>Options: those of <c>ideal</c>, and the file.</summary>
    public sealed class Settings : IdealSettings
    {
        /// <summary>The image.</summary>
        public string? Out { get; private set; }

        /// <inheritdoc />
        public override string? Validate() => ChartFile.Check(Out) ?? (States.Length == 0 ? "chart ideal needs one or more states, e.g. chart ideal RUS CHN USA --from 1992 --dynamic -o ideal.png." : base.Validate());

        internal override void Declare(Command command)
        {
            base.Declare(command);
            command.Add(ChartFile.Output);
        }

        internal override void Bind(ParseResult result)
        {
            base.Bind(result);
            Out = result.GetValue(ChartFile.Output);
        }
    }

    /// <inheritdoc />
    public override int Execute(Settings settings, CancellationToken cancellationToken)
    {
        var states = settings.States.Select(CountryReference.Default.Resolve).ToArray();
        using var store = settings.OpenStore(readOnly: false);
        var fits = IdealRun.Estimate(store, settings, settings.From ?? settings.Year, settings.To ?? settings.Year, settings.Dynamic);
        var trajectories = states.Select(s => (s, (IReadOnlyList<Multipolar.IdealPoints.IdealPoint>)[.. fits.SelectMany(f => f.Series(s)).OrderBy(p => p.Period)])).ToArray();
        return ChartFile.Write(FigureViews.IdealPoints(trajectories, settings.Dynamic, ChartFile.VoteCitations(store)), settings.Out!);
    }
}

/// <summary><c>multipolar chart power -o FILE</c> (and <c>chart power A B</c>): material polarity, or a dyad's ratios.</summary>
public sealed class ChartPowerCommand : CliCommand<ChartPowerCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : StoreSettings
    {
        private static readonly Argument<string[]> StatesArgument = CliSymbols.Many("STATES", "Two states for their ratios A/B; none for material polarity.");
        private static readonly PeriodRangeOptions RangeOptions = new("YEAR", "First year (default 1946).", "Last year (default: the data's last).");

        /// <summary>States.</summary>
        public string[] States { get; private set; } = [];

        /// <summary>First year.</summary>
        public int? From { get; private set; }

        /// <summary>Last year.</summary>
        public int? To { get; private set; }

        /// <summary>The image.</summary>
        public string? Out { get; private set; }

        /// <inheritdoc />
        public override string? Validate() => ChartFile.Check(Out)
            ?? (States.Length is not (0 or 2) ? $"chart power takes no state or two, not {States.Length}." : new PeriodRange(null, From, To).Validate() ?? base.Validate());

        internal override void Declare(Command command)
        {
            base.Declare(command);
            command.Add(StatesArgument);
            RangeOptions.Declare(command);
            command.Add(ChartFile.Output);
        }

        internal override void Bind(ParseResult result)
        {
            base.Bind(result);
            States = result.GetValue(StatesArgument) ?? [];
            (_, From, To) = RangeOptions.Bind(result);
            Out = result.GetValue(ChartFile.Output);
        }
    }

    /// <inheritdoc />
    public override int Execute(Settings settings, CancellationToken cancellationToken)
    {
        using var store = settings.OpenStore();
        var data = store.LoadPower();
        if (data.IsEmpty)
        {
            throw new ArgumentException("the store holds no material-power data: run 'multipolar ingest ../shared/data/cow ../shared/data/worldbank' first.");
        }

        if (settings.States.Length == 2)
        {
            var a = CountryReference.Default.Resolve(settings.States[0]);
            var b = CountryReference.Default.Resolve(settings.States[1]);
            return ChartFile.Write(FigureViews.Ratios(a, b, PowerAnalysis.Ratios(data, a, b, settings.From ?? 1946, settings.To)), settings.Out!);
        }

        return ChartFile.Write(FigureViews.Power(PowerAnalysis.Series(data, settings.From ?? 1946, settings.To), []), settings.Out!);
    }
}

/// <summary>
/// <c>multipolar chart map STATE --year Y -o FILE</c>: every state's agreement with one state in a year, as a
/// ranked dot plot (the CLI has no map geometry; docs/charts.md says why).
/// </summary>
public sealed class ChartMapCommand : CliCommand<ChartMapCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : AlignmentSettings
    {
        private static readonly Argument<string> StateArgument = CliSymbols.Required("STATE", "The state every other is compared with.");
        private static readonly Option<int?> YearOption = CliSymbols.Int("--year", "YEAR", "The year. Required.");
        private static readonly Option<int> MinimumNOption = CliSymbols.Int("--min-n", "N", "Leave out states with fewer joint votes (default 10).", 10);

        /// <summary>State.</summary>
        public string State { get; private set; } = "";

        /// <summary>Year.</summary>
        public int? Year { get; private set; }

        /// <summary>Minimum joint votes.</summary>
        public int MinimumN { get; private set; } = 10;

        /// <summary>The image.</summary>
        public string? Out { get; private set; }

        /// <inheritdoc />
        public override string? Validate() => ChartFile.Check(Out) ?? (Year is null ? "--year is required, e.g. --year 2019." : base.Validate());

        internal override void Declare(Command command)
        {
            base.Declare(command);
            command.Add(StateArgument);
            command.Add(YearOption);
            command.Add(MinimumNOption);
            command.Add(ChartFile.Output);
        }

        internal override void Bind(ParseResult result)
        {
            base.Bind(result);
            State = result.GetValue(StateArgument) ?? "";
            Year = result.GetValue(YearOption);
            MinimumN = result.GetValue(MinimumNOption);
            Out = result.GetValue(ChartFile.Output);
        }
    }

    /// <inheritdoc />
    public override int Execute(Settings settings, CancellationToken cancellationToken)
    {
        var state = CountryReference.Default.Resolve(settings.State);
        var year = settings.Year!.Value;
        using var store = settings.OpenStore();
        var votes = store.LoadMatrix(settings.VotesQuery(year, year));
        if (votes.IndexOf(state) < 0)
        {
            throw new ArgumentException($"{state.Name} ({state.Iso3}) has no votes in {year}.");
        }

        var near = AlignmentEngine.Nearest(votes, state, year, settings.ParsedMeasure, settings.ParsedSlice, settings.Options, votes.States.Length, settings.MinimumN);
        var values = near.Most.Select(s => (s.State, s.Value.Value, s.Value.N)).ToArray();
        return ChartFile.Write(FigureViews.AgreementRanking(state, year, MeasureRegistry.Get(settings.ParsedMeasure), values, ChartFile.VoteCitations(store)), settings.Out!);
    }
}

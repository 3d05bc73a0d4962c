using System.CommandLine;
using Multipolar.Alignment;
using Multipolar.Blocs;
using Multipolar.Charts;
using Multipolar.Cli.Commands.Poles;
using Multipolar.Cli.Commands.Polarity;
using Multipolar.Cli.Parsing;
using Multipolar.Countries;
using Multipolar.Polarity;
using Multipolar.Poles;

namespace Multipolar.Cli.Commands.Charts;

/// <summary><c>multipolar chart profile STATE -o FILE</c>: a state's alignment with each pole per year in one slice (the options of <c>profile</c>; <c>--issue</c> all, the default, is all roll calls).</summary>
public sealed class ChartProfileCommand : CliCommand<ChartProfileCommand.Settings>
{
    /// <summary>Options: those of <c>profile</c> (poles, measure, issue, range), the state and the file.</summary>
    public sealed class Settings : PoleSettings
    {
        private static readonly Argument<string> StateArgument = CliSymbols.Required("STATE", "A state (any code or name).");

        /// <summary>State.</summary>
        public string State { get; private set; } = "";

        /// <summary>The image.</summary>
        public string? Out { get; private set; }

        /// <inheritdoc />
        public override string? Validate() => ChartFile.Check(Out) ?? base.Validate();

        internal override void Declare(Command command)
        {
            base.Declare(command);
            command.Add(StateArgument);
            command.Add(ChartFile.Output);
        }

        internal override void Bind(ParseResult result)
        {
            base.Bind(result);
            State = result.GetValue(StateArgument) ?? "";
            Out = result.GetValue(ChartFile.Output);
        }
    }

    /// <inheritdoc />
    public override int Execute(Settings settings, CancellationToken cancellationToken)
    {
        var state = CountryReference.Default.Resolve(settings.State);
        var poles = settings.Poles;
        using var store = settings.OpenStore();
        var votes = store.LoadMatrix(settings.VotesQuery(settings.First, settings.Last, [state, .. poles.Poles.Select(p => p.State)]));
        if (votes.IndexOf(state) < 0)
        {
            throw new ArgumentException($"{state.Name} ({state.Iso3}) has no votes in the store{settings.RangeText}.");
        }

        var table = PoleProfiles.Compute(votes, new ProfileQuery
        {
            Poles = poles,
            Measure = settings.ParsedMeasure,
            Slices = [settings.ParsedSlice],
            Options = settings.Options,
            From = settings.First,
            To = settings.Last,
            States = [state],
        });
        return ChartFile.Write(FigureViews.Profile(table, state, settings.ParsedSlice, ChartFile.VoteCitations(store)), settings.Out!);
    }
}

/// <summary><c>multipolar chart bloc BLOC -o FILE</c>: a bloc's cohesion per year (the options of <c>bloc</c>).</summary>
public sealed class ChartBlocCommand : CliCommand<ChartBlocCommand.Settings>
{
    /// <summary>Options: those of <c>bloc</c> (range, issue, choices, <c>--blocs</c>), the bloc and the file.</summary>
    public sealed class Settings : BlocSettings
    {
        private static readonly Argument<string> BlocArgument = CliSymbols.Required("BLOC", "A bloc code (BRICS, SCO, QUAD, G7, NATO, EU, ASEAN, C5, ARAB, AU, NAM, G77 or one of --blocs).");

        /// <summary>Bloc code.</summary>
        public string Bloc { get; private set; } = "";

        /// <summary>The image.</summary>
        public string? Out { get; private set; }

        /// <inheritdoc />
        public override string? Validate() => ChartFile.Check(Out) ?? base.Validate();

        internal override void Declare(Command command)
        {
            base.Declare(command);
            command.Add(BlocArgument);
            command.Add(ChartFile.Output);
        }

        internal override void Bind(ParseResult result)
        {
            base.Bind(result);
            Bloc = result.GetValue(BlocArgument) ?? "";
            Out = result.GetValue(ChartFile.Output);
        }
    }

    /// <inheritdoc />
    public override int Execute(Settings settings, CancellationToken cancellationToken)
    {
        var bloc = settings.Table()[settings.Bloc];
        using var store = settings.OpenStore();
        var votes = store.LoadMatrix(settings.VotesQuery(settings.First, settings.Last));
        var query = new BlocQuery { Slice = settings.ParsedSlice, Options = settings.Options, From = settings.First, To = settings.Last };
        var cohesion = BlocAnalysis.Cohesion(votes, bloc, query);
        if (cohesion.All(c => c.RollCalls == 0))
        {
            throw new ArgumentException($"{bloc.Code} has no roll call with two or more voting members{settings.RangeText} (founded {bloc.Founded:yyyy-MM-dd}).");
        }

        return ChartFile.Write(FigureViews.BlocCohesion(bloc, cohesion, ChartFile.VoteCitations(store)), settings.Out!);
    }
}

/// <summary><c>multipolar chart multialign --year Y -o FILE</c>: every state's multi-alignment index in a year, ranked.</summary>
public sealed class ChartMultialignCommand : CliCommand<ChartMultialignCommand.Settings>
{
    /// <summary>Options: those of <c>multialign</c> (poles, measure, year, minimum votes) and the file.</summary>
    public sealed class Settings : PoleSettings
    {
        private static readonly Option<int> MinVotesOption = CliSymbols.Int("--min-votes", "N", "Joint votes with every pole an issue area needs to count (default 10).", 10);

        /// <summary>Minimum joint votes per area.</summary>
        public int MinVotes { get; private set; } = 10;

        /// <summary>The image.</summary>
        public string? Out { get; private set; }

        /// <inheritdoc />
        public override string? Validate() => ChartFile.Check(Out)
            ?? (Year is null ? "--year is required, e.g. --year 2019." : MinVotes < 2 ? "--min-votes must be at least 2." : base.Validate());

        internal override void Declare(Command command)
        {
            base.Declare(command);
            command.Add(MinVotesOption);
            command.Add(ChartFile.Output);
        }

        internal override void Bind(ParseResult result)
        {
            base.Bind(result);
            MinVotes = result.GetValue(MinVotesOption);
            Out = result.GetValue(ChartFile.Output);
        }
    }

    /// <inheritdoc />
    public override int Execute(Settings settings, CancellationToken cancellationToken)
    {
        var period = settings.Year!.Value;
        var options = new MultiAlignmentOptions { MinVotes = settings.MinVotes };
        using var store = settings.OpenStore();
        var votes = store.LoadMatrix(settings.VotesQuery(period, period));
        var table = PoleProfiles.Compute(votes, MultiAlignment.QueryFor(settings.Poles, settings.ParsedMeasure, settings.Options, period, period, options));
        if (!table.Periods.Contains(period))
        {
            throw new ArgumentException($"no roll calls in the store in {period}.");
        }

        var figure = FigureViews.MultiAlignmentRanking(MultiAlignment.Rank(table, period, options), settings.Poles, period, options, ChartFile.VoteCitations(store));
        return ChartFile.Write(figure, settings.Out!);
    }
}

/// <summary><c>multipolar chart polarity -o FILE</c>: the effective number of poles per year (the options of <c>polarity</c>).</summary>
public sealed class ChartPolarityCommand : CliCommand<ChartPolarityCommand.Settings>
{
    /// <summary>Options: those of <c>polarity</c> and the file.</summary>
    public sealed class Settings : PolaritySettings
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
        using var store = settings.OpenStore();
        var votes = store.LoadMatrix(settings.VotesQuery(settings.First, settings.Last));
        var result = PolarityEngine.Compute(votes, settings.PolarityOptions, settings.ResolvedPoles(), settings.First, settings.Last);
        if (result.Years.IsEmpty)
        {
            throw new ArgumentException("no year with a network of two or more states in the range.");
        }

        return ChartFile.Write(FigureViews.Polarity(result, ChartFile.VoteCitations(store)), settings.Out!);
    }
}

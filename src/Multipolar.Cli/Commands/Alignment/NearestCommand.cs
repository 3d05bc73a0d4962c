using System.CommandLine;
using Multipolar.Alignment;
using Multipolar.Cli.Output;
using Multipolar.Countries;
using Multipolar.Data.Store;
using Spectre.Console;
using Multipolar.Cli.Parsing;

namespace Multipolar.Cli.Commands.Alignment;

/// <summary><c>multipolar nearest X --year Y</c>: the states most and least aligned with a state.</summary>
public sealed class NearestCommand : CliCommand<NearestCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : AlignmentSettings
    {
        private static readonly Argument<string> StateArgument = CliSymbols.Required("STATE", "A state (any code or name).");
        private static readonly Option<int?> YearOption = CliSymbols.Int("--year", "PERIOD", "The year (or session with --by session). Required.");
        private static readonly Option<int> CountOption = CliSymbols.Int("--count", "N", "How many states at each end (default 10).", 10);
        private static readonly Option<int> MinimumNOption = CliSymbols.Int("--min-n", "N", "Leave out states with fewer joint votes (default 10).", 10);

        /// <summary>State.</summary>
        public string State { get; private set; } = "";

        /// <summary>Period.</summary>
        public int? Year { get; private set; }

        /// <summary>How many.</summary>
        public int Count { get; private set; } = 10;

        /// <summary>Minimum joint votes.</summary>
        public int MinimumN { get; private set; } = 10;

        /// <inheritdoc />
        public override string? Validate() =>
            Year is null ? "--year is required, e.g. --year 2019."
            : Count < 1 ? "--count must be at least 1."
            : base.Validate();

        internal override void Declare(Command command)
        {
            base.Declare(command);
            command.Add(StateArgument);
            command.Add(YearOption);
            command.Add(CountOption);
            command.Add(MinimumNOption);
        }

        internal override void Bind(ParseResult result)
        {
            base.Bind(result);
            State = result.GetValue(StateArgument) ?? "";
            Year = result.GetValue(YearOption);
            Count = result.GetValue(CountOption);
            MinimumN = result.GetValue(MinimumNOption);
        }
    }

    /// <inheritdoc />
    public override int Execute(Settings settings, CancellationToken cancellationToken)
    {
        var state = CountryReference.Default.Resolve(settings.State);
        var period = settings.Year!.Value;
        var measure = settings.ParsedMeasure;
        var slice = settings.ParsedSlice;
        using var store = settings.OpenStore();
        var votes = store.LoadMatrix(settings.VotesQuery(period, period));
        if (votes.IndexOf(state) < 0)
        {
            throw new ArgumentException($"{state.Name} ({state.Iso3}) has no votes in {period}.");
        }

        var near = AlignmentEngine.Nearest(votes, state, period, measure, slice, settings.Options, settings.Count, settings.MinimumN);
        var key = MeasureRegistry.Get(measure).Key;
        var t = settings.Format == OutputFormat.Table
            ? new Tabular(
                $"Most and least aligned with {state.Name} ({state.Iso3}), {period}, {key}, {slice.Key}",
                [new("group", "Group"), new("rank", "Rank", true), new("state_b", "ISO3"), new("name_b", "Country"), new("value", key, true), new("n", "N", true)])
            : TidyColumns.DyadTable($"Most and least aligned with {state.Iso3}", new TabularColumn("name_b", "Country"), new TabularColumn("group", "Group"), new TabularColumn("rank", "Rank", true));
        foreach (var (group, list) in new[] { ("most", near.Most), ("least", near.Least) })
        {
            var rank = 0;
            foreach (var s in list)
            {
                rank++;
                if (settings.Format == OutputFormat.Table)
                {
                    t.Add(group, rank, s.State.Iso3, s.State.Name, s.Value.Value, s.Value.N);
                }
                else
                {
                    TidyColumns.AddDyad(t, new Dyad(state, s.State), settings.Options, period, measure, slice, s.Value, s.State.Name, group, rank);
                }
            }
        }

        t.Notes.Add(Markup.Escape($"options: measure={key} slice={slice.Key} {settings.Options}; states with fewer than {settings.MinimumN} joint votes left out"));
        TabularWriter.Write(t, settings.Format, Cli.Console);
        return 0;
    }
}

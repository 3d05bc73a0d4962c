using System.CommandLine;
using Multipolar.Alignment;
using Multipolar.Cli.Output;
using Multipolar.Data.Store;
using Spectre.Console;
using Multipolar.Cli.Parsing;

namespace Multipolar.Cli.Commands.Alignment;

/// <summary><c>multipolar matrix --year Y</c>: the all-pairs matrix of one period.</summary>
public sealed class MatrixCommand : CliCommand<MatrixCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : AlignmentSettings
    {
        private static readonly Option<int?> YearOption = CliSymbols.Int("--year", "PERIOD", "The year (or, with --by session, the session). Required.");
        private static readonly Option<bool> LongOption = CliSymbols.Flag("--long", "Table: one row per pair instead of a square matrix (csv and json are always one row per pair).");

        /// <summary>Period.</summary>
        public int? Year { get; private set; }

        /// <summary>Long layout.</summary>
        public bool Long { get; private set; }

        /// <inheritdoc />
        public override string? Validate() =>
            Year is null ? "--year is required, e.g. --year 2019." : base.Validate();

        internal override void Declare(Command command)
        {
            base.Declare(command);
            command.Add(YearOption);
            command.Add(LongOption);
        }

        internal override void Bind(ParseResult result)
        {
            base.Bind(result);
            Year = result.GetValue(YearOption);
            Long = result.GetValue(LongOption);
        }
    }

    /// <inheritdoc />
    public override int Execute(Settings settings, CancellationToken cancellationToken)
    {
        var period = settings.Year!.Value;
        var measure = settings.ParsedMeasure;
        var slice = settings.ParsedSlice;
        using var store = settings.OpenStore();
        var votes = store.LoadMatrix(settings.VotesQuery(period, period));
        var m = AlignmentEngine.PairMatrix(votes, period, measure, slice, settings.Options);

        // States that voted in the period (a row of all-undefined values says nothing).
        var states = Enumerable.Range(0, m.States.Length)
            .Where(i => Enumerable.Range(0, m.States.Length).Any(j => j != i && m[i, j].N > 0))
            .ToArray();
        if (states.Length == 0)
        {
            throw new ArgumentException($"No votes in {period} for slice '{slice.Key}'.");
        }

        var key = MeasureRegistry.Get(measure).Key;
        Tabular t;
        if (settings.Format != OutputFormat.Table)
        {
            // Scripts get the tidy layout (docs/output.md): one row per pair, named by both ISO3 codes.
            t = TidyColumns.DyadTable($"{key}, {period}, {slice.Key}");
            foreach (var i in states)
            {
                foreach (var j in states.Where(j => j > i))
                {
                    TidyColumns.AddDyad(t, new Dyad(m.States[i], m.States[j]), settings.Options, period, measure, slice, m[i, j]);
                }
            }
        }
        else if (settings.Long)
        {
            t = new Tabular($"{key}, {period}, {slice.Key}", [new("state_a", "A"), new("state_b", "B"), new("value", key, true), new("n", "N", true)]);
            foreach (var i in states)
            {
                foreach (var j in states)
                {
                    if (j > i)
                    {
                        t.Add(m.States[i].Iso3, m.States[j].Iso3, m[i, j].Value, m[i, j].N);
                    }
                }
            }
        }
        else
        {
            t = new Tabular($"{key}, {period}, {slice.Key}", [new("state", "ISO3"), .. states.Select(j => new TabularColumn(m.States[j].Iso3, m.States[j].Iso3, true))]);
            foreach (var i in states)
            {
                t.Add([m.States[i].Iso3, .. states.Select(j => (object?)m[i, j].Value)]);
            }
        }

        t.Notes.Add(Markup.Escape($"{states.Length} states; options: measure={key} slice={slice.Key} {settings.Options}"));
        TabularWriter.Write(t, settings.Format, Cli.Console);
        return 0;
    }
}

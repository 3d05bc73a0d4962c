using System.ComponentModel;
using Multipolar.Alignment;
using Multipolar.Cli.Output;
using Multipolar.Data.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Multipolar.Cli.Commands.Alignment;

/// <summary><c>multipolar matrix --year Y</c>: the all-pairs matrix of one period.</summary>
public sealed class MatrixCommand : Command<MatrixCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : AlignmentSettings
    {
        /// <summary>Period.</summary>
        [CommandOption("--year <PERIOD>")]
        [Description("The year (or, with --by session, the session). Required.")]
        public int? Year { get; init; }

        /// <summary>Long layout.</summary>
        [CommandOption("--long")]
        [Description("One row per pair (a, b, value, n) instead of a square matrix.")]
        public bool Long { get; init; }

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            Year is null ? ValidationResult.Error("--year is required, e.g. --year 2019.") : base.Validate();
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
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
        if (settings.Long)
        {
            t = new Tabular($"{key}, {period}, {slice.Key}", [new("a", "A"), new("b", "B"), new("value", key, true), new("n", "N", true)]);
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
            t = new Tabular($"{key}, {period}, {slice.Key}", [new("iso3", "ISO3"), .. states.Select(j => new TabularColumn(m.States[j].Iso3, m.States[j].Iso3, true))]);
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

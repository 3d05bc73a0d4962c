using Multipolar.Alignment;
using Multipolar.Cli.Output;
using Multipolar.Countries;
using Multipolar.Data.Store;
using Spectre.Console;
using Multipolar.Cli.Parsing;

namespace Multipolar.Cli.Commands.Alignment;

/// <summary><c>multipolar sensitivity A B</c>: one dyad's series under each measurement variant, side by side, with the spread.</summary>
public sealed class SensitivityCommand : CliCommand<DyadSettings>
{
    /// <inheritdoc />
    public override int Execute(DyadSettings settings, CancellationToken cancellationToken)
    {
        var (a, b) = settings.ResolveDyad();
        var measure = settings.ParsedMeasure;
        var slice = settings.ParsedSlice;
        using var store = settings.OpenStore();
        var votes = store.LoadMatrix(settings.VotesQuery(settings.From, settings.To, a, b));
        var table = AlignmentEngine.Sensitivity(votes, new Dyad(a, b), measure, slice, SensitivityVariant.Around(settings.Options));
        var key = MeasureRegistry.Get(measure).Key;
        var t = new Tabular(
            $"Sensitivity of {key}: {a.Name} ({a.Iso3}) – {b.Name} ({b.Iso3}), {slice.Key}",
            [new("period", settings.Options.Period == PeriodKind.Year ? "Year" : "Session", true),
             .. table.Variants.Select(v => new TabularColumn(v.Name.Replace('-', '_'), v.Name, true)),
             new("spread", "Spread", true)]);
        foreach (var row in table.Rows)
        {
            if (settings.From is int f && row.Period < f || settings.To is int to && row.Period > to)
            {
                continue;
            }

            t.Add([row.Period, .. row.Values.Select(v => (object?)v.Value), row.Spread]);
        }

        foreach (var v in table.Variants)
        {
            t.Notes.Add(Markup.Escape($"{v.Name}: {v.Options}"));
        }

        t.Notes.Add(Markup.Escape($"largest spread between variants: {table.MaxSpread:0.000}"));
        TabularWriter.Write(t, settings.Format, Cli.Console);
        return 0;
    }
}

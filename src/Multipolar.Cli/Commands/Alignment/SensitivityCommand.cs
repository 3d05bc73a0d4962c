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
        bool InRange(int p) => (settings.From is not int f || p >= f) && (settings.To is not int to || p <= to);
        if (settings.Format != OutputFormat.Table)
        {
            // Scripts get one row per period and variant, with the variant's options (docs/output.md).
            var tidy = TidyColumns.DyadTable($"Sensitivity of {key}: {a.Iso3}–{b.Iso3}", new TabularColumn("variant", "Variant"));
            tidy = new Tabular(tidy.Title, [.. tidy.Columns, new("spread", "Spread", true)]);
            foreach (var row in table.Rows.Where(r => InRange(r.Period)))
            {
                for (var v = 0; v < table.Variants.Length; v++)
                {
                    var o = table.Variants[v].Options;
                    tidy.Add([.. TidyColumns.DyadKeyValues(new Dyad(a, b), o, row.Period, measure, slice), table.Variants[v].Name,
                        row.Values[v].Value, row.Values[v].N, .. TidyColumns.OptionValues(o), row.Spread]);
                }
            }

            TabularWriter.Write(tidy, settings.Format, Cli.Console);
            return 0;
        }

        var t = new Tabular(
            $"Sensitivity of {key}: {a.Name} ({a.Iso3}) – {b.Name} ({b.Iso3}), {slice.Key}",
            [new("period", settings.Options.Period == PeriodKind.Year ? "Year" : "Session", true),
             .. table.Variants.Select(v => new TabularColumn(v.Name.Replace('-', '_'), v.Name, true)),
             new("spread", "Spread", true)]);
        foreach (var row in table.Rows.Where(r => InRange(r.Period)))
        {
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

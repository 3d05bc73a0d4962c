using System.Globalization;
using Multipolar.Alignment;
using Multipolar.Cli.Output;
using Multipolar.Countries;
using Multipolar.Data.Store;
using Spectre.Console;
using Multipolar.Cli.Parsing;

namespace Multipolar.Cli.Commands.Alignment;

/// <summary><c>multipolar align A B</c>: one dyad's alignment series.</summary>
public sealed class AlignCommand : CliCommand<DyadSettings>
{
    /// <inheritdoc />
    public override int Execute(DyadSettings settings, CancellationToken cancellationToken)
    {
        var (a, b) = settings.ResolveDyad();
        var measure = settings.ParsedMeasure;
        var slice = settings.ParsedSlice;
        var options = settings.Options;
        using var store = settings.OpenStore();
        var (series, source) = Series(store, settings, a, b, measure, slice, options);
        var info = MeasureRegistry.Get(measure);
        if (settings.Format != OutputFormat.Table)
        {
            var tidy = TidyColumns.DyadTable($"{info.Name}: {a.Iso3}–{b.Iso3}");
            foreach (var (period, value) in series)
            {
                TidyColumns.AddDyad(tidy, new Dyad(a, b), options, period, measure, slice, value);
            }

            TabularWriter.Write(tidy, settings.Format, Cli.Console);
            return 0;
        }

        var t = new Tabular(
            $"{info.Name}: {a.Name} ({a.Iso3}) – {b.Name} ({b.Iso3}), {slice.Key}",
            [new("period", options.Period == PeriodKind.Year ? "Year" : "Session", true), new("value", info.Key, true), new("n", "N", true), new("bar", "")]);
        foreach (var (period, value) in series)
        {
            t.Add(period, value.Value, value.N, Bar(value.Value, info.Range));
        }

        t.Notes.Add(Markup.Escape($"{Sparkline(series.Select(p => p.Value.Value))}  options: measure={info.Key} slice={slice.Key} {options}; {source}"));
        t.Notes.Add(Markup.Escape($"[{info.Citation}]"));
        TabularWriter.Write(t, settings.Format, Cli.Console);
        return 0;
    }

    /// <summary>
    /// The dyad's series over the periods with joint votes: read from the values <c>precompute</c>
    /// materialised when they hold these options (default, by year or session), else computed from the votes.
    /// </summary>
    internal static (IReadOnlyList<PeriodValue> Series, string Source) Series(
        VoteStore store, DyadSettings settings, Country a, Country b, Measure measure, Slice slice, AlignmentOptions options)
    {
        bool InRange(int p) => (settings.From is not int f || p >= f) && (settings.To is not int t || p <= t);
        if (options with { Period = default, DropUnanimous = false } == AlignmentOptions.Default && Slice.Standard.Contains(slice)
            && store.AlignmentSeries(a, b, measure, slice, options.Period, options.DropUnanimous) is { } stored)
        {
            return (stored.Where(p => InRange(p.Period)).ToArray(), "precomputed values");
        }

        var matrix = store.LoadMatrix(settings.VotesQuery(settings.From, settings.To, a, b));
        foreach (var state in (Country[])[a, b])
        {
            if (matrix.IndexOf(state) < 0)
            {
                throw new ArgumentException($"{state.Name} ({state.Iso3}) has no votes in the store{(settings.From is null && settings.To is null ? "" : " in that range")}.");
            }
        }

        var dyad = new Dyad(a, b);
        var result = AlignmentEngine.Compute(matrix, AlignmentQuery.ForDyad(dyad) with
        {
            Measures = [measure],
            Slices = [slice],
            Options = options,
            From = settings.From,
            To = settings.To,
        });
        return (result.Series(dyad, measure, slice).Where(p => p.Value.N > 0 && InRange(p.Period)).ToArray(), "computed from the votes");
    }

    /// <summary>A bar of 20 cells for a value on its measure's range (−1..1 or 0..1).</summary>
    internal static string Bar(double value, string range)
    {
        if (double.IsNaN(value))
        {
            return "";
        }

        var low = range.Contains('−', StringComparison.Ordinal) || range.Contains('-', StringComparison.Ordinal) ? -1.0 : 0.0;
        var cells = (int)Math.Round(Math.Clamp((value - low) / (1 - low), 0, 1) * 20);
        return new string('█', cells) + new string('·', 20 - cells);
    }

    /// <summary>A one-line sparkline of a series (▁ lowest to █ highest of the series; NaN as a space).</summary>
    internal static string Sparkline(IEnumerable<double> values)
    {
        const string blocks = "▁▂▃▄▅▆▇█";
        var list = values.ToArray();
        var defined = list.Where(v => !double.IsNaN(v)).ToArray();
        if (defined.Length == 0)
        {
            return "";
        }

        double min = defined.Min(), max = defined.Max();
        return string.Concat(list.Select(v => double.IsNaN(v) ? ' ' : blocks[max == min ? 3 : (int)Math.Round((v - min) / (max - min) * 7)]))
            + string.Create(CultureInfo.InvariantCulture, $"  ({min:0.00}–{max:0.00})");
    }
}

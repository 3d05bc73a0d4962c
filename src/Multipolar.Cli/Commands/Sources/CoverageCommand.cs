using Multipolar.Cli.Output;
using Multipolar.Data.Formats;
using Multipolar.Data.Reconciliation;
using Spectre.Console;
using Multipolar.Cli.Parsing;

namespace Multipolar.Cli.Commands.Sources;

/// <summary>
/// <c>multipolar coverage</c>: General Assembly roll calls per year and source, with the gaps named. The
/// table fits 80 columns: sources by their short label (<see cref="SourceLabel"/>), gaps by a marker, the
/// full gap explanations and the labels' files under it. CSV and JSON keep one column per source file and
/// the full gap text.
/// </summary>
public sealed class CoverageCommand : CliCommand<QuerySettings>
{
    /// <inheritdoc />
    public override int Execute(QuerySettings settings, CancellationToken cancellationToken)
    {
        using var store = settings.OpenStore();
        var years = store.Coverage();
        var files = years.SelectMany(y => y.BySource.Keys).Distinct().Order(StringComparer.Ordinal).ToArray();
        var formats = store.Sources().GroupBy(s => s.FileName).ToDictionary(g => g.Key, g => Enum.Parse<SourceFormat>(g.First().Format));
        var title = $"General Assembly coverage (data version {store.DataVersion})";
        var thin = years.Where(y => y.Thin).Select(y => y.Year).ToArray();
        var summary = $"Years {years.FirstOrDefault()?.Year}–{years.LastOrDefault()?.Year}; incomplete: {(thin.Length == 0 ? "none" : string.Join(", ", thin))}. " +
            $"Rule: fewer than {CoverageRule.ThinShare:P0} of the median of up to {CoverageRule.Window} years on each side, or no roll call in {CoverageRule.MissingMonths}+ months usual in those years (months with resolutions adopted without a vote excepted); the last year is partial when the record ends before December (docs/sources.md).";
        var t = settings.Format == OutputFormat.Table ? Table(title, years, files, formats) : Full(title, years, files);
        t.Notes.Add(Markup.Escape(summary));
        foreach (var d in store.IssueCodeDefects())
        {
            t.Notes.Add(Markup.Escape($"Issue codes: {d.Describe()} (docs/sources.md, Known source defects)."));
        }
        TabularWriter.Write(t, settings.Format, Cli.Console);
        return 0;
    }

    /// <summary>CSV and JSON: every source file and the full gap text (stable keys).</summary>
    private static Tabular Full(string title, IReadOnlyList<YearCoverage> years, string[] files)
    {
        var columns = new List<TabularColumn> { new("year", "Year"), new("rollcalls", "Roll calls", true) };
        columns.AddRange(files.Select(s => new TabularColumn(s, s, true)));
        columns.Add(new("complete", "Complete"));
        columns.Add(new("gap", "Gap"));
        columns.Add(new("gap_marker", "Gap marker"));
        var t = new Tabular(title, columns);
        foreach (var y in years)
        {
            var row = new List<object?> { y.Year, y.RollCalls };
            row.AddRange(files.Select(s => (object?)y.BySource.GetValueOrDefault(s)));
            row.Add(!y.Thin);
            row.Add(y.Gap);
            row.Add(y.GapMarker);
            t.Add([.. row]);
        }

        return t;
    }

    /// <summary>The console table: short source labels, a gap marker, the explanations as notes.</summary>
    private static Tabular Table(string title, IReadOnlyList<YearCoverage> years, string[] files, Dictionary<string, SourceFormat> formats)
    {
        var labelOf = files.ToDictionary(f => f, f => formats.TryGetValue(f, out var format) ? SourceLabel.Of(format, f) : f);
        var labels = labelOf.Values.Distinct().Order(StringComparer.Ordinal).ToArray();
        // Headers break after the family ("undl" over "1946-2021") so that the table fits 80 columns.
        var columns = new List<TabularColumn> { new("year", "Year"), new("rollcalls", "Roll\ncalls", true) };
        columns.AddRange(labels.Select(l => new TabularColumn(l, l.IndexOf('-', StringComparison.Ordinal) is var i and > 0 ? $"{l[..i]}\n{l[(i + 1)..]}" : l, true)));
        columns.Add(new("gap", "Gap"));
        var t = new Tabular(title, columns);
        foreach (var y in years)
        {
            var row = new List<object?> { y.Year, y.RollCalls };
            row.AddRange(labels.Select(l => (object?)files.Where(f => labelOf[f] == l).Sum(f => y.BySource.GetValueOrDefault(f))));
            row.Add(y.GapMarker);
            t.Add([.. row]);
        }

        t.Notes.Add(Markup.Escape("Sources: " + string.Join("; ", labels.Select(l => $"{l} = {string.Join(", ", files.Where(f => labelOf[f] == l))}")) + "."));
        foreach (var y in years.Where(y => y.Gap is not null))
        {
            t.Notes.Add(Markup.Escape($"{y.Year} ({y.GapMarker}): {y.Gap}"));
        }

        return t;
    }
}

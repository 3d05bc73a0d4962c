using Multipolar.Cli.Output;
using Multipolar.Data.Reconciliation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Multipolar.Cli.Commands.Sources;

/// <summary><c>multipolar coverage</c>: General Assembly roll calls per year and source, with the gaps named.</summary>
public sealed class CoverageCommand : Command<QuerySettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, QuerySettings settings, CancellationToken cancellationToken)
    {
        using var store = settings.OpenStore();
        var years = store.Coverage();
        var sources = years.SelectMany(y => y.BySource.Keys).Distinct().Order(StringComparer.Ordinal).ToArray();
        var columns = new List<TabularColumn> { new("year", "Year"), new("rollcalls", "Roll calls", true) };
        columns.AddRange(sources.Select(s => new TabularColumn(s, s, true)));
        columns.Add(new("complete", "Complete"));
        columns.Add(new("gap", "Gap"));
        var t = new Tabular($"General Assembly coverage (data version {store.DataVersion})", columns);
        foreach (var y in years)
        {
            var row = new List<object?> { y.Year, y.RollCalls };
            row.AddRange(sources.Select(s => (object?)y.BySource.GetValueOrDefault(s)));
            row.Add(!y.Thin);
            row.Add(y.Gap);
            t.Add([.. row]);
        }

        var thin = years.Where(y => y.Thin).Select(y => y.Year).ToArray();
        t.Notes.Add(Markup.Escape($"Years {years.FirstOrDefault()?.Year}–{years.LastOrDefault()?.Year}; incomplete: {(thin.Length == 0 ? "none" : string.Join(", ", thin))}. " +
            $"Rule: fewer than {CoverageRule.ThinShare:P0} of the median of up to {CoverageRule.Window} years on each side, or no roll call in {CoverageRule.MissingMonths}+ months usual in those years (docs/sources.md)."));
        TabularWriter.Write(t, settings.Format, Cli.Console);
        return 0;
    }
}

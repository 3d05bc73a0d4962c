using System.Diagnostics;
using Multipolar.Alignment;
using Multipolar.Data.Store;
using Spectre.Console;
using Multipolar.Cli.Parsing;

namespace Multipolar.Cli.Commands.Alignment;

/// <summary>
/// <c>multipolar precompute</c>: materialises every measure for every dyad, year and session, and
/// standard slice (all, the six issues, important votes) into the store, and the slice <c>all</c> with unanimous
/// roll calls left out, for the dashboard, SQL users and <c>align</c> (which reads them when its options are the
/// defaults, with or without <c>--drop-unanimous</c>).
/// </summary>
public sealed class PrecomputeCommand : CliCommand<StoreSettings>
{
    /// <inheritdoc />
    public override int Execute(StoreSettings settings, CancellationToken cancellationToken)
    {
        using var store = settings.OpenStore(readOnly: false);
        var started = Stopwatch.StartNew();
        long rows = 0;
        long cells = 0;
        var console = Cli.Console.Ansi;
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var load = ctx.AddTask("Loading votes", maxValue: 1);
                var compute = ctx.AddTask("Computing", maxValue: 4, autoStart: false);
                var write = ctx.AddTask("Writing", maxValue: 1, autoStart: false);
                var votes = store.LoadMatrix(new MatrixQuery { WithText = false });
                load.Value = 1;
                compute.StartTask();

                // One result at a time: only one (≈ 600 MB) is alive while it is written. Default options by year
                // and by session over the standard slices, and the same for the slice 'all' with unanimous roll
                // calls left out (Voeten's agreement scores, docs/measures.md).
                IEnumerable<AlignmentResult> Results()
                {
                    foreach (var (kind, drop) in new[] { (PeriodKind.Year, false), (PeriodKind.Session, false), (PeriodKind.Year, true), (PeriodKind.Session, true) })
                    {
                        var label = $"{kind.ToString().ToLowerInvariant()}s{(drop ? ", unanimous dropped" : "")}";
                        compute.Description = $"Computing ({label})";
                        var result = AlignmentEngine.Compute(votes, new AlignmentQuery
                        {
                            Measures = MeasureRegistry.Measures,
                            Slices = drop ? [Slice.All] : [.. Slice.Standard],
                            Options = AlignmentOptions.Default with { Period = kind, DropUnanimous = drop },
                        });
                        cells += (long)result.Dyads.Length * result.Periods.Length * result.Slices.Length * result.Measures.Length;
                        compute.Increment(1);
                        write.StartTask();
                        write.Description = $"Writing ({label})";
                        yield return result;
                    }
                }

                rows = store.WriteAlignment(Results(), f => write.Value = f);
            });
        console.MarkupLine($"Computed {cells:N0} cells (measure × slice × period × dyad, years and sessions, unanimous votes kept and, for all votes, dropped); stored {rows:N0} dyad-period-slice rows with joint votes in {started.Elapsed.TotalSeconds:0.0} s.");
        return 0;
    }
}

using System.Diagnostics;
using Multipolar.Alignment;
using Multipolar.Data.Store;
using Spectre.Console;
using Multipolar.Cli.Parsing;

namespace Multipolar.Cli.Commands.Alignment;

/// <summary>
/// <c>multipolar precompute</c>: materialises the contingency tables, from which every measure follows, of every
/// dyad, year and session, and standard slice (all, the six issues, important votes) into the store, and the slice
/// <c>all</c> with unanimous roll calls left out, for <c>align</c> (which reads them when its options are the
/// defaults, with or without <c>--drop-unanimous</c>).
/// </summary>
public sealed class PrecomputeCommand : CliCommand<StoreSettings>
{
    /// <inheritdoc />
    public override int Execute(StoreSettings settings, CancellationToken cancellationToken)
    {
        using var store = settings.OpenStore(readOnly: false);
        var started = Stopwatch.StartNew();
        (long Rows, long Cells) stored = default;
        var computing = new Stopwatch();
        var console = Cli.Console.Ansi;
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var load = ctx.AddTask("Loading votes", maxValue: 1);
                var compute = ctx.AddTask("Tabulating", maxValue: 4, autoStart: false);
                var write = ctx.AddTask("Writing", maxValue: 1, autoStart: false);
                var votes = store.LoadMatrix(new MatrixQuery { WithText = false });
                load.Value = 1;
                compute.StartTask();

                // One set of tables at a time: only one (≈ 200 MB) is alive while it is written. Default options by
                // year and by session over the standard slices, and the same for the slice 'all' with unanimous roll
                // calls left out (Voeten's agreement scores, docs/measures.md).
                IEnumerable<ContingencyTables> Results()
                {
                    foreach (var (kind, drop) in new[] { (PeriodKind.Year, false), (PeriodKind.Session, false), (PeriodKind.Year, true), (PeriodKind.Session, true) })
                    {
                        var label = $"{kind.ToString().ToLowerInvariant()}s{(drop ? ", unanimous dropped" : "")}";
                        compute.Description = $"Tabulating ({label})";
                        computing.Start();
                        var result = AlignmentEngine.Tabulate(votes, new AlignmentQuery
                        {
                            Slices = drop ? [Slice.All] : [.. Slice.Standard],
                            Options = AlignmentOptions.Default with { Period = kind, DropUnanimous = drop },
                        });
                        computing.Stop();
                        compute.Increment(1);
                        write.StartTask();
                        write.Description = $"Writing ({label})";
                        yield return result;
                    }
                }

                stored = store.WriteAlignment(Results(), f => write.Value = f);
            });
        console.MarkupLine($"Stored {stored.Cells:N0} dyad-period-slice contingency tables with joint votes (years and sessions, unanimous votes kept and, for all votes, dropped; every measure follows from them) in {stored.Rows:N0} dyad series in {started.Elapsed.TotalSeconds:0.0} s (tabulating {computing.Elapsed.TotalSeconds:0.0} s of it).");
        return 0;
    }
}

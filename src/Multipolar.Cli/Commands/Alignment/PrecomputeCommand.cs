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
        var tabulating = TimeSpan.Zero;
        var console = Cli.Console.Ansi;
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var load = ctx.AddTask("Loading votes", maxValue: 1);
                var compute = ctx.AddTask("Tabulating", maxValue: 1, autoStart: false);
                var write = ctx.AddTask("Writing", maxValue: 1, autoStart: false);
                var votes = store.LoadMatrix(new MatrixQuery { WithText = false });
                load.Value = 1;
                Timings.Mark("votes loaded");
                compute.StartTask();

                // Each set of tables is computed while the previous one is written (at most two in memory). Default
                // options by year and by session over the standard slices, each in two halves of the slices (so that
                // the first write starts after half a tabulation: the write is the longer of the two), and the same
                // for the slice 'all' with unanimous roll calls left out (Voeten's agreement scores, docs/measures.md).
                long tabulatingTicks = 0;
                Slice[] standard = [.. Slice.Standard];
                Slice[][] halves = [standard[..(standard.Length / 2)], standard[(standard.Length / 2)..]];
                Func<ContingencyTables> Tabulation(PeriodKind kind, bool drop, Slice[] slices) => () =>
                {
                    var watch = Stopwatch.StartNew();
                    var tables = AlignmentEngine.Tabulate(votes, new AlignmentQuery
                    {
                        Slices = [.. slices],
                        Options = AlignmentOptions.Default with { Period = kind, DropUnanimous = drop },
                    });
                    Interlocked.Add(ref tabulatingTicks, watch.Elapsed.Ticks);
                    Timings.Mark($"tabulated by {kind}{(drop ? ", unanimous dropped" : "")}, {slices.Length} slices, in {watch.Elapsed.TotalMilliseconds:F0} ms");
                    compute.Increment(1);
                    return tables;
                };

                Func<ContingencyTables>[] units =
                [
                    .. halves.Select(h => Tabulation(PeriodKind.Year, false, h)),
                    .. halves.Select(h => Tabulation(PeriodKind.Session, false, h)),
                    Tabulation(PeriodKind.Year, true, [Slice.All]),
                    Tabulation(PeriodKind.Session, true, [Slice.All]),
                ];
                compute.MaxValue = units.Length;
                write.StartTask();
                stored = store.WriteAlignment(units, f => write.Value = f);
                tabulating = TimeSpan.FromTicks(tabulatingTicks);
                Timings.Mark("written and committed");
            });
        console.MarkupLine($"Stored {stored.Cells:N0} dyad-period-slice contingency tables with joint votes (years and sessions, unanimous votes kept and, for all votes, dropped; every measure follows from them) in {stored.Rows:N0} dyad series in {started.Elapsed.TotalSeconds:0.0} s (tabulating {tabulating.TotalSeconds:0.0} s of it, alongside the writing).");
        return 0;
    }
}

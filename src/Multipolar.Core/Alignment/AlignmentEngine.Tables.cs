using Multipolar.Votes;

namespace Multipolar.Alignment;

public static partial class AlignmentEngine
{
    /// <summary>
    /// The contingency tables of <paramref name="query"/>'s dyads, slices and periods (its measures are ignored):
    /// the same tables <see cref="Compute(VoteMatrix, AlignmentQuery)"/> evaluates, so every measure evaluated
    /// from them with the query's options equals that result's value exactly.
    /// </summary>
    /// <exception cref="ArgumentException">As <see cref="Compute(VoteMatrix, AlignmentQuery)"/>; or a cell holds more than 65,535 roll calls.</exception>
    public static ContingencyTables Tabulate(VoteMatrix matrix, AlignmentQuery query)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(query);
        query.Options.Validate(nameof(query));
        var (dyads, rowA, rowB) = Prepare(matrix, query);
        var plan = AlignmentPlan.Build(matrix, query.Slices, query.Options, query.From, query.To);
        if (plan.Columns.Any(c => c.Length > ushort.MaxValue))
        {
            AlignmentThrow.Argument(nameof(query), "A cell holds more than 65,535 roll calls; its counts do not fit the tables.");
        }

        var (packed, slotA, slotB) = Pack(matrix, plan, rowA, rowB);

        // Work items (slice, dyad block); within one, dyad by dyad and period by period, so that each dyad's
        // series is written in one sequential run of the [slice][dyad][period][9] layout.
        var (periods, dyadCount) = (plan.Periods.Length, rowA.Length);
        var counts = GC.AllocateUninitializedArray<ushort>(checked(plan.Slices.Length * dyadCount * periods * ContingencyTables.CountsPerTable));
        const int block = 1024;
        var blocks = Math.Max(1, (dyadCount + block - 1) / block);
        Parallel.For(0, plan.Slices.Length * blocks, ParallelWork.OnCurrentScheduler, item =>
        {
            var s = item / blocks;
            var last = Math.Min(dyadCount, (item % blocks * block) + block);
            for (var d = item % blocks * block; d < last; d++)
            {
                var series = counts.AsSpan(((s * dyadCount) + d) * periods * ContingencyTables.CountsPerTable, periods * ContingencyTables.CountsPerTable);
                for (var p = 0; p < periods; p++)
                {
                    var t = packed[(s * periods) + p].Table(slotA[d], slotB[d]);
                    var c = series.Slice(p * ContingencyTables.CountsPerTable, ContingencyTables.CountsPerTable);
                    (c[0], c[1], c[2]) = ((ushort)t.YesYes, (ushort)t.YesAbstain, (ushort)t.YesNo);
                    (c[3], c[4], c[5]) = ((ushort)t.AbstainYes, (ushort)t.AbstainAbstain, (ushort)t.AbstainNo);
                    (c[6], c[7], c[8]) = ((ushort)t.NoYes, (ushort)t.NoAbstain, (ushort)t.NoNo);
                }
            }
        });

        return new ContingencyTables(query.Options, [.. plan.Slices], [.. plan.Periods], dyads, counts);
    }
}

using System.Collections.Immutable;
using Multipolar.Votes;

namespace Multipolar.Alignment;

/// <summary>
/// The fast alignment engine: measures for many dyads, slices and periods from a <see cref="VoteMatrix"/>.
/// </summary>
/// <remarks>
/// <para>Method: for every cell (slice × period) the votes of each state are packed into three bitsets
/// (yes, abstain, no) over the cell's roll calls; a dyad's 3 × 3 <see cref="ContingencyTable"/> is nine
/// popcounts of ANDs, and every measure is a function of that table (<see cref="MeasureFormulas"/>).
/// Cells are packed, then (cell, dyad-block) work items are computed in parallel.</para>
/// <para>The results equal <see cref="ReferenceAlignment"/>'s to rounding (tested to 1e-12).</para>
/// <para>Pure and thread-safe: the inputs are immutable and each call allocates its own result.</para>
/// </remarks>
public static partial class AlignmentEngine
{
    private const int DyadBlock = 4096;

    /// <summary>Computes <paramref name="query"/>'s measures for its dyads, slices and periods.</summary>
    /// <example>RUS–CHN κ per year on human rights:
    /// <code>
    /// var dyad = new Dyad(countries["RUS"], countries["CHN"]);
    /// var result = AlignmentEngine.Compute(matrix, AlignmentQuery.ForDyad(dyad) with
    /// {
    ///     Measures = [Measure.Kappa],
    ///     Slices = [Slice.Of(IssueArea.HumanRights)],
    /// });
    /// foreach (var (year, value) in result.Series(dyad, Measure.Kappa, Slice.Of(IssueArea.HumanRights))) { ... }
    /// </code></example>
    /// <exception cref="ArgumentException">A dyad names a state not in the matrix, no slice is given, a measure or
    /// option is undefined, or From is after To.</exception>
    public static AlignmentResult Compute(VoteMatrix matrix, AlignmentQuery query)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(query);
        query.Options.Validate(nameof(query));
        var measures = query.Measures.IsDefaultOrEmpty ? MeasureRegistry.Measures : query.Measures;
        foreach (var m in measures)
        {
            if (!Enum.IsDefined(m))
            {
                AlignmentThrow.Argument(nameof(query), $"Measures holds {(int)m}, which is not a measure; valid values are 0 to 5.");
            }
        }

        var (dyads, rowA, rowB) = Prepare(matrix, query);
        return ComputeRows(matrix, measures, dyads, rowA, rowB, query.Slices, query.Options, query.From, query.To);
    }

    /// <summary>Checks <paramref name="query"/>'s slices and period range; its dyads as matrix rows (all pairs when it names none).</summary>
    private static (ImmutableArray<Dyad> Dyads, int[] RowA, int[] RowB) Prepare(VoteMatrix matrix, AlignmentQuery query)
    {
        if (query.Slices.IsDefaultOrEmpty)
        {
            AlignmentThrow.Argument(nameof(query), "Slices is empty; give at least one slice, e.g. Slice.All.");
        }

        if (query.From > query.To)
        {
            AlignmentThrow.Argument(nameof(query), $"From ({query.From}) is after To ({query.To}).");
        }

        var (rowA, rowB) = ResolveDyads(matrix, query.Dyads);
        var dyads = query.Dyads.IsDefaultOrEmpty
            ? [.. rowA.Select((a, i) => new Dyad(matrix.States[a], matrix.States[rowB[i]]))]
            : query.Dyads;
        return (dyads, rowA, rowB);
    }

    /// <summary>
    /// Packs every cell's votes of the rows the dyads use (only those: slot i holds row slotRows[i]); the dyads'
    /// two slots.
    /// </summary>
    private static (VoteBits[] Packed, int[] SlotA, int[] SlotB) Pack(VoteMatrix matrix, AlignmentPlan plan, int[] rowA, int[] rowB)
    {
        var slotOfRow = new int[matrix.States.Length];
        Array.Fill(slotOfRow, -1);
        var rows = new List<int>();
        foreach (var r in rowA.Concat(rowB))
        {
            if (slotOfRow[r] < 0)
            {
                slotOfRow[r] = rows.Count;
                rows.Add(r);
            }
        }

        var slotRows = rows.ToArray();
        var packed = new VoteBits[plan.CellCount];
        Parallel.For(0, plan.CellCount, ParallelWork.OnCurrentScheduler, c => packed[c] = VoteBits.Build(matrix, slotRows, plan.Columns[c]));
        return (packed, Array.ConvertAll(rowA, r => slotOfRow[r]), Array.ConvertAll(rowB, r => slotOfRow[r]));
    }

    /// <summary>The validated core of <see cref="Compute(VoteMatrix, AlignmentQuery)"/>, on matrix rows.</summary>
    internal static AlignmentResult ComputeRows(
        VoteMatrix matrix,
        ImmutableArray<Measure> measures,
        ImmutableArray<Dyad> dyads,
        int[] rowA,
        int[] rowB,
        ImmutableArray<Slice> slices,
        AlignmentOptions options,
        int? from,
        int? to)
    {
        var plan = AlignmentPlan.Build(matrix, slices, options, from, to);
        var storage = new AlignmentStorage(measures.Length, plan.CellCount, dyads.Length);
        Fill(matrix, plan, rowA, rowB, measures, new Scoring(options), storage);
        return new AlignmentResult(matrix.States, options, measures, [.. plan.Slices], [.. plan.Periods], dyads, rowA, rowB, storage);
    }

    private static void Fill(VoteMatrix matrix, AlignmentPlan plan, int[] rowA, int[] rowB, ImmutableArray<Measure> measures, Scoring scoring, AlignmentStorage storage)
    {
        var (packed, slotA, slotB) = Pack(matrix, plan, rowA, rowB);
        var dyadCount = rowA.Length;
        var blocks = Math.Max(1, (dyadCount + DyadBlock - 1) / DyadBlock);
        var measureArray = measures.ToArray();
        Parallel.For(0, plan.CellCount * blocks, ParallelWork.OnCurrentScheduler, item =>
        {
            var cell = item / blocks;
            var first = item % blocks * DyadBlock;
            var last = Math.Min(dyadCount, first + DyadBlock);
            var bits = packed[cell];
            var offset = cell * dyadCount;
            Span<double> all = stackalloc double[MeasureFormulas.MeasureCount];
            for (var d = first; d < last; d++)
            {
                var i = offset + d;
                (storage.JointN[i], storage.YesNoN[i]) = MeasureFormulas.EvaluateAll(bits.Table(slotA[d], slotB[d]), scoring, all);
                for (var m = 0; m < measureArray.Length; m++)
                {
                    storage.Values[m][i] = all[(int)measureArray[m]];
                }
            }
        });
    }

    /// <summary>Matrix rows of each dyad; all pairs i &lt; j when <paramref name="dyads"/> is empty.</summary>
    internal static (int[] RowA, int[] RowB) ResolveDyads(VoteMatrix matrix, ImmutableArray<Dyad> dyads)
    {
        if (dyads.IsDefaultOrEmpty)
        {
            var n = matrix.States.Length;
            var count = n * (n - 1) / 2;
            var a = new int[count];
            var b = new int[count];
            var k = 0;
            for (var i = 0; i < n; i++)
            {
                for (var j = i + 1; j < n; j++)
                {
                    a[k] = i;
                    b[k++] = j;
                }
            }

            return (a, b);
        }

        var ra = new int[dyads.Length];
        var rb = new int[dyads.Length];
        for (var d = 0; d < dyads.Length; d++)
        {
            ra[d] = Row(matrix, dyads[d].A, d);
            rb[d] = Row(matrix, dyads[d].B, d);
        }

        return (ra, rb);

        static int Row(VoteMatrix matrix, Countries.Country? state, int d)
        {
            var row = state is null ? -1 : matrix.IndexOf(state);
            return row >= 0
                ? row
                : AlignmentThrow.Argument<int>("query", $"Dyads[{d}] names {state?.Iso3 ?? "null"}, which is not a state of the matrix.");
        }
    }
}

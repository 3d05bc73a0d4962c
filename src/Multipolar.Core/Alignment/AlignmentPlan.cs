using Multipolar.Votes;

namespace Multipolar.Alignment;

/// <summary>
/// The cells of a computation: for each slice and period, the matrix columns whose roll calls enter it
/// (the slice's roll calls of periods p − Window + 1 to p that pass <see cref="AlignmentOptions.FinalPassageOnly"/>).
/// </summary>
/// <remarks>Cell index = slice index × period count + period index. Immutable after construction.</remarks>
internal sealed class AlignmentPlan
{
    private AlignmentPlan(int[] periods, Slice[] slices, int[][] columns)
    {
        Periods = periods;
        Slices = slices;
        Columns = columns;
    }

    /// <summary>The reported periods, ascending: every period of a roll call of the matrix within [from, to].</summary>
    public int[] Periods { get; }

    public Slice[] Slices { get; }

    /// <summary>The matrix columns of each cell.</summary>
    public int[][] Columns { get; }

    public int CellCount => Columns.Length;

    public static AlignmentPlan Build(VoteMatrix matrix, IReadOnlyList<Slice> slices, AlignmentOptions options, int? from, int? to)
    {
        var rollCalls = matrix.RollCalls;
        var periodOf = new int?[rollCalls.Length];
        var periodSet = new SortedSet<int>();
        for (var r = 0; r < rollCalls.Length; r++)
        {
            periodOf[r] = options.PeriodOf(rollCalls[r]);
            if (periodOf[r] is int p && (from is null || p >= from) && (to is null || p <= to))
            {
                periodSet.Add(p);
            }
        }

        var periods = periodSet.ToArray();
        if (options.DropUnanimous)
        {
            // Left out of the cells, not of the periods: a period with only unanimous votes reports NaN, N = 0.
            for (var r = 0; r < rollCalls.Length; r++)
            {
                if (periodOf[r] is not null && matrix.IsUnanimous(r))
                {
                    periodOf[r] = null;
                }
            }
        }

        var columns = new int[slices.Count * periods.Length][];
        var window = options.Window;
        for (var s = 0; s < slices.Count; s++)
        {
            var byPeriod = new Dictionary<int, List<int>>();
            for (var r = 0; r < rollCalls.Length; r++)
            {
                if (periodOf[r] is int p && slices[s].Contains(rollCalls[r]))
                {
                    if (!byPeriod.TryGetValue(p, out var list))
                    {
                        byPeriod[p] = list = [];
                    }

                    list.Add(r);
                }
            }

            for (var i = 0; i < periods.Length; i++)
            {
                var cell = new List<int>();
                for (var q = periods[i] - window + 1; q <= periods[i]; q++)
                {
                    if (byPeriod.TryGetValue(q, out var list))
                    {
                        cell.AddRange(list);
                    }
                }

                columns[(s * periods.Length) + i] = [.. cell];
            }
        }

        return new AlignmentPlan(periods, [.. slices], columns);
    }
}

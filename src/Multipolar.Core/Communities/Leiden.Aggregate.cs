using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Multipolar.Communities;

public static partial class Leiden
{
    /// <summary>The graph of the refined communities: edge weights added up, inside weights as self weights, strengths summed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static WeightedGraph Aggregate(WeightedGraph g, int[] refined, int count, Work work)
    {
        var n = g.NodeCount;
        int[] offsets = g.Offsets, targets = g.Targets, touched = work.Touched;
        double[] weights = g.Weights, weightTo = work.WeightTo;

        // The nodes grouped by refined community (a counting sort, each group in node order).
        var start = new int[count + 1];
        for (var v = 0; v < n; v++)
        {
            start[refined[v] + 1]++;
        }

        for (var a = 0; a < count; a++)
        {
            start[a + 1] += start[a];
        }

        var fill = start[..^1];
        var order = new int[n];
        for (var v = 0; v < n; v++)
        {
            order[fill[refined[v]]++] = v;
        }

        var (self, kPos, kNeg) = Summed(g, refined, count);

        // The rows are written to the scratch rows (no more entries than the graph's), then copied at their size.
        var newOffsets = new int[count + 1];
        int[] newTargets = work.RowTargets;
        double[] newWeights = work.RowWeights;
        var m = 0;
        for (var a = 0; a < count; a++)
        {
            var tick = work.NextTick();
            var seen = 0;
            foreach (var v in order.AsSpan(start[a], start[a + 1] - start[a]))
            {
                seen = Scatter(targets.AsSpan(offsets[v], offsets[v + 1] - offsets[v]), weights.AsSpan(offsets[v], offsets[v + 1] - offsets[v]), refined, tick, work, seen, a, ref self[a]);
            }

            for (var i = 0; i < seen; i++)
            {
                newTargets[m] = touched[i];
                newWeights[m++] = weightTo[touched[i]];
            }

            work.ClearWeights(seen);
            newOffsets[a + 1] = m;
        }

        return new WeightedGraph(newOffsets, newTargets[..m], newWeights[..m], self, kPos, kNeg);
    }

    /// <summary>
    /// <see cref="Aggregate"/> from the table <see cref="RefineTable"/> leaves (each refined community's weight to every node):
    /// the aggregate weight between refined communities a and b is the sum of a's table row over b's nodes, so each
    /// aggregate row costs one pass over the nodes instead of one over every member's row.
    /// </summary>
    /// <remarks>
    /// The labels of <paramref name="refined"/> are those <see cref="Relabel"/> gave (its map, in <see cref="Work.Map"/>,
    /// leads back to the table's rows). Two refined communities are joined when some edge joins their nodes: always when
    /// one of them holds a node joined to every other node, otherwise read off its members' rows. The weights are the same
    /// sums in another order.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static WeightedGraph AggregateTable(WeightedGraph g, int[] refined, int count, Work work)
    {
        var n = g.NodeCount;
        double[] table = work.RefinedTableFor(n), sum = work.WeightTo;
        int[] offsets = g.Offsets, targets = g.Targets, stamps = work.Stamp;
        var rowOf = LabelsBefore(count, n, work);
        var (self, kPos, kNeg) = Summed(g, refined, count);
        var joinedToAll = new bool[count];
        for (var v = 0; v < n; v++)
        {
            joinedToAll[refined[v]] |= offsets[v + 1] - offsets[v] == n - 1;
        }

        var newOffsets = new int[count + 1];
        int[] newTargets = work.RowTargets;
        double[] newWeights = work.RowWeights;
        var m = 0;
        for (var a = 0; a < count; a++)
        {
            SumByLabel(table.AsSpan(rowOf[a] * n, n), refined, sum);
            self[a] += sum[a] / 2;
            var tick = work.NextTick();
            if (!joinedToAll[a])
            {
                for (var v = 0; v < n; v++)
                {
                    if (refined[v] == a)
                    {
                        Mark(targets.AsSpan(offsets[v], offsets[v + 1] - offsets[v]), refined, tick, stamps);
                    }
                }
            }

            for (var b = 0; b < count; b++)
            {
                if (b != a && (joinedToAll[a] || stamps[b] == tick))
                {
                    newTargets[m] = b;
                    newWeights[m++] = sum[b];
                }
            }

            Array.Clear(sum, 0, count);
            newOffsets[a + 1] = m;
        }

        return new WeightedGraph(newOffsets, newTargets[..m], newWeights[..m], self, kPos, kNeg);
    }

    /// <summary>Each refined community's self weight (its nodes', before the weight inside it is added) and strengths.</summary>
    private static (double[] Self, double[] Positive, double[] Negative) Summed(WeightedGraph g, int[] refined, int count)
    {
        var self = new double[count];
        var kPos = new double[count];
        var kNeg = new double[count];
        for (var v = 0; v < refined.Length; v++)
        {
            var a = refined[v];
            self[a] += g.SelfWeights[v];
            kPos[a] += g.PositiveStrength[v];
            kNeg[a] += g.NegativeStrength[v];
        }

        return (self, kPos, kNeg);
    }

    /// <summary>Adds each entry of a table row into <paramref name="sum"/> at its node's label (labels below the sum's length).</summary>
    private static void SumByLabel(ReadOnlySpan<double> row, int[] label, double[] sum)
    {
        ref var labels = ref MemoryMarshal.GetArrayDataReference(label);
        ref var into = ref MemoryMarshal.GetArrayDataReference(sum);
        for (var t = 0; t < row.Length; t++)
        {
            Unsafe.Add(ref into, Unsafe.Add(ref labels, t)) += row[t];
        }
    }
}

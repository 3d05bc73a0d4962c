using System.Runtime.CompilerServices;

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
        var self = new double[count];
        var kPos = new double[count];
        var kNeg = new double[count];
        for (var v = 0; v < n; v++)
        {
            var a = refined[v];
            order[fill[a]++] = v;
            self[a] += g.SelfWeights[v];
            kPos[a] += g.PositiveStrength[v];
            kNeg[a] += g.NegativeStrength[v];
        }

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
}

namespace Multipolar.Communities;

public static partial class Leiden
{
    /// <summary>The graph of the refined communities: edge weights added up, inside weights as self weights, strengths summed.</summary>
    private static WeightedGraph Aggregate(WeightedGraph g, int[] refined, int count, Work work)
    {
        var n = g.NodeCount;
        int[] offsets = g.Offsets, targets = g.Targets, stamp = work.Stamp, touched = work.Touched;
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

        var newOffsets = new int[count + 1];
        // At most every ordered pair of aggregate nodes (far fewer than the edges on the dense networks' first level).
        var bound = (int)Math.Min(targets.Length, (long)count * (count - 1));
        var newTargets = new int[bound];
        var newWeights = new double[bound];
        var m = 0;
        for (var a = 0; a < count; a++)
        {
            var tick = work.NextTick();
            var seen = 0;
            for (var i = start[a]; i < start[a + 1]; i++)
            {
                var v = order[i];
                for (var e = offsets[v]; e < offsets[v + 1]; e++)
                {
                    var b = refined[targets[e]];
                    if (b == a)
                    {
                        self[a] += weights[e] / 2;
                    }
                    else if (stamp[b] != tick)
                    {
                        stamp[b] = tick;
                        weightTo[b] = weights[e];
                        touched[seen++] = b;
                    }
                    else
                    {
                        weightTo[b] += weights[e];
                    }
                }
            }

            for (var i = 0; i < seen; i++)
            {
                newTargets[m] = touched[i];
                newWeights[m++] = weightTo[touched[i]];
            }

            newOffsets[a + 1] = m;
        }

        Array.Resize(ref newTargets, m);
        Array.Resize(ref newWeights, m);
        return new WeightedGraph(newOffsets, newTargets, newWeights, self, kPos, kNeg);
    }
}

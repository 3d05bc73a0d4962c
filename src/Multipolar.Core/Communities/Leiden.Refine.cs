using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Multipolar.Communities;

public static partial class Leiden
{
    /// <summary>Algorithm A.2, RefinePartition and MergeNodesSubset: the refined partition (labels are node numbers).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[] Refine(WeightedGraph g, int[] membership, int communities, double aPos, double aNeg, double theta, Random random, Work work)
    {
        var n = g.NodeCount;
        int[] offsets = g.Offsets, targets = g.Targets, touched = work.Touched;
        double[] weights = g.Weights, weightTo = work.WeightTo;
        var refined = Enumerable.Range(0, n).ToArray();
        CountCommunities(g, membership, work);
        double[] cPos = work.CommunityPositive, cNeg = work.CommunityNegative;

        // Each node's row restricted to its community, in row order, and W(v, S − v), its weight to the rest of its community.
        int[] within = work.WithinOffsets, withinTargets = work.RowTargets;
        double[] withinWeights = work.RowWeights;
        var inner = new double[n];
        var end = 0;
        for (var v = 0; v < n; v++)
        {
            within[v] = end;
            var kept = KeepWithin(targets.AsSpan(offsets[v], offsets[v + 1] - offsets[v]), weights.AsSpan(offsets[v], offsets[v + 1] - offsets[v]), membership, membership[v], withinTargets.AsSpan(end), withinWeights.AsSpan(end));
            var sum = 0.0;
            foreach (var w in withinWeights.AsSpan(end, kept))
            {
                sum += w;
            }

            inner[v] = sum;

            end += kept;
        }

        within[n] = end;
        var rExternal = (double[])inner.Clone();
        var rPos = (double[])g.PositiveStrength.Clone();
        var rNeg = (double[])g.NegativeStrength.Clone();
        var rSize = new int[n];
        Array.Fill(rSize, 1);
        var order = Enumerable.Range(0, n).ToArray();
        random.Shuffle(order);
        int[] candidate = work.Candidate;
        double[] candidateGain = work.CandidateGain;
        foreach (var v in order)
        {
            var c = membership[v];
            if (rSize[refined[v]] != 1 || !WellConnected(rExternal[v], rPos[v], rNeg[v], cPos[c], cNeg[c], aPos, aNeg))
            {
                continue;
            }

            double vPos = g.PositiveStrength[v], vNeg = g.NegativeStrength[v];
            var tick = work.NextTick();
            int rowStart = within[v], rowLength = within[v + 1] - within[v];
            var seen = Scatter(withinTargets.AsSpan(rowStart, rowLength), withinWeights.AsSpan(rowStart, rowLength), refined, tick, work);

            var own = refined[v];
            candidate[0] = own;
            candidateGain[0] = 0;
            var count = 1;
            var maxGain = 0.0;
            for (var i = 0; i < seen; i++)
            {
                var r = touched[i];
                if (r == own || !WellConnected(rExternal[r], rPos[r], rNeg[r], cPos[c], cNeg[c], aPos, aNeg))
                {
                    continue;
                }

                var gain = weightTo[r] - (aPos * vPos * rPos[r]) + (aNeg * vNeg * rNeg[r]);
                if (gain >= 0)
                {
                    candidate[count] = r;
                    candidateGain[count++] = gain;
                    maxGain = Math.Max(maxGain, gain);
                }
            }

            var chosen = Sample(count, maxGain, theta, random, work);
            var toChosen = weightTo[chosen];
            work.ClearWeights(seen);
            if (chosen != own)
            {
                rExternal[chosen] += inner[v] - (2 * toChosen);
                rPos[chosen] += vPos;
                rNeg[chosen] += vNeg;
                rSize[chosen]++;
                rSize[own] = 0;
                refined[v] = chosen;
            }
        }

        return refined;
    }

    /// <summary>
    /// Copies the entries of one row whose target is in <paramref name="community"/> (by <paramref name="membership"/>) to the
    /// front of <paramref name="keptTargets"/> and <paramref name="keptWeights"/>, in row order; returns how many.
    /// </summary>
    /// <remarks>
    /// Without a branch: every entry is written at the end of the kept ones, which advances past it only when it is inside.
    /// Without bounds checks: targets are nodes of the graph (which <paramref name="membership"/> covers) and the outputs hold
    /// at least the row (the caller's scratch holds every entry of the graph).
    /// </remarks>
    private static int KeepWithin(ReadOnlySpan<int> targets, ReadOnlySpan<double> weights, int[] membership, int community, Span<int> keptTargets, Span<double> keptWeights)
    {
        ref var labels = ref MemoryMarshal.GetArrayDataReference(membership);
        ref var outTargets = ref MemoryMarshal.GetReference(keptTargets);
        ref var outWeights = ref MemoryMarshal.GetReference(keptWeights);
        var kept = 0;
        for (var e = 0; e < targets.Length; e++)
        {
            var u = targets[e];
            Unsafe.Add(ref outTargets, kept) = u;
            Unsafe.Add(ref outWeights, kept) = weights[e];
            kept += Unsafe.BitCast<bool, byte>(Unsafe.Add(ref labels, u) == community);
        }

        return kept;
    }

    /// <summary>
    /// The set (external weight <paramref name="external"/>, strengths <paramref name="pos"/>, <paramref name="neg"/>) is
    /// well connected to the rest of its community (strengths <paramref name="cPos"/>, <paramref name="cNeg"/>): the
    /// quality between them is non-negative.
    /// </summary>
    private static bool WellConnected(double external, double pos, double neg, double cPos, double cNeg, double aPos, double aNeg) =>
        external - ((aPos * pos * (cPos - pos)) - (aNeg * neg * (cNeg - neg))) >= -Epsilon;

    /// <summary>One of the first <paramref name="count"/> candidates of <paramref name="work"/>, drawn with probability ∝ exp((gain − max)/θ).</summary>
    /// <remarks>A candidate with (gain − max)/θ below −50 gets weight 0 instead of exp(·) &lt; 2e-22: the total is at least 1
    /// (the best candidate's weight) and the uniform draw has a grid of 2⁻⁵³ ≈ 1.1e-16, so such a weight is never drawn
    /// either way; skipping the exponential saves most of them on the dense networks.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Sample(int count, double maxGain, double theta, Random random, Work work)
    {
        int[] candidate = work.Candidate;
        if (count == 1)
        {
            return candidate[0];
        }

        double[] gains = work.CandidateGain, weight = work.CandidateWeight;
        var total = 0.0;
        for (var i = 0; i < count; i++)
        {
            var z = (gains[i] - maxGain) / theta;
            weight[i] = z < -50 ? 0 : Math.Exp(z);
            total += weight[i];
        }

        var x = random.NextDouble() * total;
        for (var i = 0; i < count; i++)
        {
            x -= weight[i];
            if (x <= 0)
            {
                return candidate[i];
            }
        }

        return candidate[count - 1];
    }
}

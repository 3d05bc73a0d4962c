using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Multipolar.Communities;

/// <summary>
/// Modularity maximisation with the Leiden algorithm (Traag, Waltman and van Eck 2019, "From Louvain to
/// Leiden: guaranteeing well-connected communities", Scientific Reports 9: 5233), on weighted and signed
/// graphs (signed modularity of Traag and Bruggeman 2009, <see cref="Modularity"/>).
/// </summary>
/// <remarks>
/// <para>Written by hand: no maintained .NET library implements Leiden. It follows the paper's
/// supplementary pseudo-code (Algorithms A.1–A.2): (1) fast local moving of nodes, visiting a queue that
/// starts with every node in random order and takes back the neighbours of a node that moved; each node
/// moves to the neighbouring (or an empty) community with the largest quality gain, if positive;
/// (2) refinement: within each community, starting from singletons, each well-connected node that is
/// still a singleton merges into a well-connected sub-community of its community, chosen at random with
/// probability ∝ exp(ΔH/θ) among those with ΔH ≥ 0 (θ = <see cref="LeidenOptions.Randomness"/>);
/// (3) aggregation on the refined partition, the aggregate's initial partition being the unrefined one.
/// The three steps repeat until local moving leaves every aggregate node on its own (or the refinement
/// merges nothing); the whole algorithm then repeats from its result up to
/// <see cref="LeidenOptions.MaxIterations"/> times, until an iteration changes nothing.</para>
/// <para>The quality is H = Σ_c [In_c − γ (K⁺_c)²/4w⁺ + γ (K⁻_c)²/4w⁻] (Q = 2H/(2w⁺ + 2w⁻)); moving node v
/// into community c gains W(v, c) − γ k⁺_v K⁺_c/2w⁺ + γ k⁻_v K⁻_c/2w⁻ minus the same for its own community
/// without it. "Well connected" (the paper's E(v, S − v) ≥ γ‖v‖(‖S‖ − ‖v‖)) is generalised to signed
/// weights as: the quality between the set and the rest of its community is non-negative, which is the
/// paper's condition when no weight is negative. As in the reference implementations, only neighbouring
/// communities are candidates.</para>
/// <para>The iterations stop when one leaves the partition unchanged or raises the quality by no more than
/// 1e-10, as leidenalg's <c>n_iterations &lt; 0</c> ("until an iteration in which there was no improvement").</para>
/// <para>Hot loops run over flat arrays (compressed rows, a circular node queue, stamped scratch arrays reused
/// across levels, a counting-sorted aggregation): on the Assembly's dense networks (every pair of states an
/// edge) each node visit reads its whole row. Dense graphs (at least a quarter of all pairs joined, as these networks
/// and their aggregates are) instead keep tables of every node's weight to every community and to every refined
/// community, updated at each move (Leiden.Table.cs, Leiden.RefineTable.cs, and the aggregation read off them): a visit
/// then costs one entry per community instead of a pass over the row; the partitions are the same (tested against the row
/// sums on random dense graphs). Split by step: Leiden.Refine.cs, Leiden.Aggregate.cs.</para>
/// <para>Deterministic for a given seed (System.Random's seeded generator); pure and thread-safe.</para>
/// </remarks>
public static partial class Leiden
{
    private const double Epsilon = 1e-12;

    /// <summary>An iteration that raises the quality by no more than this ends the repetition.</summary>
    private const double Improvement = 1e-10;

    /// <summary>Finds a partition of <paramref name="graph"/> of high modularity.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="options">Resolution, seed, randomness, iterations.</param>
    /// <param name="initial">A starting partition (community of each node), or empty to start from singletons.</param>
    /// <exception cref="ArgumentException">An option is out of range, or <paramref name="initial"/> does not fit the graph.</exception>
    public static Partition Run(WeightedGraph graph, LeidenOptions options = default, ReadOnlySpan<int> initial = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options.Validate();
        var n = graph.NodeCount;
        if (!initial.IsEmpty && initial.Length != n)
        {
            throw new ArgumentException($"initial has {initial.Length} entries for a graph of {n} nodes.", nameof(initial));
        }

        var membership = initial.IsEmpty ? Enumerable.Range(0, n).ToArray() : Partition.Canonical(initial);

        // Singletons: each community's inside weight is its node's self weight (no edge joins a node to itself), so
        // the quality follows in O(n) — the same value Modularity.Of computes with a pass over every edge.
        var quality = initial.IsEmpty
            ? Modularity.Quality(graph, graph.SelfWeights, graph.PositiveStrength, graph.NegativeStrength, options.Resolution)
            : Modularity.Of(graph, membership, options.Resolution);
        var random = new Random(options.Seed);
        var work = Work.For(graph);
        for (var iteration = 0; iteration < options.MaxIterations; iteration++)
        {
            var (next, q) = OneIteration(graph, membership, options, random, work);
            if (next.AsSpan().SequenceEqual(membership))
            {
                break;
            }

            var improved = q > quality + Improvement;
            if (q >= quality)
            {
                (membership, quality) = (next, q);
            }

            if (!improved)
            {
                break;
            }
        }

        var canonical = Partition.Canonical(membership);
        return new Partition([.. canonical], Modularity.Of(graph, canonical, options.Resolution), options.Resolution, options.Seed);
    }

    /// <summary>
    /// One pass of move, refine, aggregate until done; returns the canonical membership of the original nodes and
    /// its modularity, computed on the last aggregate graph (aggregation keeps the quality of a partition).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (int[] Membership, double Modularity) OneIteration(WeightedGraph original, int[] start, LeidenOptions options, Random random, Work work)
    {
        double gamma = options.Resolution, theta = options.Randomness;
        var (aPos, aNeg) = Modularity.NullFactors(original, gamma);
        var graph = original;
        var membership = (int[])start.Clone();
        var nodeOf = Enumerable.Range(0, original.NodeCount).ToArray();
        while (true)
        {
            var tables = !options.WithoutTables && UsesTable(graph);
            var rows = tables ? work.RowsOf(graph, ReferenceEquals(graph, original)) : [];
            if (tables)
            {
                MoveNodesTable(graph, membership, aPos, aNeg, random, work, rows);
            }
            else
            {
                MoveNodesFast(graph, membership, aPos, aNeg, random, work);
            }

            var communities = Relabel(membership, work);
            if (communities == graph.NodeCount)
            {
                break;
            }

            var refined = tables
                ? RefineTable(graph, membership, communities, aPos, aNeg, theta, random, work, rows)
                : Refine(graph, membership, communities, aPos, aNeg, theta, random, work);
            var refinedCount = Relabel(refined, work);
            if (refinedCount == graph.NodeCount)
            {
                break;
            }

            var aggregateMembership = new int[refinedCount];
            for (var v = 0; v < graph.NodeCount; v++)
            {
                aggregateMembership[refined[v]] = membership[v];
            }

            for (var o = 0; o < nodeOf.Length; o++)
            {
                nodeOf[o] = refined[nodeOf[o]];
            }

            graph = tables ? AggregateTable(graph, refined, refinedCount, work) : Aggregate(graph, refined, refinedCount, work);
            membership = aggregateMembership;
        }

        var result = new int[original.NodeCount];
        for (var o = 0; o < result.Length; o++)
        {
            result[o] = membership[nodeOf[o]];
        }

        return (Partition.Canonical(result), Modularity.Of(graph, membership, gamma));
    }

    /// <summary>Algorithm A.2, MoveNodesFast: moves nodes between communities while the quality rises.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MoveNodesFast(WeightedGraph g, int[] membership, double aPos, double aNeg, Random random, Work work)
    {
        var n = g.NodeCount;
        double[] kPos = work.CommunityPositive, kNeg = work.CommunityNegative, weightTo = work.WeightTo;
        int[] size = work.Size, empty = work.Empty, queue = work.Queue, touched = work.Touched;
        int[] offsets = g.Offsets, targets = g.Targets;
        double[] weights = g.Weights, pos = g.PositiveStrength, neg = g.NegativeStrength;
        var queued = work.Queued;
        CountCommunities(g, membership, work);

        // A stack of the empty communities, the lowest on top.
        var emptyCount = 0;
        for (var c = n - 1; c >= 0; c--)
        {
            if (size[c] == 0)
            {
                empty[emptyCount++] = c;
            }
        }

        StartQueue(n, random, work);
        int head = 0, count = n;
        while (count > 0)
        {
            var v = queue[head];
            head = head + 1 == n ? 0 : head + 1;
            count--;
            queued[v] = false;
            var own = membership[v];
            double vPos = pos[v], vNeg = neg[v];
            kPos[own] -= vPos;
            kNeg[own] -= vNeg;
            size[own]--;
            var tick = work.NextTick();
            int rowStart = offsets[v], rowEnd = offsets[v + 1];
            var seen = Scatter(targets.AsSpan(rowStart, rowEnd - rowStart), weights.AsSpan(rowStart, rowEnd - rowStart), membership, tick, work);

            var best = own;
            var bestGain = weightTo[own] - (aPos * vPos * kPos[own]) + (aNeg * vNeg * kNeg[own]);
            for (var i = 0; i < seen; i++)
            {
                var c = touched[i];
                var gain = weightTo[c] - (aPos * vPos * kPos[c]) + (aNeg * vNeg * kNeg[c]);
                if (gain > bestGain + Epsilon)
                {
                    best = c;
                    bestGain = gain;
                }
            }

            work.ClearWeights(seen);
            if (size[own] > 0 && bestGain < -Epsilon && emptyCount > 0)
            {
                best = empty[--emptyCount];
            }

            membership[v] = best;
            kPos[best] += vPos;
            kNeg[best] += vNeg;
            size[best]++;
            if (best == own)
            {
                continue;
            }

            if (size[own] == 0)
            {
                empty[emptyCount++] = own;
            }

            TakeBack(targets.AsSpan(rowStart, rowEnd - rowStart), membership, best, head, ref count, work);
        }
    }

    /// <summary>The positive and negative strength and the size of each community of <paramref name="membership"/>, into <paramref name="work"/>.</summary>
    private static void CountCommunities(WeightedGraph g, int[] membership, Work work)
    {
        var n = g.NodeCount;
        double[] kPos = work.CommunityPositive, kNeg = work.CommunityNegative, pos = g.PositiveStrength, neg = g.NegativeStrength;
        var size = work.Size;
        Array.Clear(kPos, 0, n);
        Array.Clear(kNeg, 0, n);
        Array.Clear(size, 0, n);
        for (var v = 0; v < n; v++)
        {
            kPos[membership[v]] += pos[v];
            kNeg[membership[v]] += neg[v];
            size[membership[v]]++;
        }
    }

    /// <summary>Local moving's circular queue, which holds each node at most once: every node, in random order.</summary>
    private static void StartQueue(int n, Random random, Work work)
    {
        for (var v = 0; v < n; v++)
        {
            work.Queue[v] = v;
            work.Queued[v] = true;
        }

        random.Shuffle(work.Queue.AsSpan(0, n));
    }

    /// <summary>
    /// Takes back into the queue (at its tail, <paramref name="count"/> entries after <paramref name="head"/>) the
    /// neighbours in <paramref name="row"/> of a node that moved, outside its new community <paramref name="best"/> and not
    /// queued already.
    /// </summary>
    /// <remarks>Without bounds checks on the node arrays: targets are nodes of the graph (which validates them).</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void TakeBack(ReadOnlySpan<int> row, int[] membership, int best, int head, ref int count, Work work)
    {
        ref var isQueued = ref MemoryMarshal.GetArrayDataReference(work.Queued);
        ref var community = ref MemoryMarshal.GetArrayDataReference(membership);
        var queue = work.Queue;
        var n = membership.Length;
        foreach (var u in row)
        {
            ref var q = ref Unsafe.Add(ref isQueued, u);
            if (!q && Unsafe.Add(ref community, u) != best)
            {
                q = true;
                var tail = head + count;
                queue[tail >= n ? tail - n : tail] = u;
                count++;
            }
        }
    }

    /// <summary>
    /// Adds up one row's weights by the label of each target (<paramref name="label"/>) into
    /// <see cref="Work.WeightTo"/>, listing each label once in <see cref="Work.Touched"/> (stamped with
    /// <paramref name="tick"/>); returns how many labels. The innermost loop of local moving and refinement on the
    /// dense networks. <see cref="Work.WeightTo"/> is zero outside a scan: the caller clears it with
    /// <see cref="Work.ClearWeights"/>.
    /// </summary>
    /// <remarks>
    /// Without branches on the labels (a label seen before and a new one take the same path: its weight is added to
    /// WeightTo, zero or not, and the label written to the next free slot of Touched, which advances only when the
    /// label is new) and without bounds checks (<see cref="Unsafe.Add{T}(ref T, int)"/>): targets are node numbers of
    /// the graph and labels are below its node count, which every caller's arrays are sized for (the graph validates
    /// its targets). The sums are the same, term by term, as with a branch: 0 + w is w.
    /// </remarks>
    private static int Scatter(ReadOnlySpan<int> targets, ReadOnlySpan<double> weights, int[] label, int tick, Work work)
    {
        var none = 0.0;
        return Scatter(targets, weights, label, tick, work, 0, -1, ref none);
    }

    /// <summary>
    /// <see cref="Scatter(ReadOnlySpan{int}, ReadOnlySpan{double}, int[], int, Work)"/> continuing a scan that has
    /// <paramref name="seen"/> labels so far, with half the weight to label <paramref name="own"/> added to
    /// <paramref name="inside"/> instead (the aggregation: <paramref name="own"/> is the aggregate node whose members'
    /// rows are scanned; −1 for none).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Scatter(ReadOnlySpan<int> targets, ReadOnlySpan<double> weights, int[] label, int tick, Work work, int seen, int own, ref double inside)
    {
        ref var labels = ref MemoryMarshal.GetArrayDataReference(label);
        ref var stamps = ref MemoryMarshal.GetArrayDataReference(work.Stamp);
        ref var weightTo = ref MemoryMarshal.GetArrayDataReference(work.WeightTo);
        ref var touched = ref MemoryMarshal.GetArrayDataReference(work.Touched);
        for (var e = 0; e < targets.Length; e++)
        {
            var c = Unsafe.Add(ref labels, targets[e]);
            if (c == own)
            {
                inside += weights[e] / 2;
                continue;
            }

            ref var stamp = ref Unsafe.Add(ref stamps, c);
            Unsafe.Add(ref touched, seen) = c;
            seen += Unsafe.BitCast<bool, byte>(stamp != tick);
            stamp = tick;
            Unsafe.Add(ref weightTo, c) += weights[e];
        }

        return seen;
    }

    /// <summary>
    /// The label each of the <paramref name="count"/> labels the last <see cref="Relabel"/> (of <paramref name="nodes"/>
    /// labels) gave had before it, read off its map in <see cref="Work.Map"/>: the rows of a table kept under the old labels.
    /// </summary>
    private static int[] LabelsBefore(int count, int nodes, Work work)
    {
        var before = new int[count];
        for (var old = 0; old < nodes; old++)
        {
            if (work.Map[old] >= 0)
            {
                before[work.Map[old]] = old;
            }
        }

        return before;
    }

    /// <summary>Renumbers labels (each below the label count) to 0..k − 1 in order of first appearance; returns k.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Relabel(int[] labels, Work work)
    {
        var map = work.Map;
        Array.Fill(map, -1, 0, labels.Length);
        var k = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            ref var m = ref map[labels[i]];
            if (m < 0)
            {
                m = k++;
            }

            labels[i] = m;
        }

        return k;
    }
}

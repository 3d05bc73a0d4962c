using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Multipolar.Communities;

public static partial class Leiden
{
    /// <summary>
    /// Graphs of at most this many nodes may use the tables: four n × n arrays of doubles per thread (local moving's and the
    /// refinement's tables, the dense rows of a run's graph and of its aggregate), 32 MB at 1,024 nodes, 1.2 MB for the
    /// Assembly's ≈ 193 states; kept with the thread's other scratch.
    /// </summary>
    private const int TableMaxNodes = 1024;

    /// <summary>
    /// True when local moving keeps a table of every node's weight to every community (<see cref="MoveNodesTable"/>)
    /// instead of adding up each visited node's row: dense graphs (at least a quarter of all node pairs joined) of at most
    /// <see cref="TableMaxNodes"/> nodes, which the Assembly's networks are (nearly every pair of states an edge) and
    /// their aggregates too.
    /// </summary>
    internal static bool UsesTable(WeightedGraph g) =>
        g.NodeCount is >= 2 and <= TableMaxNodes && (long)g.Targets.Length * 4 >= (long)g.NodeCount * (g.NodeCount - 1);

    /// <summary>
    /// Algorithm A.2, MoveNodesFast, as <see cref="MoveNodesFast"/> (the same queue, the same candidates and rule), with
    /// W(v, c) read from a table kept up to date instead of summed over v's row at every visit.
    /// </summary>
    /// <remarks>
    /// <para>The table holds W(v, c) for every node v and every non-empty community c (row c, column v: n² doubles). A
    /// visit reads one entry per non-empty community, and v's row only to mark which communities are its neighbours
    /// (not at all when v is joined to every other node); a move adds v's row to its new community's table row and
    /// subtracts it from the old one's. Summing each visited node's row by community instead (about four visits per node
    /// on the Assembly's networks) chains every addition and every "seen" mark on the one before.</para>
    /// <para>The candidates are scanned in the order of a list of the non-empty communities, not v's row; the best is
    /// <see cref="MoveNodesFast"/>'s choice unless it ties with the second best or with staying to within 1e-12, and
    /// then <see cref="InRowOrder"/> makes that choice as <see cref="MoveNodesFast"/> does. The weights are the same sums
    /// in another order (incremental instead of row by row), so they can differ in the last bits (≈ 1e-14 on these
    /// networks, against the 1e-12 a gain must win by): the partitions are <see cref="MoveNodesFast"/>'s (tested on
    /// random dense graphs; the same on every real network).</para>
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MoveNodesTable(WeightedGraph g, int[] membership, double aPos, double aNeg, Random random, Work work, double[] rows)
    {
        var n = g.NodeCount;
        double[] kPos = work.CommunityPositive, kNeg = work.CommunityNegative, table = work.TableFor(n);
        int[] size = work.Size, empty = work.Empty, queue = work.Queue, live = work.Live, slot = work.Map, stamps = work.Stamp;
        int[] offsets = g.Offsets, targets = g.Targets;
        double[] pos = g.PositiveStrength, neg = g.NegativeStrength;
        var queued = work.Queued;
        CountCommunities(g, membership, work);

        // The empty communities on a stack (the lowest on top; their table rows are cleared when a node moves into one)
        // and the others in a list (slot: each one's place in it).
        int emptyCount = 0, liveCount = 0;
        for (var c = n - 1; c >= 0; c--)
        {
            if (size[c] == 0)
            {
                empty[emptyCount++] = c;
            }
            else
            {
                slot[c] = liveCount;
                live[liveCount++] = c;
            }
        }

        FillTable(membership, rows, table, work);

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
            int rowStart = offsets[v], rowLength = offsets[v + 1] - offsets[v];
            var row = targets.AsSpan(rowStart, rowLength);

            // Joined to every other node, v neighbours every community but perhaps its own, which is a candidate anyway.
            var everyone = rowLength == n - 1;
            var tick = work.NextTick();
            if (!everyone)
            {
                Mark(row, membership, tick, stamps);
            }

            // The best and second-best neighbouring community; MoveNodesFast's rule (the first in row order to beat the
            // best so far by Epsilon) picks the best unless it ties with the second or with staying to within Epsilon,
            // and then the rule itself is run in row order.
            var ownGain = table[(own * n) + v] - (aPos * vPos * kPos[own]) + (aNeg * vNeg * kNeg[own]);
            var (topCommunity, top, second) = BestTwo(live.AsSpan(0, liveCount), own, everyone ? -1 : tick, stamps, table.AsSpan(v), n, aPos * vPos, aNeg * vNeg, kPos, kNeg);
            int best;
            double bestGain;
            if (topCommunity >= 0 && (second >= top - Epsilon || Math.Abs(top - ownGain) <= Epsilon))
            {
                (best, bestGain) = InRowOrder(row, membership, own, ownGain, vPos, vNeg, aPos, aNeg, table, n, v, work);
            }
            else if (topCommunity >= 0 && top > ownGain + Epsilon)
            {
                (best, bestGain) = (topCommunity, top);
            }
            else
            {
                (best, bestGain) = (own, ownGain);
            }

            if (size[own] > 0 && bestGain < -Epsilon && emptyCount > 0)
            {
                best = empty[--emptyCount];
                table.AsSpan(best * n, n).Clear();
                slot[best] = liveCount;
                live[liveCount++] = best;
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
                var last = live[--liveCount];
                live[slot[own]] = last;
                slot[last] = slot[own];
            }

            Subtract(table.AsSpan(own * n, n), rows.AsSpan(v * n, n));
            Add(table.AsSpan(best * n, n), rows.AsSpan(v * n, n));

            TakeBack(row, membership, best, head, ref count, work);
        }
    }

    /// <summary>
    /// Each community's table row, the sum of its members' dense rows: the first member's row copied (0 + w is w), the
    /// others' added in node order. Rows of empty communities are left as they are.
    /// </summary>
    private static void FillTable(int[] membership, double[] rows, double[] table, Work work)
    {
        var n = membership.Length;
        var filled = work.Filled;
        Array.Clear(filled, 0, n);
        for (var v = 0; v < n; v++)
        {
            var c = membership[v];
            var into = table.AsSpan(c * n, n);
            if (filled[c])
            {
                Add(into, rows.AsSpan(v * n, n));
            }
            else
            {
                rows.AsSpan(v * n, n).CopyTo(into);
                filled[c] = true;
            }
        }
    }

    /// <summary>
    /// The community of <paramref name="communities"/> other than <paramref name="own"/> with the largest gain, its gain, and
    /// the second largest gain (−∞ when none), counting only communities stamped with <paramref name="tick"/> unless it is −1.
    /// <paramref name="column"/> starts at the table entry of community 0 for the visited node (its entry for community c is
    /// c × <paramref name="n"/> further on); <paramref name="pv"/> and <paramref name="nv"/> are the node's null-model factors.
    /// </summary>
    /// <remarks>Without bounds checks: communities are below n, and the table holds n rows.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (int Top, double TopGain, double Second) BestTwo(ReadOnlySpan<int> communities, int own, int tick, int[] stamps, ReadOnlySpan<double> column, int n, double pv, double nv, double[] kPos, double[] kNeg)
    {
        ref var entry = ref MemoryMarshal.GetReference(column);
        ref var stamp = ref MemoryMarshal.GetArrayDataReference(stamps);
        ref var positive = ref MemoryMarshal.GetArrayDataReference(kPos);
        ref var negative = ref MemoryMarshal.GetArrayDataReference(kNeg);
        double top = double.NegativeInfinity, second = double.NegativeInfinity;
        var topCommunity = -1;
        foreach (var c in communities)
        {
            if (c == own || (tick >= 0 && Unsafe.Add(ref stamp, c) != tick))
            {
                continue;
            }

            var gain = Unsafe.Add(ref entry, c * n) - (pv * Unsafe.Add(ref positive, c)) + (nv * Unsafe.Add(ref negative, c));
            if (gain > top)
            {
                (second, top, topCommunity) = (top, gain, c);
            }
            else if (gain > second)
            {
                second = gain;
            }
        }

        return (topCommunity, top, second);
    }

    /// <summary>
    /// <see cref="MoveNodesFast"/>'s choice for node <paramref name="v"/>: its neighbouring communities in the order its row
    /// first reaches them, each replacing the best so far if it gains more by <see cref="Epsilon"/>, the gains read off the table.
    /// </summary>
    private static (int Best, double Gain) InRowOrder(ReadOnlySpan<int> row, int[] membership, int own, double ownGain, double vPos, double vNeg, double aPos, double aNeg, double[] table, int n, int v, Work work)
    {
        var seen = Labels(row, membership, work.NextTick(), work);
        double[] kPos = work.CommunityPositive, kNeg = work.CommunityNegative;
        var (best, bestGain) = (own, ownGain);
        foreach (var c in work.Touched.AsSpan(0, seen))
        {
            var gain = table[(c * n) + v] - (aPos * vPos * kPos[c]) + (aNeg * vNeg * kNeg[c]);
            if (gain > bestGain + Epsilon)
            {
                (best, bestGain) = (c, gain);
            }
        }

        return (best, bestGain);
    }

    /// <summary>
    /// Lists the labels of one row's targets in <see cref="Work.Touched"/>, each once, in order of first appearance
    /// (stamped with <paramref name="tick"/>); returns how many: <see cref="Scatter(ReadOnlySpan{int}, ReadOnlySpan{double}, int[], int, Work)"/>
    /// without the weights.
    /// </summary>
    private static int Labels(ReadOnlySpan<int> targets, int[] label, int tick, Work work)
    {
        int[] stamps = work.Stamp, touched = work.Touched;
        var seen = 0;
        foreach (var t in targets)
        {
            var c = label[t];
            if (stamps[c] != tick)
            {
                stamps[c] = tick;
                touched[seen++] = c;
            }
        }

        return seen;
    }

    /// <summary>Stamps the label of each of one row's targets with <paramref name="tick"/> (no bounds checks: targets are nodes of the graph, labels below its node count).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Mark(ReadOnlySpan<int> targets, int[] label, int tick, int[] stamps)
    {
        ref var labels = ref MemoryMarshal.GetArrayDataReference(label);
        ref var stamp = ref MemoryMarshal.GetArrayDataReference(stamps);
        foreach (var t in targets)
        {
            Unsafe.Add(ref stamp, Unsafe.Add(ref labels, t)) = tick;
        }
    }

    /// <summary><paramref name="into"/>[i] += <paramref name="row"/>[i], a vector at a time (each entry the same addition as one at a time).</summary>
    private static void Add(Span<double> into, ReadOnlySpan<double> row)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var vectors = MemoryMarshal.Cast<double, Vector<double>>(into);
            var add = MemoryMarshal.Cast<double, Vector<double>>(row);
            for (var k = 0; k < vectors.Length; k++)
            {
                vectors[k] += add[k];
            }

            i = vectors.Length * Vector<double>.Count;
        }

        for (; i < into.Length; i++)
        {
            into[i] += row[i];
        }
    }

    /// <summary><paramref name="into"/>[i] −= <paramref name="row"/>[i], a vector at a time.</summary>
    private static void Subtract(Span<double> into, ReadOnlySpan<double> row)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var vectors = MemoryMarshal.Cast<double, Vector<double>>(into);
            var subtract = MemoryMarshal.Cast<double, Vector<double>>(row);
            for (var k = 0; k < vectors.Length; k++)
            {
                vectors[k] -= subtract[k];
            }

            i = vectors.Length * Vector<double>.Count;
        }

        for (; i < into.Length; i++)
        {
            into[i] -= row[i];
        }
    }
}

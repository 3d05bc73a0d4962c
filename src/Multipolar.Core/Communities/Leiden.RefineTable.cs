using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Multipolar.Communities;

public static partial class Leiden
{
    /// <summary>
    /// Algorithm A.2, RefinePartition and MergeNodesSubset, as <see cref="Refine"/> (the same visits, candidates in the
    /// same order, the same random draws), with W(v, r) read from a table of every node's weight to every refined
    /// community instead of summed over v's row within its community at every visit.
    /// </summary>
    /// <remarks>
    /// The candidates come in <see cref="Refine"/>'s order, the order in which v's row first reaches each refined
    /// community: for a node joined to every other node, the order of the communities' lowest members, which a list per
    /// community keeps (a refined community's label is the node it grew from; a merging singleton leaves the list, or
    /// hands its place to the community it joins when it is that community's new lowest member); for any other node,
    /// its row read in order. A visit reads one table entry per refined community of its community, and a merge adds the
    /// node's row to the table row of the refined community it joins. The sums are the same in another order, so they
    /// can differ in the last bits: the merges are those of <see cref="Refine"/> unless that changes a draw (tested on
    /// random dense graphs).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[] RefineTable(WeightedGraph g, int[] membership, int communities, double aPos, double aNeg, double theta, Random random, Work work, double[] rows)
    {
        var n = g.NodeCount;
        int[] offsets = g.Offsets, targets = g.Targets, stamps = work.Stamp, touched = work.Touched;
        var table = work.RefinedTableFor(n);
        var refined = Enumerable.Range(0, n).ToArray();
        CountCommunities(g, membership, work);
        double[] cPos = work.CommunityPositive, cNeg = work.CommunityNegative;

        // W(v, S − v), read off local moving's table (its rows are the communities' labels before Relabel, whose map is
        // in work.Map), each singleton's table row (its node's row), and each community's members in ascending order.
        var inner = new double[n];
        var moved = work.TableFor(n);
        var rowOf = LabelsBefore(communities, n, work);

        int[] first = new int[communities], last = new int[communities], next = work.Next, previous = work.Previous;
        Array.Fill(first, -1);
        for (var v = 0; v < n; v++)
        {
            var c = membership[v];
            inner[v] = moved[(rowOf[c] * n) + v];
            rows.AsSpan(v * n, n).CopyTo(table.AsSpan(v * n, n));
            previous[v] = first[c] < 0 ? -1 : last[c];
            next[v] = -1;
            if (first[c] < 0)
            {
                first[c] = v;
            }
            else
            {
                next[last[c]] = v;
            }

            last[c] = v;
        }

        var rExternal = (double[])inner.Clone();
        var rPos = (double[])g.PositiveStrength.Clone();
        var rNeg = (double[])g.NegativeStrength.Clone();
        var rSize = new int[n];
        Array.Fill(rSize, 1);
        var lowest = Enumerable.Range(0, n).ToArray();

        // Whether each refined community is well connected to the rest of its community (it changes only when one grows).
        var connected = work.Connected;
        for (var v = 0; v < n; v++)
        {
            connected[v] = WellConnected(rExternal[v], rPos[v], rNeg[v], cPos[membership[v]], cNeg[membership[v]], aPos, aNeg);
        }

        var order = Enumerable.Range(0, n).ToArray();
        random.Shuffle(order);
        int[] candidate = work.Candidate;
        double[] candidateGain = work.CandidateGain;
        foreach (var v in order)
        {
            var c = membership[v];
            if (rSize[refined[v]] != 1 || !connected[v])
            {
                continue;
            }

            double vPos = g.PositiveStrength[v], vNeg = g.NegativeStrength[v];
            int rowStart = offsets[v], rowLength = offsets[v + 1] - offsets[v];
            var row = targets.AsSpan(rowStart, rowLength);
            var everyone = rowLength == n - 1;
            var tick = work.NextTick();

            // The refined communities v's row reaches, in the order it first reaches them (v is a singleton: its label is v).
            candidate[0] = v;
            candidateGain[0] = 0;
            int count;
            double maxGain;
            if (everyone)
            {
                (count, maxGain) = Candidates(first[c], next, [], v, connected, table.AsSpan(v), n, aPos * vPos, aNeg * vNeg, rPos, rNeg, candidate, candidateGain);
            }
            else
            {
                var seen = 0;
                foreach (var t in row)
                {
                    var r = refined[t];
                    if (membership[t] == c && stamps[r] != tick)
                    {
                        stamps[r] = tick;
                        touched[seen++] = r;
                    }
                }

                (count, maxGain) = Candidates(-1, next, touched.AsSpan(0, seen), v, connected, table.AsSpan(v), n, aPos * vPos, aNeg * vNeg, rPos, rNeg, candidate, candidateGain);
            }

            var chosen = Sample(count, maxGain, theta, random, work);
            if (chosen == v)
            {
                continue;
            }

            rExternal[chosen] += inner[v] - (2 * table[(chosen * n) + v]);
            rPos[chosen] += vPos;
            rNeg[chosen] += vNeg;
            rSize[chosen]++;
            rSize[v] = 0;
            connected[chosen] = WellConnected(rExternal[chosen], rPos[chosen], rNeg[chosen], cPos[c], cNeg[c], aPos, aNeg);
            refined[v] = chosen;
            Add(table.AsSpan(chosen * n, n), rows.AsSpan(v * n, n));

            // v's label leaves its community's list; the community it joined takes its place if v is its lowest member now.
            if (v < lowest[chosen])
            {
                lowest[chosen] = v;
                Unlink(chosen, c, first, next, previous);
                (previous[chosen], next[chosen]) = (previous[v], next[v]);
                Relink(chosen, c, first, next, previous);
            }
            else
            {
                Unlink(v, c, first, next, previous);
            }
        }

        return refined;
    }

    /// <summary>
    /// Appends to the candidates (after the one already there, staying a singleton at gain 0) each well-connected refined
    /// community other than <paramref name="v"/> with a gain of at least 0, taken from the list that starts at
    /// <paramref name="first"/> (when it is not −1) or else from <paramref name="labels"/>, in order; returns the candidate
    /// count and the largest gain. <paramref name="column"/> starts at the table entry of refined community 0 for node v.
    /// </summary>
    /// <remarks>Without bounds checks: labels are below n, the table holds n rows, the candidate arrays n + 1 entries.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (int Count, double MaxGain) Candidates(int first, int[] next, ReadOnlySpan<int> labels, int v, bool[] connected, ReadOnlySpan<double> column, int n, double pv, double nv, double[] rPos, double[] rNeg, int[] candidate, double[] candidateGain)
    {
        var count = 1;
        var maxGain = 0.0;
        if (first >= 0)
        {
            for (var r = first; r >= 0; r = next[r])
            {
                Offer(r, v, connected, column, n, pv, nv, rPos, rNeg, candidate, candidateGain, ref count, ref maxGain);
            }
        }
        else
        {
            foreach (var r in labels)
            {
                Offer(r, v, connected, column, n, pv, nv, rPos, rNeg, candidate, candidateGain, ref count, ref maxGain);
            }
        }

        return (count, maxGain);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Offer(int r, int v, bool[] connected, ReadOnlySpan<double> column, int n, double pv, double nv, double[] rPos, double[] rNeg, int[] candidate, double[] candidateGain, ref int count, ref double maxGain)
    {
        if (r == v || !Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(connected), r))
        {
            return;
        }

        var gain = Unsafe.Add(ref MemoryMarshal.GetReference(column), r * n)
            - (pv * Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(rPos), r))
            + (nv * Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(rNeg), r));
        if (gain >= 0)
        {
            Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(candidate), count) = r;
            Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(candidateGain), count++) = gain;
            maxGain = Math.Max(maxGain, gain);
        }
    }

    /// <summary>
    /// One refinement of <paramref name="membership"/> (any labels; the refined label of every node is returned) with <paramref name="options"/>'
    /// resolution, randomness and seed, through the tables or, with <see cref="LeidenOptions.WithoutTables"/>, the row
    /// sums: for tests, which compare the two draw for draw.
    /// </summary>
    internal static int[] RefineOnce(WeightedGraph graph, ReadOnlySpan<int> membership, LeidenOptions options)
    {
        options.Validate();
        var work = Work.For(graph);
        var (aPos, aNeg) = Modularity.NullFactors(graph, options.Resolution);
        var random = new Random(options.Seed);
        var labels = Partition.Canonical(membership);
        if (options.WithoutTables || !UsesTable(graph))
        {
            return Refine(graph, labels, Relabel(labels, work), aPos, aNeg, options.Randomness, random, work);
        }

        // As in OneIteration: local moving's table of the communities, then their labels renumbered (Relabel's map kept).
        var rows = work.RowsOf(graph, isOriginal: true);
        FillTable(labels, rows, work.TableFor(graph.NodeCount), work);
        var communities = Relabel(labels, work);
        return RefineTable(graph, labels, communities, aPos, aNeg, options.Randomness, random, work, rows);
    }

    /// <summary>Takes <paramref name="r"/> out of community <paramref name="c"/>'s list.</summary>
    private static void Unlink(int r, int c, int[] first, int[] next, int[] previous)
    {
        if (previous[r] < 0)
        {
            first[c] = next[r];
        }
        else
        {
            next[previous[r]] = next[r];
        }

        if (next[r] >= 0)
        {
            previous[next[r]] = previous[r];
        }
    }

    /// <summary>Puts <paramref name="r"/> back into community <paramref name="c"/>'s list between the neighbours it holds.</summary>
    private static void Relink(int r, int c, int[] first, int[] next, int[] previous)
    {
        if (previous[r] < 0)
        {
            first[c] = r;
        }
        else
        {
            next[previous[r]] = r;
        }

        if (next[r] >= 0)
        {
            previous[next[r]] = r;
        }
    }
}

using System.Runtime.CompilerServices;

namespace Multipolar.Communities;

public static partial class Leiden
{
    /// <summary>
    /// Scratch arrays of the runs on one thread, reused across the levels of a run and across runs (sized for the
    /// largest graph so far): the polarity command makes thirty runs per year on the same dense network.
    /// </summary>
    /// <remarks>Kept for the thread's lifetime: about 0.5 MB for the Assembly's largest networks (193 states, every pair an edge).</remarks>
    private sealed class Work(int n, int entries)
    {
        [ThreadStatic]
        private static Work? cached;

        private int tick;

        /// <summary>The node count the arrays hold.</summary>
        public int Nodes { get; } = n;

        /// <summary>The row entries (directed edges) <see cref="RowTargets"/> holds.</summary>
        public int Entries { get; } = entries;

        /// <summary>Weight to each label in the current row scan; zero outside a scan (see <see cref="ClearWeights"/>).</summary>
        public double[] WeightTo { get; } = new double[n];

        public double[] CommunityPositive { get; } = new double[n];

        public double[] CommunityNegative { get; } = new double[n];

        public double[] CandidateGain { get; } = new double[n + 1];

        public double[] CandidateWeight { get; } = new double[n + 1];

        public int[] Candidate { get; } = new int[n + 1];

        public int[] Size { get; } = new int[n];

        public int[] Empty { get; } = new int[n];

        public int[] Queue { get; } = new int[n];

        public bool[] Queued { get; } = new bool[n];

        public int[] Map { get; } = new int[n];

        /// <summary>Links of <see cref="RefineTable"/>'s lists of refined communities.</summary>
        public int[] Next { get; } = new int[n];

        public int[] Previous { get; } = new int[n];

        /// <summary>The non-empty communities of <see cref="MoveNodesTable"/>, in no order.</summary>
        public int[] Live { get; } = new int[n];

        /// <summary>Which communities' table rows <see cref="MoveNodesTable"/> has started.</summary>
        public bool[] Filled { get; } = new bool[n];

        /// <summary>Which refined communities <see cref="RefineTable"/> finds well connected.</summary>
        public bool[] Connected { get; } = new bool[n];

        /// <summary>Stamp[c] == the current tick marks c as seen in the current row scan (no clearing between scans).</summary>
        public int[] Stamp { get; } = new int[n];

        public int[] Touched { get; } = new int[n];

        /// <summary>The refinement's offsets of each node's row restricted to its community (in <see cref="RowTargets"/>).</summary>
        public int[] WithinOffsets { get; } = new int[n + 1];

        /// <summary>Scratch rows as long as the graph's: the refinement's rows within communities, then the aggregate's rows.</summary>
        public int[] RowTargets { get; } = new int[entries];

        public double[] RowWeights { get; } = new double[entries];

        /// <summary>The community-weight table of <see cref="MoveNodesTable"/> (row c, column v: W(v, c)), grown on first use.</summary>
        private double[] table = [];

        /// <summary>The table for a graph of <paramref name="nodes"/> nodes (at least n² entries; contents left over).</summary>
        public double[] TableFor(int nodes) => Square(ref table, nodes);

        /// <summary>The table of <see cref="RefineTable"/> (row r, column v: W(v, r) for a refined community r), grown on first use.</summary>
        private double[] refinedTable = [];

        /// <summary>The refinement's table for a graph of <paramref name="nodes"/> nodes (at least n² entries; contents left over).</summary>
        public double[] RefinedTableFor(int nodes) => Square(ref refinedTable, nodes);

        /// <summary><paramref name="array"/>, replaced by a new one first if it holds fewer than <paramref name="nodes"/>² entries.</summary>
        private static double[] Square(ref double[] array, int nodes)
        {
            if (array.Length < nodes * nodes)
            {
                array = new double[nodes * nodes];
            }

            return array;
        }

        /// <summary>The dense rows of the last graph a run started on and of the last aggregate (see <see cref="RowsOf"/>).</summary>
        private readonly DenseRows original = new(), aggregate = new();

        /// <summary>
        /// The graph's rows as an n × n array (row v, column u: the weight of edge v–u, 0 where there is none), built once for
        /// the graph a run starts on (the polarity command runs thirty times on each network) and once per aggregate.
        /// </summary>
        public double[] RowsOf(WeightedGraph graph, bool isOriginal) => (isOriginal ? original : aggregate).Of(graph);

        /// <summary>This thread's scratch, large enough for <paramref name="graph"/> (its aggregates are smaller).</summary>
        public static Work For(WeightedGraph graph)
        {
            int n = graph.NodeCount, entries = graph.Targets.Length;
            var work = cached;
            if (work is null || work.Nodes < n || work.Entries < entries)
            {
                work = cached = new Work(Math.Max(n, work?.Nodes ?? 0), Math.Max(entries, work?.Entries ?? 0));
            }

            // Zero outside a scan; cleared again in case a run on this thread ended inside one.
            Array.Clear(work.WeightTo);
            return work;
        }

        public int NextTick()
        {
            if (++tick == int.MaxValue)
            {
                Array.Clear(Stamp);
                tick = 1;
            }

            return tick;
        }

        /// <summary>Sets <see cref="WeightTo"/> back to zero at the first <paramref name="seen"/> labels of <see cref="Touched"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void ClearWeights(int seen)
        {
            double[] weightTo = WeightTo;
            foreach (var c in Touched.AsSpan(0, seen))
            {
                weightTo[c] = 0;
            }
        }
    }

    /// <summary>One graph's dense rows, kept while the same graph comes back.</summary>
    private sealed class DenseRows
    {
        private WeightedGraph? graph;
        private double[] rows = [];

        public double[] Of(WeightedGraph g)
        {
            if (ReferenceEquals(graph, g))
            {
                return rows;
            }

            var n = g.NodeCount;
            if (rows.Length < n * n)
            {
                rows = new double[n * n];
            }

            Array.Clear(rows, 0, n * n);
            for (var v = 0; v < n; v++)
            {
                for (var e = g.Offsets[v]; e < g.Offsets[v + 1]; e++)
                {
                    rows[(v * n) + g.Targets[e]] = g.Weights[e];
                }
            }

            graph = g;
            return rows;
        }
    }
}

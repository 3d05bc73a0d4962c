using System.Runtime.CompilerServices;

namespace Multipolar.Communities;

/// <summary>An undirected edge with a weight; a negative weight is a repulsion (signed networks).</summary>
/// <param name="A">One node (0-based).</param>
/// <param name="B">The other node; not <paramref name="A"/>.</param>
/// <param name="Weight">The weight, finite; negative for a repelling pair.</param>
public readonly record struct WeightedEdge(int A, int B, double Weight);

/// <summary>
/// An undirected weighted graph, possibly signed, in compressed sparse rows: the input of
/// <see cref="Leiden"/> and <see cref="Modularity"/>.
/// </summary>
/// <remarks>
/// <para>Each edge is stored in both directions. Every node carries its positive and negative strength
/// k⁺ and k⁻ (sums of the magnitudes of its positive and negative edge weights) and a self weight (the
/// weight inside the node, non-zero only in the aggregated graphs Leiden builds). The null model of
/// modularity is always computed from the strengths of the graph the user gave, which aggregation
/// adds up.</para>
/// <para>Immutable; safe to share between threads.</para>
/// </remarks>
public sealed class WeightedGraph
{
    internal WeightedGraph(int[] offsets, int[] targets, double[] weights, double[] selfWeights, double[] positiveStrength, double[] negativeStrength)
    {
        Offsets = offsets;
        Targets = targets;
        Weights = weights;
        SelfWeights = selfWeights;
        PositiveStrength = positiveStrength;
        NegativeStrength = negativeStrength;
        for (var v = 0; v < positiveStrength.Length; v++)
        {
            TwicePositiveWeight += positiveStrength[v];
            TwiceNegativeWeight += negativeStrength[v];
        }
    }

    /// <summary>The number of nodes.</summary>
    public int NodeCount => SelfWeights.Length;

    /// <summary>The number of undirected edges (self weights not counted).</summary>
    public int EdgeCount => Targets.Length / 2;

    /// <summary>2w⁺: twice the total positive weight (the sum of the nodes' positive strengths).</summary>
    public double TwicePositiveWeight { get; }

    /// <summary>2w⁻: twice the total magnitude of the negative weights.</summary>
    public double TwiceNegativeWeight { get; }

    /// <summary>True when some weight is negative.</summary>
    public bool IsSigned => TwiceNegativeWeight > 0;

    internal int[] Offsets { get; }

    internal int[] Targets { get; }

    internal double[] Weights { get; }

    internal double[] SelfWeights { get; }

    internal double[] PositiveStrength { get; }

    internal double[] NegativeStrength { get; }

    /// <summary>The positive strength k⁺ of a node.</summary>
    public double PositiveStrengthOf(int node) => PositiveStrength[node];

    /// <summary>The negative strength k⁻ of a node (magnitude).</summary>
    public double NegativeStrengthOf(int node) => NegativeStrength[node];

    /// <summary>The neighbours of a node and the weights of the edges to them.</summary>
    public IEnumerable<(int Node, double Weight)> Neighbours(int node)
    {
        for (var e = Offsets[node]; e < Offsets[node + 1]; e++)
        {
            yield return (Targets[e], Weights[e]);
        }
    }

    /// <summary>Builds a graph of <paramref name="nodeCount"/> nodes from its edges; parallel edges are added up.</summary>
    /// <exception cref="ArgumentException">An edge names a node outside 0..nodeCount − 1, joins a node to itself, or has a weight that is not finite.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static WeightedGraph FromEdges(int nodeCount, ReadOnlySpan<WeightedEdge> edges)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nodeCount);
        var degree = new int[nodeCount + 1];
        for (var i = 0; i < edges.Length; i++)
        {
            var (a, b, w) = edges[i];
            if ((uint)a >= (uint)nodeCount || (uint)b >= (uint)nodeCount)
            {
                throw new ArgumentException($"edges[{i}] joins {a} and {b}; nodes run 0 to {nodeCount - 1}.", nameof(edges));
            }

            if (a == b)
            {
                throw new ArgumentException($"edges[{i}] joins node {a} to itself; self-loops are not part of the networks modularity is defined on here.", nameof(edges));
            }

            if (!double.IsFinite(w))
            {
                throw new ArgumentException($"edges[{i}] ({a}, {b}) has weight {w}; weights must be finite.", nameof(edges));
            }

            degree[a + 1]++;
            degree[b + 1]++;
        }

        for (var v = 0; v < nodeCount; v++)
        {
            degree[v + 1] += degree[v];
        }

        var offsets = degree;
        var fill = offsets[..^1].ToArray();
        var targets = new int[offsets[nodeCount]];
        var weights = new double[offsets[nodeCount]];
        var kPos = new double[nodeCount];
        var kNeg = new double[nodeCount];
        foreach (var (a, b, w) in edges)
        {
            targets[fill[a]] = b;
            weights[fill[a]++] = w;
            targets[fill[b]] = a;
            weights[fill[b]++] = w;
            var strength = w >= 0 ? kPos : kNeg;
            strength[a] += Math.Abs(w);
            strength[b] += Math.Abs(w);
        }

        var graph = new WeightedGraph(offsets, targets, weights, new double[nodeCount], kPos, kNeg);
        return RowsAscending(offsets, targets) ? graph : Merge(graph);
    }

    /// <summary>True when every row's targets rise strictly (no parallel edges, already in Merge's order): edges listed by
    /// ascending pairs, as the polarity networks are, fill the rows so.</summary>
    private static bool RowsAscending(int[] offsets, int[] targets)
    {
        for (var v = 0; v + 1 < offsets.Length; v++)
        {
            for (var e = offsets[v] + 1; e < offsets[v + 1]; e++)
            {
                if (targets[e - 1] >= targets[e])
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The graph with parallel edges added up (rows sorted by target).</summary>
    private static WeightedGraph Merge(WeightedGraph g)
    {
        var n = g.NodeCount;
        var offsets = new int[n + 1];
        var targets = new List<int>(g.Targets.Length);
        var weights = new List<double>(g.Targets.Length);
        var row = new List<(int, double)>();
        for (var v = 0; v < n; v++)
        {
            row.Clear();
            for (var e = g.Offsets[v]; e < g.Offsets[v + 1]; e++)
            {
                row.Add((g.Targets[e], g.Weights[e]));
            }

            row.Sort((x, y) => x.Item1.CompareTo(y.Item1));
            for (var i = 0; i < row.Count; i++)
            {
                if (targets.Count > offsets[v] && targets[^1] == row[i].Item1)
                {
                    weights[^1] += row[i].Item2;
                }
                else
                {
                    targets.Add(row[i].Item1);
                    weights.Add(row[i].Item2);
                }
            }

            offsets[v + 1] = targets.Count;
        }

        return new WeightedGraph(offsets, [.. targets], [.. weights], g.SelfWeights, g.PositiveStrength, g.NegativeStrength);
    }
}

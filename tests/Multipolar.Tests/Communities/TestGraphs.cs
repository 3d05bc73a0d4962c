using Multipolar.Communities;

namespace Multipolar.Tests.Communities;

/// <summary>Graphs with known community structure.</summary>
internal static class TestGraphs
{
    /// <summary>Zachary's karate club (Zachary 1977), 34 nodes, 78 edges, as python-igraph's Graph.Famous("Zachary").</summary>
    public const string KarateEdges =
        "0-1,0-2,0-3,0-4,0-5,0-6,0-7,0-8,0-10,0-11,0-12,0-13,0-17,0-19,0-21,0-31,1-2,1-3,1-7,1-13,1-17,1-19,1-21,1-30,2-3,2-7,2-27,2-28,2-32,2-9,2-8,2-13,3-7,3-12,3-13,4-6,4-10,5-6,5-10,5-16,6-16,8-30,8-32,8-33,9-33,13-33,14-32,14-33,15-32,15-33,18-32,18-33,19-33,20-32,20-33,22-32,22-33,23-25,23-27,23-32,23-33,23-29,24-25,24-27,24-31,25-31,26-29,26-33,27-33,28-31,28-33,29-32,29-33,30-32,30-33,31-32,31-33,32-33";

    public static WeightedGraph Karate() => WeightedGraph.FromEdges(34, [.. KarateEdges.Split(',').Select(e => e.Split('-')).Select(p => new WeightedEdge(int.Parse(p[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture), 1))]);

    /// <summary><paramref name="count"/> cliques of <paramref name="size"/> nodes, clique i joined to clique i + 1 (mod count) by one edge.</summary>
    public static WeightedGraph RingOfCliques(int count, int size)
    {
        var edges = new List<WeightedEdge>();
        for (var c = 0; c < count; c++)
        {
            for (var i = 0; i < size; i++)
            {
                for (var j = i + 1; j < size; j++)
                {
                    edges.Add(new(c * size + i, c * size + j, 1));
                }
            }

            edges.Add(new(c * size, ((c + 1) % count * size) + 1, 1));
        }

        return WeightedGraph.FromEdges(count * size, [.. edges]);
    }

    /// <summary>Modularity of the ring of cliques split into its cliques: m = r(k(k−1)/2 + 1), Q = r[(k(k−1)/2)/m − ((k(k−1) + 2)/2m)²].</summary>
    public static double RingOfCliquesModularity(int count, int size, double gamma = 1)
    {
        double inner = size * (size - 1) / 2.0, m = count * (inner + 1);
        return count * ((inner / m) - (gamma * Math.Pow((2 * inner + 2) / (2 * m), 2)));
    }

    /// <summary>The slow definition: Q = 1/(2w⁺ + 2w⁻) Σ_ij [A_ij − γ(k⁺_i k⁺_j/2w⁺ − k⁻_i k⁻_j/2w⁻)] δ(σ_i, σ_j) over a dense matrix.</summary>
    public static double SlowModularity(double[,] a, int[] membership, double gamma)
    {
        var n = membership.Length;
        var kp = new double[n];
        var kn = new double[n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (a[i, j] > 0)
                {
                    kp[i] += a[i, j];
                }
                else
                {
                    kn[i] -= a[i, j];
                }
            }
        }

        double wp = kp.Sum(), wn = kn.Sum(), q = 0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (membership[i] == membership[j])
                {
                    q += a[i, j] - (wp > 0 ? gamma * kp[i] * kp[j] / wp : 0) + (wn > 0 ? gamma * kn[i] * kn[j] / wn : 0);
                }
            }
        }

        return q / (wp + wn);
    }

    /// <summary>A random graph with planted groups: edges inside a group with probability pIn, across with pOut; weights uniform in (0, 1], or signed.</summary>
    public static (double[,] Dense, WeightedGraph Graph) Planted(int n, int groups, double pIn, double pOut, bool signed, int seed)
    {
        var random = new Random(seed);
        var dense = new double[n, n];
        var edges = new List<WeightedEdge>();
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var same = i % groups == j % groups;
                if (random.NextDouble() < (same ? pIn : pOut))
                {
                    var w = 1 - random.NextDouble();
                    if (signed && !same)
                    {
                        w = -w;
                    }

                    dense[i, j] = dense[j, i] = w;
                    edges.Add(new(i, j, w));
                }
            }
        }

        return (dense, WeightedGraph.FromEdges(n, [.. edges]));
    }
}

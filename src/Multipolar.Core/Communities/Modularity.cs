using System.Runtime.CompilerServices;

namespace Multipolar.Communities;

/// <summary>
/// Modularity of a partition of a weighted, possibly signed graph, with a resolution parameter γ.
/// </summary>
/// <remarks>
/// <para>The signed modularity of Traag and Bruggeman (2009, "Community detection in networks with positive
/// and negative links", Physical Review E 80: 036115, eq. 9 with γ⁺ = γ⁻ = γ):</para>
/// <para>Q = 1 / (2w⁺ + 2w⁻) · Σ_ij [ (w⁺_ij − γ k⁺_i k⁺_j / 2w⁺) − (w⁻_ij − γ k⁻_i k⁻_j / 2w⁻) ] δ(σ_i, σ_j),</para>
/// <para>with w⁺_ij, w⁻_ij the positive part and the magnitude of the negative part of the weight, k⁺ and k⁻
/// the strengths and 2w± their sums; a term whose 2w± is zero is left out. On a graph without negative
/// weights it is Newman's weighted modularity with resolution (Newman 2004; Reichardt and Bornholdt 2006):
/// Q = 1/2m Σ_ij (A_ij − γ k_i k_j / 2m) δ(σ_i, σ_j), the value python-igraph's <c>Graph.modularity(membership,
/// weights, resolution)</c> reports (tested).</para>
/// <para>Per community c, with In_c the weight inside c (each edge once) and K±_c its strengths, the sum is
/// 2 Σ_c [ In_c − γ (K⁺_c)² / 4w⁺ + γ (K⁻_c)² / 4w⁻ ]; <see cref="Leiden"/> maximises the bracket.</para>
/// </remarks>
public static class Modularity
{
    /// <summary>The modularity of <paramref name="membership"/> (community of each node, any non-negative labels).</summary>
    /// <exception cref="ArgumentException">The membership's length is not the node count, or a label is negative.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double Of(WeightedGraph graph, ReadOnlySpan<int> membership, double resolution = 1.0)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.NodeCount;
        if (membership.Length != n)
        {
            throw new ArgumentException($"membership has {membership.Length} entries for a graph of {n} nodes.", nameof(membership));
        }

        var labels = 0;
        foreach (var c in membership)
        {
            if (c < 0)
            {
                throw new ArgumentException($"membership holds {c}; labels must be non-negative.", nameof(membership));
            }

            labels = Math.Max(labels, c + 1);
        }

        var inside = new double[labels];
        var kPos = new double[labels];
        var kNeg = new double[labels];
        for (var v = 0; v < n; v++)
        {
            var c = membership[v];
            kPos[c] += graph.PositiveStrength[v];
            kNeg[c] += graph.NegativeStrength[v];

            var sum = inside[c] + graph.SelfWeights[v];
            var row = graph.Offsets[v]..graph.Offsets[v + 1];
            inside[c] = AddHalvesWithin(sum, graph.Targets.AsSpan(row), graph.Weights.AsSpan(row), membership, c);
        }

        return Quality(graph, inside, kPos, kNeg, resolution);
    }

    /// <summary>
    /// <paramref name="sum"/> plus half of each weight of a row whose target is in <paramref name="community"/>, in row order
    /// (zero added for the others: the same sum, without a branch).
    /// </summary>
    private static double AddHalvesWithin(double sum, ReadOnlySpan<int> targets, ReadOnlySpan<double> weights, ReadOnlySpan<int> membership, int community)
    {
        for (var e = 0; e < targets.Length; e++)
        {
            sum += weights[e] / 2 * Unsafe.BitCast<bool, byte>(membership[targets[e]] == community);
        }

        return sum;
    }

    /// <summary>Q from each community's inside weight and strengths.</summary>
    internal static double Quality(WeightedGraph graph, ReadOnlySpan<double> inside, ReadOnlySpan<double> kPos, ReadOnlySpan<double> kNeg, double resolution)
    {
        var (aPos, aNeg) = NullFactors(graph, resolution);
        var total = graph.TwicePositiveWeight + graph.TwiceNegativeWeight;
        if (total == 0)
        {
            return double.NaN;
        }

        var h = 0.0;
        for (var c = 0; c < inside.Length; c++)
        {
            h += inside[c] - (0.5 * aPos * kPos[c] * kPos[c]) + (0.5 * aNeg * kNeg[c] * kNeg[c]);
        }

        return 2 * h / total;
    }

    /// <summary>γ / 2w⁺ and γ / 2w⁻ (0 when the graph has no weight of that sign).</summary>
    internal static (double Positive, double Negative) NullFactors(WeightedGraph graph, double resolution) => (
        graph.TwicePositiveWeight > 0 ? resolution / graph.TwicePositiveWeight : 0,
        graph.TwiceNegativeWeight > 0 ? resolution / graph.TwiceNegativeWeight : 0);
}

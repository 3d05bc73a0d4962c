using System.Runtime.CompilerServices;
using Multipolar.Communities;

namespace Multipolar.Polarity;

/// <summary>Effective numbers of poles of a year's network.</summary>
public static class EffectiveNumber
{
    /// <summary>
    /// Laakso and Taagepera (1979, "Effective number of parties", Comparative Political Studies 12(1): 3–27):
    /// 1 / Σ sᵢ² over the shares sᵢ of the community sizes. Two equal camps give 2; one camp of 90% and
    /// ten singletons give ≈ 1.2.
    /// </summary>
    /// <exception cref="ArgumentException">No size, or a negative one.</exception>
    public static double LaaksoTaagepera(IReadOnlyCollection<int> sizes)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        if (sizes.Count == 0 || sizes.Any(s => s < 0) || sizes.Sum() == 0)
        {
            throw new ArgumentException("sizes must hold at least one positive size and none negative.", nameof(sizes));
        }

        double total = sizes.Sum();
        return 1 / sizes.Sum(s => s / total * (s / total));
    }

    /// <summary>
    /// A spectral effective number, independent of any partition: 1 + (Σλ)² / Σλ² over the positive
    /// eigenvalues λ of the modularity matrix B_ij = w_ij − γ(k⁺_i k⁺_j / 2w⁺ − k⁻_i k⁻_j / 2w⁻) (B_ii: the
    /// null term only). Newman (2006, "Finding community structure in networks using the eigenvectors of
    /// matrices", Physical Review E 74: 036104) shows that k communities need k − 1 positive eigenvalues; the
    /// participation ratio counts how many carry the structure with comparable weight. One dominant
    /// direction (two camps) gives ≈ 2. NaN for fewer than two nodes or no positive eigenvalue.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double Spectral(WeightedGraph graph, double resolution)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.NodeCount;
        if (n < 2)
        {
            return double.NaN;
        }

        var (aPos, aNeg) = Modularity.NullFactors(graph, resolution);
        // Row by row (B is symmetric, so rows and columns alike).
        var data = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            var row = i * n;
            double pi = aPos * graph.PositiveStrength[i], ni = aNeg * graph.NegativeStrength[i];
            for (var j = 0; j < n; j++)
            {
                data[row + j] = -(pi * graph.PositiveStrength[j]) + (ni * graph.NegativeStrength[j]);
            }

            for (var e = graph.Offsets[i]; e < graph.Offsets[i + 1]; e++)
            {
                data[row + graph.Targets[e]] += graph.Weights[e];
            }
        }

        // The positive eigenvalues only (SymmetricEigenvalues.Above: a few of ≈ 190, by bisection); B's lower triangle is read.
        double sum = 0, squares = 0;
        foreach (var l in SymmetricEigenvalues.Above(data, n, 1e-9))
        {
            sum += l;
            squares += l * l;
        }

        return squares > 0 ? 1 + (sum * sum / squares) : double.NaN;
    }
}

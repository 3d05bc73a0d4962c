using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Multipolar.Communities;

namespace Multipolar.Polarity;

/// <summary>How often pairs of nodes share a community over a set of partitions, and agreement between partitions.</summary>
public static class CoMembership
{
    /// <summary>For every pair of nodes, the share of <paramref name="runs"/> that put them in one community.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double[,] Together(ReadOnlySpan<int> reference, IReadOnlyList<Partition> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var n = reference.Length;

        // Counts of the pairs i < j, row i holding j = i + 1 … n − 1: one comparison of node i's community with the
        // rest of the membership per row, a vector at a time.
        var counts = new int[n * n];
        foreach (var run in runs)
        {
            var m = run.Membership.AsSpan();
            for (var i = 0; i < n; i++)
            {
                CountSame(m[i], m[(i + 1)..], counts.AsSpan((i * n) + i + 1, n - i - 1));
            }
        }

        var together = new double[n, n];
        if (n == 0)
        {
            return together;
        }

        // The shares above the diagonal row by row, then mirrored below it.
        var flat = MemoryMarshal.CreateSpan(ref together[0, 0], n * n);
        for (var i = 0; i < n; i++)
        {
            flat[(i * n) + i] = 1;
            var shares = flat.Slice((i * n) + i + 1, n - i - 1);
            if (runs.Count == 0)
            {
                shares.Fill(double.NaN);
            }
            else
            {
                Shares(counts.AsSpan((i * n) + i + 1, n - i - 1), runs.Count, shares);
            }
        }

        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                flat[(j * n) + i] = flat[(i * n) + j];
            }
        }

        return together;
    }

    /// <summary>shares[k] = counts[k] / runs (the same division a Vector&lt;double&gt; at a time).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Shares(ReadOnlySpan<int> counts, int runs, Span<double> shares)
    {
        var k = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var divisor = new Vector<double>(runs);
            for (; k <= counts.Length - Vector<int>.Count; k += Vector<int>.Count)
            {
                Vector.Widen(new Vector<int>(counts[k..]), out var low, out var high);
                (Vector.ConvertToDouble(low) / divisor).CopyTo(shares[k..]);
                (Vector.ConvertToDouble(high) / divisor).CopyTo(shares[(k + Vector<double>.Count)..]);
            }
        }

        for (; k < counts.Length; k++)
        {
            shares[k] = (double)counts[k] / runs;
        }
    }

    /// <summary>counts[k] += 1 where membership[k] is <paramref name="community"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CountSame(int community, ReadOnlySpan<int> membership, Span<int> counts)
    {
        var k = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var c = new Vector<int>(community);
            for (; k <= membership.Length - Vector<int>.Count; k += Vector<int>.Count)
            {
                // Equals is −1 in the lanes that match.
                (new Vector<int>(counts[k..]) - Vector.Equals(new Vector<int>(membership[k..]), c)).CopyTo(counts[k..]);
            }
        }

        for (; k < membership.Length; k++)
        {
            counts[k] += membership[k] == community ? 1 : 0;
        }
    }

    /// <summary>The mean of <paramref name="together"/> over the pairs that share a community in <paramref name="reference"/> (1 when no pair does).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double Stability(ReadOnlySpan<int> reference, double[,] together)
    {
        ArgumentNullException.ThrowIfNull(together);
        double sum = 0;
        long pairs = 0;
        for (var i = 0; i < reference.Length; i++)
        {
            for (var j = i + 1; j < reference.Length; j++)
            {
                if (reference[i] == reference[j])
                {
                    sum += together[i, j];
                    pairs++;
                }
            }
        }

        return pairs == 0 ? 1 : sum / pairs;
    }

    /// <summary>
    /// The adjusted Rand index of two partitions of the same nodes (Hubert and Arabie 1985, "Comparing
    /// partitions", Journal of Classification 2: 193–218): 1 for identical partitions, ≈ 0 for chance
    /// agreement. 1 when both put every node alone or all together.
    /// </summary>
    /// <exception cref="ArgumentException">The partitions differ in length.</exception>
    public static double AdjustedRand(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        if (a.Length != b.Length)
        {
            throw new ArgumentException($"The partitions have {a.Length} and {b.Length} nodes.", nameof(b));
        }

        var table = new Dictionary<(int, int), long>();
        var rows = new Dictionary<int, long>();
        var cols = new Dictionary<int, long>();
        for (var i = 0; i < a.Length; i++)
        {
            table[(a[i], b[i])] = table.GetValueOrDefault((a[i], b[i])) + 1;
            rows[a[i]] = rows.GetValueOrDefault(a[i]) + 1;
            cols[b[i]] = cols.GetValueOrDefault(b[i]) + 1;
        }

        static double Pairs(long x) => x * (x - 1) / 2.0;
        var index = table.Values.Sum(Pairs);
        var sumRows = rows.Values.Sum(Pairs);
        var sumCols = cols.Values.Sum(Pairs);
        var expected = sumRows * sumCols / Pairs(a.Length);
        var max = (sumRows + sumCols) / 2;
        return max == expected ? 1 : (index - expected) / (max - expected);
    }
}

using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Multipolar.Polarity;

internal static partial class SymmetricEigenvalues
{
    /// <summary>
    /// Householder reduction: the diagonal <paramref name="d"/> and the sub-diagonal <paramref name="e"/> (e[i] couples
    /// i − 1 and i; e[0] = 0). Step i (from the last row up) takes u from row i, p = A u / h and q = p − (uᵀp / 2h) u over
    /// rows 0 … i − 1, and A −= u qᵀ + q uᵀ there (<c>tred2</c>); the update of a row is done in the pass of step i − 1
    /// that reads it for its product A u, so each step reads and writes the lower triangle once, row by row, a
    /// Vector&lt;double&gt; at a time.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Tridiagonalise(double[] a, int n, double[] d, double[] e)
    {
        // The pending update (of the step before): u is that step's row of a, q in one of two buffers in turn; none
        // (zero, which leaves the rows as they are) before the first step and after a step without a transform.
        var buffers = new[] { new double[n], new double[n] };
        var none = new double[n];
        ReadOnlySpan<double> pendingU = none, pendingQ = none;
        for (var i = n - 1; i > 0; i--)
        {
            var l = i - 1;
            var row = a.AsSpan(i * n, i + 1);
            SubtractRankTwo(row, pendingQ, pendingU, pendingU[i], pendingQ[i]);
            row = row[..i];
            var (transform, h) = l > 0 ? Reflect(row, out e[i]) : (false, 0);
            if (l == 0)
            {
                e[i] = row[l];
            }

            var p = buffers[i % 2].AsSpan(0, i);
            if (transform)
            {
                p.Clear();
            }

            for (var j = 0; j <= l; j++)
            {
                var rowJ = a.AsSpan(j * n, j + 1);
                if (transform)
                {
                    p[j] += UpdateDotAndAddScaled(rowJ, pendingQ, pendingU, row, p);
                }
                else
                {
                    SubtractRankTwo(rowJ, pendingQ, pendingU, pendingU[j], pendingQ[j]);
                }
            }

            pendingU = pendingQ = none;
            if (transform)
            {
                // p = A u / h; q = p − (uᵀp / 2h) u, the update of the next step's pass.
                double f = 0;
                for (var j = 0; j <= l; j++)
                {
                    p[j] /= h;
                    f += p[j] * row[j];
                }

                var hh = f / (h + h);
                for (var j = 0; j <= l; j++)
                {
                    p[j] -= hh * row[j];
                }

                pendingU = row;
                pendingQ = p;
            }
        }

        if (n > 0)
        {
            e[0] = 0;
        }

        for (var i = 0; i < n; i++)
        {
            d[i] = a[(i * n) + i];
        }
    }

    /// <summary>
    /// The Householder vector u of <paramref name="row"/> (in place, scaled) and h = uᵀu / 2, the sub-diagonal entry in
    /// <paramref name="offDiagonal"/>; no transform when the row is zero.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (bool Transform, double H) Reflect(Span<double> row, out double offDiagonal)
    {
        var l = row.Length - 1;
        double scale = 0;
        foreach (var x in row)
        {
            scale += Math.Abs(x);
        }

        if (scale == 0)
        {
            offDiagonal = row[l];
            return (false, 0);
        }

        double h = 0;
        for (var k = 0; k <= l; k++)
        {
            row[k] /= scale;
            h += row[k] * row[k];
        }

        var f = row[l];
        var g = f >= 0 ? -Math.Sqrt(h) : Math.Sqrt(h);
        offDiagonal = scale * g;
        h -= f * g;
        row[l] = f - g;
        return (true, h);
    }

    /// <summary>
    /// Row j (<paramref name="r"/>, to the diagonal) of the pending update, r −= u_j q + q_j u (<paramref name="q"/>,
    /// <paramref name="uq"/>), then p[k] += v_j · r[k] for k below j, and returns (A v)_j's part from the row: Σ r[k] v[k]
    /// over k ≤ j (<paramref name="v"/>: the next step's u).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double UpdateDotAndAddScaled(Span<double> r, ReadOnlySpan<double> q, ReadOnlySpan<double> uq, ReadOnlySpan<double> v, Span<double> p)
    {
        var j = r.Length - 1;
        double f = uq[j], g = q[j], s = v[j];
        q = q[..j];
        uq = uq[..j];
        v = v[..j];
        p = p[..j];
        double dot = 0;
        var k = 0;
        if (Vector.IsHardwareAccelerated && j >= Vector<double>.Count)
        {
            ref var r0 = ref MemoryMarshal.GetReference(r);
            ref var q0 = ref MemoryMarshal.GetReference(q);
            ref var w0 = ref MemoryMarshal.GetReference(uq);
            ref var v0 = ref MemoryMarshal.GetReference(v);
            ref var p0 = ref MemoryMarshal.GetReference(p);
            Vector<double> sums = Vector<double>.Zero, sums1 = sums;
            Vector<double> vf = new(f), vg = new(g), vs = new(s);
            var w = Vector<double>.Count;
            for (; k <= j - (2 * w); k += 2 * w)
            {
                var k1 = (nuint)(k + w);
                var x = Vector.LoadUnsafe(ref r0, (nuint)k)
                    - MulAdd(vg, Vector.LoadUnsafe(ref w0, (nuint)k), vf * Vector.LoadUnsafe(ref q0, (nuint)k));
                var x1 = Vector.LoadUnsafe(ref r0, k1) - MulAdd(vg, Vector.LoadUnsafe(ref w0, k1), vf * Vector.LoadUnsafe(ref q0, k1));
                x.StoreUnsafe(ref r0, (nuint)k);
                x1.StoreUnsafe(ref r0, k1);
                sums = MulAdd(x, Vector.LoadUnsafe(ref v0, (nuint)k), sums);
                sums1 = MulAdd(x1, Vector.LoadUnsafe(ref v0, k1), sums1);
                MulAdd(x, vs, Vector.LoadUnsafe(ref p0, (nuint)k)).StoreUnsafe(ref p0, (nuint)k);
                MulAdd(x1, vs, Vector.LoadUnsafe(ref p0, k1)).StoreUnsafe(ref p0, k1);
            }

            for (; k <= j - w; k += w)
            {
                var x = Vector.LoadUnsafe(ref r0, (nuint)k)
                    - MulAdd(vg, Vector.LoadUnsafe(ref w0, (nuint)k), vf * Vector.LoadUnsafe(ref q0, (nuint)k));
                x.StoreUnsafe(ref r0, (nuint)k);
                sums = MulAdd(x, Vector.LoadUnsafe(ref v0, (nuint)k), sums);
                MulAdd(x, vs, Vector.LoadUnsafe(ref p0, (nuint)k)).StoreUnsafe(ref p0, (nuint)k);
            }

            dot = Vector.Sum(sums + sums1);
        }

        for (; k < j; k++)
        {
            var x = r[k] -= (f * q[k]) + (g * uq[k]);
            dot += x * v[k];
            p[k] += s * x;
        }

        r[j] -= (f * g) + (g * f);
        return dot + (r[j] * s);
    }

    /// <summary>r[k] −= f · q[k] + g · u[k] for k below r's length: a Vector&lt;double&gt; at a time, then the remainder.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SubtractRankTwo(Span<double> r, ReadOnlySpan<double> q, ReadOnlySpan<double> u, double f, double g)
    {
        var m = r.Length;
        q = q[..m];
        u = u[..m];
        var k = 0;
        if (Vector.IsHardwareAccelerated && m >= Vector<double>.Count)
        {
            ref var r0 = ref MemoryMarshal.GetReference(r);
            ref var q0 = ref MemoryMarshal.GetReference(q);
            ref var u0 = ref MemoryMarshal.GetReference(u);
            var vf = new Vector<double>(f);
            var vg = new Vector<double>(g);
            for (; k <= m - Vector<double>.Count; k += Vector<double>.Count)
            {
                var t = MulAdd(vg, Vector.LoadUnsafe(ref u0, (nuint)k), vf * Vector.LoadUnsafe(ref q0, (nuint)k));
                (Vector.LoadUnsafe(ref r0, (nuint)k) - t).StoreUnsafe(ref r0, (nuint)k);
            }
        }

        for (; k < m; k++)
        {
            r[k] -= (f * q[k]) + (g * u[k]);
        }
    }

    /// <summary>a × b + c, rounded twice.</summary>
    /// <remarks>
    /// Not <see cref="Vector.FusedMultiplyAdd(Vector{double}, Vector{double}, Vector{double})"/>: the Native AOT command line is
    /// compiled for the x86-64-v2 baseline, which has no FMA instruction, and there the fused form is emulated in software —
    /// it made the whole <c>polarity</c> command a quarter slower. The JIT and AOT builds now also round alike.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<double> MulAdd(Vector<double> a, Vector<double> b, Vector<double> c) => (a * b) + c;
}

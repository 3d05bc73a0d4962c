using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Multipolar.Polarity;

/// <summary>
/// The eigenvalues (without eigenvectors) of a real symmetric matrix: Householder reduction to tridiagonal form,
/// then the implicit QL algorithm with Wilkinson-type shifts — the EISPACK pair <c>tred1</c>/<c>tql1</c> (Wilkinson
/// and Reinsch 1971, Handbook for Automatic Computation II; Golub and Van Loan 2013, Matrix Computations §8.3), in
/// the form of Press et al. (2007, Numerical Recipes 3rd ed. §11.3–11.4, <c>tred2</c> without vectors and
/// <c>tqli</c>).
/// </summary>
/// <remarks>
/// Written by hand because Math.NET's managed symmetric eigen-decomposition always computes the eigenvectors, which
/// is most of its cost: the spectral effective number of poles (<see cref="EffectiveNumber.Spectral"/>) needs only
/// the values, once per year and network (≈ 190 states). Checked against Math.NET's <c>Evd</c> on random symmetric
/// matrices and on the real networks (tests).
/// </remarks>
internal static class SymmetricEigenvalues
{
    private const int MaxSweeps = 60;

    /// <summary>The spacing of doubles at 1 (2⁻⁵²): an off-diagonal below it relative to its diagonal neighbours is zero.</summary>
    private const double MachineEpsilon = 2.220446049250313e-16;

    /// <summary>
    /// The eigenvalues of the symmetric <paramref name="n"/> × <paramref name="n"/> matrix whose lower triangle is in
    /// <paramref name="a"/> (row-major; the upper triangle is not read), in no particular order. <paramref name="a"/> is overwritten.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="a"/> is not n × n.</exception>
    /// <exception cref="ArithmeticException">The QL iteration did not converge (not seen on finite input).</exception>
    public static double[] Of(double[] a, int n)
    {
        ArgumentNullException.ThrowIfNull(a);
        if (n < 0 || a.Length != n * n)
        {
            throw new ArgumentException($"The matrix has {a.Length} entries, not {n} × {n}.", nameof(a));
        }

        var d = new double[n];
        var e = new double[n];
        Tridiagonalise(a, n, d, e);
        Diagonalise(d, e);
        return d;
    }

    /// <summary>Householder reduction: the diagonal <paramref name="d"/> and the sub-diagonal <paramref name="e"/> (e[i] couples i − 1 and i; e[0] = 0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Tridiagonalise(double[] a, int n, double[] d, double[] e)
    {
        for (var i = n - 1; i > 0; i--)
        {
            var l = i - 1;
            var row = a.AsSpan(i * n, i);
            if (l > 0)
            {
                double scale = 0;
                foreach (var x in row)
                {
                    scale += Math.Abs(x);
                }

                if (scale == 0)
                {
                    e[i] = row[l];
                }
                else
                {
                    double h = 0;
                    for (var k = 0; k <= l; k++)
                    {
                        row[k] /= scale;
                        h += row[k] * row[k];
                    }

                    var f = row[l];
                    var g = f >= 0 ? -Math.Sqrt(h) : Math.Sqrt(h);
                    e[i] = scale * g;
                    h -= f * g;
                    row[l] = f - g;
                    // p = A u / h into e[0 … l], row by row over the lower triangle: row j's part left of the diagonal
                    // gives (A u)_j by a dot product with u and, being column j's part below the diagonal too, adds
                    // u_j times itself to p[0 … j − 1] — one contiguous pass per row.
                    var p = e.AsSpan(0, i);
                    p.Clear();
                    for (var j = 0; j <= l; j++)
                    {
                        var rowJ = a.AsSpan(j * n, j + 1);
                        p[j] += DotAndAddScaled(rowJ[..j], row, p, row[j]) + (rowJ[j] * row[j]);
                    }

                    f = 0;
                    for (var j = 0; j <= l; j++)
                    {
                        p[j] /= h;
                        f += p[j] * row[j];
                    }

                    // q = p − (uᵀp / 2h) u, then A −= u qᵀ + q uᵀ on the lower triangle, row by row.
                    var hh = f / (h + h);
                    for (var j = 0; j <= l; j++)
                    {
                        p[j] -= hh * row[j];
                    }

                    for (var j = 0; j <= l; j++)
                    {
                        SubtractRankTwo(a.AsSpan(j * n, j + 1), p, row, row[j], p[j]);
                    }
                }
            }
            else
            {
                e[i] = row[l];
            }
        }

        e[0] = 0;
        for (var i = 0; i < n; i++)
        {
            d[i] = a[(i * n) + i];
        }
    }

    /// <summary>
    /// p[k] += s · r[k] for k below r's length, and returns Σ r[k] u[k]: a Vector&lt;double&gt; at a time, then the remainder.
    /// </summary>
    private static double DotAndAddScaled(ReadOnlySpan<double> r, ReadOnlySpan<double> u, Span<double> p, double s)
    {
        var m = r.Length;
        u = u[..m];
        p = p[..m];
        double dot = 0;
        var k = 0;
        if (Vector.IsHardwareAccelerated && m >= Vector<double>.Count)
        {
            ref var r0 = ref MemoryMarshal.GetReference(r);
            ref var u0 = ref MemoryMarshal.GetReference(u);
            ref var p0 = ref MemoryMarshal.GetReference(p);
            var sums = Vector<double>.Zero;
            var scale = new Vector<double>(s);
            for (; k <= m - Vector<double>.Count; k += Vector<double>.Count)
            {
                var x = Vector.LoadUnsafe(ref r0, (nuint)k);
                sums = Vector.FusedMultiplyAdd(x, Vector.LoadUnsafe(ref u0, (nuint)k), sums);
                Vector.FusedMultiplyAdd(x, scale, Vector.LoadUnsafe(ref p0, (nuint)k)).StoreUnsafe(ref p0, (nuint)k);
            }

            dot = Vector.Sum(sums);
        }

        for (; k < m; k++)
        {
            dot += r[k] * u[k];
            p[k] += s * r[k];
        }

        return dot;
    }

    /// <summary>r[k] −= f · q[k] + g · u[k] for k below r's length: a Vector&lt;double&gt; at a time, then the remainder.</summary>
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
                var t = Vector.FusedMultiplyAdd(vg, Vector.LoadUnsafe(ref u0, (nuint)k), vf * Vector.LoadUnsafe(ref q0, (nuint)k));
                (Vector.LoadUnsafe(ref r0, (nuint)k) - t).StoreUnsafe(ref r0, (nuint)k);
            }
        }

        for (; k < m; k++)
        {
            r[k] -= (f * q[k]) + (g * u[k]);
        }
    }

    /// <summary>Implicit QL on the tridiagonal (<paramref name="d"/>, <paramref name="e"/>): the eigenvalues in <paramref name="d"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Diagonalise(double[] d, double[] e)
    {
        var n = d.Length;
        for (var i = 1; i < n; i++)
        {
            e[i - 1] = e[i];
        }

        if (n > 0)
        {
            e[n - 1] = 0;
        }

        for (var l = 0; l < n; l++)
        {
            var sweeps = 0;
            int m;
            do
            {
                for (m = l; m < n - 1; m++)
                {
                    var dd = Math.Abs(d[m]) + Math.Abs(d[m + 1]);
                    if (Math.Abs(e[m]) <= double.Epsilon + (MachineEpsilon * dd))
                    {
                        break;
                    }
                }

                if (m == l)
                {
                    continue;
                }

                if (sweeps++ == MaxSweeps)
                {
                    throw new ArithmeticException($"The QL iteration did not converge for eigenvalue {l} of {n}.");
                }

                var g = (d[l + 1] - d[l]) / (2 * e[l]);
                var r = Hypot(g, 1);
                g = d[m] - d[l] + (e[l] / (g + (g >= 0 ? r : -r)));
                double s = 1, c = 1, p = 0;
                var i = m - 1;
                for (; i >= l; i--)
                {
                    var f = s * e[i];
                    var b = c * e[i];
                    e[i + 1] = r = Hypot(f, g);
                    if (r == 0)
                    {
                        d[i + 1] -= p;
                        e[m] = 0;
                        break;
                    }

                    s = f / r;
                    c = g / r;
                    g = d[i + 1] - p;
                    r = ((d[i] - g) * s) + (2 * c * b);
                    p = s * r;
                    d[i + 1] = g + p;
                    g = (c * r) - b;
                }

                if (r == 0 && i >= l)
                {
                    continue;
                }

                d[l] -= p;
                e[l] = g;
                e[m] = 0;
            }
            while (m != l);
        }
    }

    /// <summary>√(x² + y²) without overflow or destructive underflow.</summary>
    private static double Hypot(double x, double y)
    {
        double ax = Math.Abs(x), ay = Math.Abs(y);
        if (ax > ay)
        {
            var t = ay / ax;
            return ax * Math.Sqrt(1 + (t * t));
        }

        if (ay == 0)
        {
            return 0;
        }

        var u = ax / ay;
        return ay * Math.Sqrt(1 + (u * u));
    }
}

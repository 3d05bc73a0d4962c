using System.Runtime.CompilerServices;

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
                    f = 0;
                    for (var j = 0; j <= l; j++)
                    {
                        // (A u)_j from the lower triangle: row j up to the diagonal, then column j below it.
                        g = 0;
                        var rowJ = a.AsSpan(j * n, j + 1);
                        for (var k = 0; k <= j; k++)
                        {
                            g += rowJ[k] * row[k];
                        }

                        for (var k = j + 1; k <= l; k++)
                        {
                            g += a[(k * n) + j] * row[k];
                        }

                        e[j] = g / h;
                        f += e[j] * row[j];
                    }

                    var hh = f / (h + h);
                    for (var j = 0; j <= l; j++)
                    {
                        f = row[j];
                        e[j] = g = e[j] - (hh * f);
                        var rowJ = a.AsSpan(j * n, j + 1);
                        for (var k = 0; k <= j; k++)
                        {
                            rowJ[k] -= (f * e[k]) + (g * row[k]);
                        }
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

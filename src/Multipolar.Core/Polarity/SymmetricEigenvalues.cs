using System.Runtime.CompilerServices;

namespace Multipolar.Polarity;

/// <summary>
/// The eigenvalues (without eigenvectors) of a real symmetric matrix: Householder reduction to tridiagonal form,
/// then the implicit QL algorithm with Wilkinson-type shifts — the EISPACK pair <c>tred1</c>/<c>tql1</c> (Wilkinson
/// and Reinsch 1971, Handbook for Automatic Computation II; Golub and Van Loan 2013, Matrix Computations §8.3), in
/// the form of Press et al. (2007, Numerical Recipes 3rd ed. §11.3–11.4, <c>tred2</c> without vectors and
/// <c>tqli</c>); or, for the values above a threshold only, bisection with Sturm counts on the tridiagonal form
/// (<see cref="Above"/>).
/// </summary>
/// <remarks>
/// Written by hand because Math.NET's managed symmetric eigen-decomposition always computes the eigenvectors, which
/// is most of its cost: the spectral effective number of poles (<see cref="EffectiveNumber.Spectral"/>) needs only
/// the positive values, once per year and network (≈ 190 states). The Householder step's product A u and rank-two
/// update run over contiguous rows of the lower triangle a Vector&lt;double&gt; at a time, one pass per step (the
/// update of one step fused with the product of the next, SymmetricEigenvalues.Householder.cs), so sums are in another
/// order than <c>tred2</c>'s. Checked against Math.NET's <c>Evd</c> on random symmetric matrices and on the real
/// networks (tests).
/// </remarks>
internal static partial class SymmetricEigenvalues
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
        Check(a, n);
        var d = new double[n];
        var e = new double[n];
        Tridiagonalise(a, n, d, e);
        Diagonalise(d, e);
        return d;
    }

    private static void Check(double[] a, int n)
    {
        ArgumentNullException.ThrowIfNull(a);
        if (n < 0 || a.Length != n * n)
        {
            throw new ArgumentException($"The matrix has {a.Length} entries, not {n} × {n}.", nameof(a));
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

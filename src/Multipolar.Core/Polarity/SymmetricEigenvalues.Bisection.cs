using System.Numerics;
using System.Runtime.CompilerServices;

namespace Multipolar.Polarity;

internal static partial class SymmetricEigenvalues
{
    /// <summary>The smallest normal double; times max(1, the largest squared off-diagonal), the least magnitude of a Sturm pivot.</summary>
    private const double SafeMinimum = 2.2250738585072014e-308;

    /// <summary>A cap on the bisection steps: more than the halvings from the largest double's spacing to the smallest's.</summary>
    private const int MaxBisections = 2 * 1075;

    /// <summary>
    /// The eigenvalues greater than <paramref name="threshold"/> of the symmetric <paramref name="n"/> × <paramref name="n"/>
    /// matrix whose lower triangle is in <paramref name="a"/> (row-major; the upper triangle is not read), largest first.
    /// <paramref name="a"/> is overwritten.
    /// </summary>
    /// <remarks>
    /// The same Householder reduction as <see cref="Of"/>, then bisection on the tridiagonal matrix with Sturm counts
    /// instead of QL: the number of eigenvalues below x is the number of negative pivots of the LDLᵀ factorisation of
    /// T − xI (Barth, Martin and Wilkinson 1967, "Calculation of the eigenvalues of a symmetric tridiagonal matrix by
    /// the method of bisection", Numerische Mathematik 9: 386–393; with the pivot guard and the stopping rule of LAPACK's
    /// <c>dstebz</c>/<c>dlaebz</c>; Demmel 1997, Applied Numerical Linear Algebra §5.3.4). The work is the count's n steps
    /// per bisection step and eigenvalue sought, so it pays when few exceed the threshold — the modularity matrix of an
    /// Assembly year has 2 to 30 positive eigenvalues of ≈ 190 — and the eigenvalues are bisected together, a
    /// Vector&lt;double&gt; of them at a time. Each interval is halved until it is narrower than 2ε times its ends'
    /// magnitude, ε‖T‖ (‖T‖ by Gershgorin) or the pivot floor: as accurate as QL.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="a"/> is not n × n.</exception>
    public static double[] Above(double[] a, int n, double threshold)
    {
        Check(a, n);
        var d = new double[n];
        var e = new double[n];
        Tridiagonalise(a, n, d, e);
        return Bisect(d, e, threshold);
    }

    /// <summary>The eigenvalues above <paramref name="threshold"/> of the tridiagonal (<paramref name="d"/>, <paramref name="e"/>), largest first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double[] Bisect(double[] d, double[] e, double threshold)
    {
        var n = d.Length;
        var squares = new double[n];
        double largestSquare = 0, upper = double.NegativeInfinity, norm = 0;
        for (var i = 0; i < n; i++)
        {
            squares[i] = e[i] * e[i];
            largestSquare = Math.Max(largestSquare, squares[i]);
            // Gershgorin's discs.
            var radius = Math.Abs(e[i]) + (i + 1 < n ? Math.Abs(e[i + 1]) : 0);
            upper = Math.Max(upper, d[i] + radius);
            norm = Math.Max(norm, Math.Abs(d[i]) + radius);
        }

        var pivotFloor = SafeMinimum * Math.Max(1, largestSquare);
        var width = Vector<double>.Count;
        var count = n - (int)Below(d, squares, pivotFloor, [new Vector<double>(threshold)], new Vector<long>[1])[0][0];
        if (n == 0 || count == 0 || double.IsNaN(upper))
        {
            return [];
        }

        // Lane r seeks the (r + 1)-th largest eigenvalue, in (low, high]: more than r eigenvalues above low, at most r above high.
        upper += (2 * MachineEpsilon * n * norm) + (4 * pivotFloor);
        var blocks = (count + width - 1) / width;
        var low = new Vector<double>[blocks];
        var high = new Vector<double>[blocks];
        var most = new Vector<long>[blocks];
        Span<long> lanes = stackalloc long[width];
        for (var b = 0; b < blocks; b++)
        {
            low[b] = new Vector<double>(threshold);
            high[b] = new Vector<double>(upper);
            for (var l = 0; l < width; l++)
            {
                // At most n − r − 1 eigenvalues below a bound under the (r + 1)-th largest; the lanes past count repeat the last.
                lanes[l] = n - Math.Min((b * width) + l, count - 1) - 1;
            }

            most[b] = new Vector<long>(lanes);
        }

        var mid = new Vector<double>[blocks];
        var below = new Vector<long>[blocks];
        var half = new Vector<double>(0.5);
        var absolute = new Vector<double>(Math.Max(MachineEpsilon * norm, pivotFloor));
        var relative = new Vector<double>(2 * MachineEpsilon);
        for (var step = 0; step < MaxBisections; step++)
        {
            var open = false;
            for (var b = 0; b < blocks; b++)
            {
                var gap = high[b] - low[b];
                var tolerance = Vector.Max(absolute, relative * Vector.Max(Vector.Abs(low[b]), Vector.Abs(high[b])));
                open |= Vector.GreaterThanAny(gap, tolerance);
                mid[b] = half * (low[b] + high[b]);
            }

            if (!open)
            {
                break;
            }

            Below(d, squares, pivotFloor, mid, below);
            for (var b = 0; b < blocks; b++)
            {
                // Not more than n − r − 1 eigenvalues below mid: the (r + 1)-th largest is above it.
                var above = Vector.LessThanOrEqual(below[b], most[b]);
                low[b] = Vector.ConditionalSelect(above, mid[b], low[b]);
                high[b] = Vector.ConditionalSelect(above, high[b], mid[b]);
            }
        }

        var values = new double[count];
        for (var r = 0; r < count; r++)
        {
            values[r] = 0.5 * (low[r / width][r % width] + high[r / width][r % width]);
        }

        return values;
    }

    /// <summary>
    /// For each lane of each <paramref name="shifts"/>[b], the number of eigenvalues of the tridiagonal below it into
    /// <paramref name="below"/>[b] (returned): the negative pivots of the LDLᵀ recurrence q_i = d_i − x − e_i² / q_{i−1}, a
    /// pivot smaller than <paramref name="pivotFloor"/> in magnitude taken as −<paramref name="pivotFloor"/> (dlaebz).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Vector<long>[] Below(double[] d, double[] squares, double pivotFloor, Vector<double>[] shifts, Vector<long>[] below)
    {
        var blocks = shifts.Length;
        Span<Vector<double>> pivots = blocks <= 16 ? stackalloc Vector<double>[blocks] : new Vector<double>[blocks];
        pivots.Fill(Vector<double>.One);
        below.AsSpan(0, blocks).Clear();
        var floor = new Vector<double>(pivotFloor);
        for (var i = 0; i < d.Length; i++)
        {
            var di = new Vector<double>(d[i]);
            var ei = new Vector<double>(squares[i]);
            for (var b = 0; b < blocks; b++)
            {
                var q = di - shifts[b] - (ei / pivots[b]);
                q = Vector.ConditionalSelect(Vector.LessThan(Vector.Abs(q), floor), -floor, q);
                pivots[b] = q;
                // LessThan is −1 in the lanes of a negative pivot.
                below[b] -= Vector.LessThan(q, Vector<double>.Zero);
            }
        }

        return below;
    }
}

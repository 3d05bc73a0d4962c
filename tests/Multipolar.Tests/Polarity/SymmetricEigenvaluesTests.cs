using FsCheck.Xunit;
using MathNet.Numerics.LinearAlgebra;
using Multipolar.Polarity;

namespace Multipolar.Tests.Polarity;

/// <summary>
/// The values-only symmetric eigensolver behind the spectral effective number (all values by QL, those above a threshold
/// by bisection): hand-computed cases and, as the independent reference, Math.NET's full eigen-decomposition of random
/// symmetric matrices.
/// </summary>
public sealed class SymmetricEigenvaluesTests
{
    [Fact]
    public void Of_HandComputed()
    {
        // [[2, 1], [1, 2]]: 1 and 3. A diagonal matrix: its diagonal. The 1 × 1 and the zero matrix.
        Assert.Equal([1.0, 3.0], Sorted(SymmetricEigenvalues.Of([2, 1, 1, 2], 2)), new Tolerance(1e-14));
        Assert.Equal([-4.0, 0.5, 7.0], Sorted(SymmetricEigenvalues.Of([7, 0, 0, 0, -4, 0, 0, 0, 0.5], 3)), new Tolerance(1e-14));
        Assert.Equal([5.0], SymmetricEigenvalues.Of([5], 1));
        Assert.Equal(new double[4], SymmetricEigenvalues.Of(new double[16], 4));

        // The path graph's Laplacian on 3 nodes [[1,-1,0],[-1,2,-1],[0,-1,1]]: 0, 1, 3.
        Assert.Equal([0.0, 1.0, 3.0], Sorted(SymmetricEigenvalues.Of([1, -1, 0, -1, 2, -1, 0, -1, 1], 3)), new Tolerance(1e-14));
        Assert.Throws<ArgumentException>(() => SymmetricEigenvalues.Of(new double[5], 2));
    }

    [Fact]
    public void Above_HandComputed()
    {
        // The path graph's Laplacian on 3 nodes (0, 1, 3), largest first above a threshold; none above the largest; 1 × 1.
        Assert.Equal([3.0, 1.0], SymmetricEigenvalues.Above([1, -1, 0, -1, 2, -1, 0, -1, 1], 3, 0.5), new Tolerance(1e-14));
        Assert.Equal([3.0, 1.0, 0.0], SymmetricEigenvalues.Above([1, -1, 0, -1, 2, -1, 0, -1, 1], 3, -1), new Tolerance(1e-14));
        Assert.Empty(SymmetricEigenvalues.Above([1, -1, 0, -1, 2, -1, 0, -1, 1], 3, 3.5));
        Assert.Equal([5.0], SymmetricEigenvalues.Above([5], 1, 0), new Tolerance(1e-14));
        Assert.Equal(new double[4], SymmetricEigenvalues.Above(new double[16], 4, -1), new Tolerance(1e-300));
        Assert.Empty(SymmetricEigenvalues.Above(new double[16], 4, 1e-9));
        Assert.Empty(SymmetricEigenvalues.Above([], 0, 0));
        Assert.Empty(SymmetricEigenvalues.Of([], 0));
        Assert.Throws<ArgumentException>(() => SymmetricEigenvalues.Above(new double[5], 2, 0));
    }

    [Fact]
    public void Of_ReadsTheLowerTriangleOnly()
    {
        // The upper triangle holds garbage: the result is that of the symmetric matrix of the lower triangle.
        Assert.Equal([1.0, 3.0], Sorted(SymmetricEigenvalues.Of([2, 99, 1, 2], 2)), new Tolerance(1e-14));
    }

    [Property(MaxTest = 60)]
    public void Of_RandomSymmetric_EqualsMathNetEvd(int seed)
    {
        // Given a random symmetric matrix, some with repeated eigenvalues (a block of equal rows) and some of rank one
        var rng = new Random(seed);
        AgreesWithMathNet(rng, rng.Next(1, 80), rng.Next(3));
    }

    [Fact]
    public void Of_SizesAroundTheVectorWidth_EqualsMathNetEvd()
    {
        // Rows shorter than a vector, of whole vectors, and of whole vectors plus a remainder (the Householder step runs
        // a Vector<double> at a time over each row of the lower triangle), up to the Assembly's size; every kind of matrix.
        foreach (var n in new[] { 1, 2, 3, 4, 5, 9, 17, 31, 194 })
        {
            var rng = new Random(n);
            for (var kind = 0; kind < 3; kind++)
            {
                AgreesWithMathNet(rng, n, kind);
            }
        }
    }

    private static void AgreesWithMathNet(Random rng, int n, int kind)
    {
        var u = Enumerable.Range(0, n).Select(_ => rng.NextDouble() - 0.5).ToArray();
        var a = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var x = kind switch
                {
                    0 => (rng.NextDouble() * 2) - 1,
                    1 => u[i] * u[j],
                    _ => i < n / 2 && j < n / 2 ? 1 : (i == j ? 2 : 0),
                };
                a[(i * n) + j] = a[(j * n) + i] = x;
            }
        }

        var reference = Matrix<double>.Build.Dense(n, n, (double[])a.Clone()).Evd(Symmetricity.Symmetric).EigenValues.Select(l => l.Real).Order().ToArray();
        var scale = Math.Max(1, reference.Max(Math.Abs));
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                a[(i * n) + j] = double.NaN; // the upper triangle is never read
            }
        }

        // When: all values by QL, and by bisection those above zero or above −scale / 4 (below the zeros of the rank-one
        // and block kinds, so the bisection separates a cluster)
        var values = Sorted(SymmetricEigenvalues.Of((double[])a.Clone(), n));
        var positive = SymmetricEigenvalues.Above((double[])a.Clone(), n, 1e-9);
        var aboveQuarter = SymmetricEigenvalues.Above(a, n, -scale / 4);

        // Then
        Assert.Equal(n, values.Length);
        for (var i = 0; i < n; i++)
        {
            Assert.True(Math.Abs(values[i] - reference[i]) <= 1e-10 * scale, $"n {n}, kind {kind}, eigenvalue {i}: {values[i]} against {reference[i]}");
        }

        foreach (var (above, threshold) in new[] { (positive, 1e-9), (aboveQuarter, -scale / 4) })
        {
            var expected = reference.Where(l => l > threshold).Reverse().ToArray();
            Assert.Equal(expected.Length, above.Length);
            for (var i = 0; i < expected.Length; i++)
            {
                Assert.True(Math.Abs(above[i] - expected[i]) <= 1e-10 * scale, $"n {n}, kind {kind}, above {threshold}, eigenvalue {i}: {above[i]} against {expected[i]}");
            }
        }
    }

    private static double[] Sorted(double[] values) => [.. values.Order()];

    private sealed class Tolerance(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}

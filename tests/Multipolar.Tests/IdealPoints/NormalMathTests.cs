using Multipolar.IdealPoints;

namespace Multipolar.Tests.IdealPoints;

public sealed class NormalMathTests
{
    public static TheoryData<double, double, bool> Cases => new()
    {
        { 0.3, 1.0, false },
        { -2.5, 1.0, false },
        { 7.0, 1.0, false },
        { 0.4, 0.6, true },
        { -1.2, 0.8, true },
        { 3.5, 1.7, true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Kernel_ScoreAndObserved_EqualNumericalDerivativesOfLogProbability(double mu, double sigma, bool ordinal)
    {
        foreach (var category in ordinal ? new[] { 0, 1, 2 } : [0, 2])
        {
            // Given a naive log-probability from the CDF
            const double H = 1e-5;
            double LogP(double m) => Math.Log(Probability(m, sigma, category, ordinal));

            // When
            NormalMath.Kernel(mu, sigma, category, ordinal, out var score, out _, out var observed);

            // Then
            var numeric = (LogP(mu + H) - LogP(mu - H)) / (2 * H);
            Assert.Equal(numeric, score, 1e-5 * Math.Max(1, Math.Abs(numeric)));
            var curvature = -(LogP(mu + 1e-3) - (2 * LogP(mu)) + LogP(mu - 1e-3)) / 1e-6;
            Assert.Equal(curvature, observed, 1e-4 * Math.Max(1, Math.Abs(curvature)));
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Kernel_Information_EqualsExpectedSquaredScore(double mu, double sigma, bool ordinal)
    {
        // Given / When
        var expected = 0.0;
        double information = 0;
        foreach (var category in ordinal ? new[] { 0, 1, 2 } : [0, 2])
        {
            NormalMath.Kernel(mu, sigma, category, ordinal, out var score, out information, out _);
            expected += Probability(mu, sigma, category, ordinal) * score * score;
        }

        // Then
        Assert.Equal(expected, information, 1e-9 * Math.Max(1, expected));
    }

    [Fact]
    public void OrdinalKernel_RhoScore_EqualsNumericalDerivative()
    {
        // Given
        const double Mu = 0.7, Rho = -0.3, H = 1e-5;
        foreach (var category in new[] { 0, 1, 2 })
        {
            double LogP(double r) => Math.Log(Probability(Mu, Math.Exp(r), category, true));

            // When
            NormalMath.OrdinalKernel(Mu, Math.Exp(Rho), category, out _, out var scoreRho, out _, out _, out _, out _);

            // Then
            Assert.Equal((LogP(Rho + H) - LogP(Rho - H)) / (2 * H), scoreRho, 1e-6);
        }
    }

    [Theory]
    [InlineData(25.0)]
    [InlineData(40.0)]
    public void UpperMills_FarTail_IsFiniteAndNearT(double t)
    {
        // Given / When
        var lambda = NormalMath.UpperMills(t);

        // Then: λ(t) = t + 1/t − 2/t³ + … for large t
        Assert.Equal(t + (1 / t) - (2 / (t * t * t)), lambda, 1e-5);
    }

    private static double Probability(double mu, double sigma, int category, bool ordinal)
    {
        var t0 = -mu / sigma;
        if (!ordinal)
        {
            return category == 0 ? NormalMath.Cdf(t0) : NormalMath.UpperTail(t0);
        }

        var t1 = (1 - mu) / sigma;
        return category switch
        {
            0 => NormalMath.Cdf(t0),
            1 => NormalMath.Cdf(t1) - NormalMath.Cdf(t0),
            _ => NormalMath.UpperTail(t1),
        };
    }
}

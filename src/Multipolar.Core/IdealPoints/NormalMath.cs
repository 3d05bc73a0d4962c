using System.Runtime.CompilerServices;
using MathNet.Numerics;

namespace Multipolar.IdealPoints;

/// <summary>Standard-normal functions for the probit models: density, tails, Mills ratios, and the per-vote score and information.</summary>
/// <remarks>Tails use <see cref="SpecialFunctions.Erfc"/> (full double precision); Mills ratios beyond 20 use Laplace's continued fraction.</remarks>
internal static class NormalMath
{
    private const double InvSqrt2 = 0.70710678118654752440;
    private const double InvSqrt2Pi = 0.39894228040143267794;

    /// <summary>Standard-normal density φ(t).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Pdf(double t) => InvSqrt2Pi * Math.Exp(-0.5 * t * t);

    /// <summary>Lower tail Φ(t) = erfc(−t/√2)/2.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Cdf(double t) => 0.5 * SpecialFunctions.Erfc(-t * InvSqrt2);

    /// <summary>Upper tail Q(t) = 1 − Φ(t) = erfc(t/√2)/2.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double UpperTail(double t) => 0.5 * SpecialFunctions.Erfc(t * InvSqrt2);

    /// <summary>
    /// The inverse Mills ratio of the upper tail, λ(t) = φ(t)/Q(t): the mean of a standard normal truncated to
    /// [t, ∞). For t &gt; 20, Laplace's continued fraction λ = t + 1/(t + 2/(t + 3/(t + …))).
    /// </summary>
    public static double UpperMills(double t)
    {
        if (t > 20)
        {
            var cf = t;
            for (var k = 8; k >= 1; k--)
            {
                cf = t + (k / cf);
            }

            return cf;
        }

        return Pdf(t) / UpperTail(t);
    }

    /// <summary>
    /// Score and expected Fisher information of one probit vote with respect to its latent mean μ, for latent
    /// z ~ N(μ, σ²) and boundaries 0 (binary) or 0 and 1 (ordinal). Category 0 is z &lt; 0; 1 is 0 ≤ z &lt; 1 (ordinal
    /// only); 2 is z ≥ 1 (ordinal) or z ≥ 0 (binary).
    /// </summary>
    /// <remarks>
    /// With standardised bounds l, u of the observed category: score = (φ(l) − φ(u)) / (σ P) = (E[z | y] − μ)/σ²;
    /// information = Σ_c (φ(l_c) − φ(u_c))² / (σ² P_c) over all categories (expected); observed = −∂² log P/∂μ² =
    /// (1 − Var(z | y)/σ²)/σ², in [0, 1/σ²] (the missing-information principle). Tails use Mills ratios.
    /// </remarks>
    public static void Kernel(double mu, double sigma, int category, bool ordinal, out double score, out double information, out double observed)
    {
        if (!ordinal)
        {
            var t = -mu / sigma;
            Tails(t, Pdf(t), out _, out _, out var lower, out var upper);
            var s2 = sigma * sigma;
            information = lower * upper / s2;
            score = (category == 0 ? -lower : upper) / sigma;
            observed = Math.Clamp(category == 0 ? lower * (lower + t) / s2 : upper * (upper - t) / s2, 0, 1 / s2);
            return;
        }

        OrdinalKernel(mu, sigma, category, out score, out _, out information, out _, out _, out observed);
    }

    /// <summary>
    /// Score and expected Fisher information of one ordinal vote (boundaries 0 and 1) with respect to its latent mean
    /// μ and ρ = log σ.
    /// </summary>
    /// <remarks>
    /// For category bounds l, u (standardised): ∂P/∂μ = (φ(l) − φ(u))/σ, ∂P/∂ρ = lφ(l) − uφ(u). Scores are these over
    /// P of the observed category; information is Σ_c g_c g_cᵀ / P_c over the three categories; observed as in
    /// <see cref="Kernel"/>.
    /// </remarks>
    public static void OrdinalKernel(
        double mu, double sigma, int category, out double scoreMu, out double scoreRho, out double infoMuMu, out double infoMuRho, out double infoRhoRho,
        out double observed)
    {
        var t0 = -mu / sigma;
        var t1 = (1 - mu) / sigma;
        var f0 = Pdf(t0);
        var f1 = Pdf(t1);
        Tails(t0, f0, out var cdf0, out var sf0, out var lower0, out _);
        Tails(t1, f1, out var cdf1, out var sf1, out _, out var upper1);
        var p1 = t0 > 0 ? sf0 - sf1 : cdf1 - cdf0;
        var gMu = (f0 - f1) / sigma;
        var gRho = (t0 * f0) - (t1 * f1);

        // Categories 0 and 2 with P = φ/Mills: g gᵀ / P = φ·Mills·(1/σ, t)(1/σ, t)ᵀ.
        var w0 = f0 * lower0;
        var w2 = f1 * upper1;
        var inv = 1 / sigma;
        infoMuMu = ((w0 + w2) * inv * inv) + (p1 > 1e-250 ? gMu * gMu / p1 : 0);
        infoMuRho = (((w0 * t0) + (w2 * t1)) * inv) + (p1 > 1e-250 ? gMu * gRho / p1 : 0);
        infoRhoRho = (w0 * t0 * t0) + (w2 * t1 * t1) + (p1 > 1e-250 ? gRho * gRho / p1 : 0);
        switch (category)
        {
            case 0:
                scoreMu = -lower0 * inv;
                scoreRho = -lower0 * t0;
                observed = lower0 * (lower0 + t0);
                break;
            case 2:
                scoreMu = upper1 * inv;
                scoreRho = upper1 * t1;
                observed = upper1 * (upper1 - t1);
                break;
            default:
                if (p1 > 1e-250)
                {
                    var d = (f0 - f1) / p1;
                    scoreMu = gMu / p1;
                    scoreRho = gRho / p1;
                    observed = (d * d) - (((t0 * f0) - (t1 * f1)) / p1);
                }
                else
                {
                    // The band has no mass at μ: pull μ toward its nearest end.
                    scoreMu = ((mu < 0 ? 0.0 : 1.0) - mu) * inv * inv;
                    scoreRho = 0;
                    observed = 1;
                }

                break;
        }

        observed = Math.Clamp(observed, 0, 1) * inv * inv;
    }

    /// <summary>
    /// Φ(t) and Q(t) = 1 − Φ(t) from one erfc (the smaller one to full relative precision), and the Mills ratios
    /// φ/Φ and φ/Q (by continued fraction where the tail underflows).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Tails(double t, double pdf, out double cdf, out double sf, out double lowerMills, out double upperMills)
    {
        if (t < 0)
        {
            cdf = 0.5 * SpecialFunctions.Erfc(-t * InvSqrt2);
            sf = 1 - cdf;
            lowerMills = t < -20 || cdf < 1e-280 ? UpperMills(-t) : pdf / cdf;
            upperMills = pdf / sf;
        }
        else
        {
            sf = 0.5 * SpecialFunctions.Erfc(t * InvSqrt2);
            cdf = 1 - sf;
            upperMills = t > 20 || sf < 1e-280 ? UpperMills(t) : pdf / sf;
            lowerMills = pdf / cdf;
        }
    }

    /// <summary>φ(t)/Φ(t), the mean of −Z for a standard normal Z truncated to (−∞, t): UpperMills(−t).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double LowerMills(double t) => UpperMills(-t);
}

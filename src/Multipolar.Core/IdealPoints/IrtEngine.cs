namespace Multipolar.IdealPoints;

/// <summary>
/// The engine shared by the static and dynamic models: block-coordinate ascent of the penalised likelihood (the
/// posterior mode, the fixed point of Imai, Lo and Olmsted's EM), alternating a Fisher-scoring step per roll call
/// (with its latent log standard deviation when ordinal) and a scoring step for each state's ideal points (a Kalman smoother
/// over its periods, which for one period is the static update), plus a parameter-expansion step.
/// </summary>
/// <remarks>
/// Latent utility of observation k (state slot i, group j): z = a_j + b_j x_i + ε, ε ~ N(0, σ_j²). Binary groups:
/// σ_j = 1, lower category iff z &lt; 0. Ordinal groups (yes, abstain and no all observed): no iff z &lt; 0, abstain iff
/// 0 ≤ z &lt; 1, yes iff z ≥ 1, σ_j estimated — Imai, Lo and Olmsted's (2016, section "ordinal") reparameterisation of
/// cutpoints (0, τ_j) with unit variance, σ_j = 1/τ_j. Not thread-safe; one engine per fit.
/// </remarks>
internal sealed partial class IrtEngine
{
    /// <summary>Variance of the normal prior of log σ_j of ordinal groups, keeping σ_j away from 0 on separable data.</summary>
    private const double SigmaPriorVariance = 1.0;
    /// <summary>Trust region: the largest change of a_j or b_j (and, <see cref="MaxStateStep"/>, of x) in one step.</summary>
    private const double MaxItemStep = 1.0;
    private const double MaxStateStep = 1.0;
    /// <summary>SQUAREM: the largest extrapolation step |α|, and how much larger than the last plain change the change after an extrapolation may be.</summary>
    private const double SquaremMaxStep = 64;

    /// <summary>Problems with fewer observations run serially: Parallel.For costs more than it saves on one year.</summary>
    private const int ParallelMinObservations = 50_000;
    private const double SquaremGuard = 4;
    private const int GroupChunk = 64;
    private const int ChainChunk = 8;

    private readonly IrtProblem p;
    private readonly IdealPointOptions options;
    private readonly double[] x;
    private readonly double[] xPrev;
    private readonly double[] a;
    private readonly double[] b;
    private readonly double[] rho;
    private readonly int maxChain;

    public IrtEngine(IrtProblem problem, IdealPointOptions options)
    {
        p = problem;
        this.options = options;
        x = new double[p.SlotCount];
        xPrev = new double[p.SlotCount];
        a = new double[p.GroupCount];
        b = new double[p.GroupCount];
        rho = new double[p.GroupCount];
        for (var c = 0; c < p.ChainCount; c++)
        {
            maxChain = Math.Max(maxChain, p.ChainStart[c + 1] - p.ChainStart[c]);
        }
    }

    /// <summary>
    /// Starting values to use instead of the deterministic start (per slot, per group; the parametric bootstrap starts
    /// each refit at the fit it resamples, which saves most of the iterations without moving the fixed point).
    /// </summary>
    public (double[] X, double[] A, double[] B, double[] Rho)? WarmStart { get; set; }

    /// <summary>Diagnostics for the benchmarks: called after each iteration with its number and largest change.</summary>
    internal static Action<int, double>? Trace { get; set; }

    /// <summary>Ideal point (posterior mean or mode) of each slot.</summary>
    public ReadOnlySpan<double> Positions => x;

    /// <summary>Intercepts a_j of the item groups.</summary>
    public ReadOnlySpan<double> Intercepts => a;

    /// <summary>Discriminations b_j of the item groups.</summary>
    public ReadOnlySpan<double> Discriminations => b;

    /// <summary>Latent error standard deviations σ_j of the item groups (1 for binary groups).</summary>
    public double Sigma(int group) => Math.Exp(rho[group]);

    /// <summary>
    /// Iterates from the deterministic start until the largest ideal-point change of an iteration is under the
    /// tolerance, accelerated by SQUAREM (Varadhan and Roland 2008, scheme S3): two plain iterations θ1 = F(θ0),
    /// θ2 = F(θ1) give r = θ1 − θ0 and v = θ2 − θ1 − r; the extrapolation θ0 − 2αr + α²v with α = −‖r‖/‖v‖ (at most
    /// the current step bound in size; shorter than 1 when the iterations oscillate, which for a 2-cycle lands on its
    /// midpoint; α = −1 is θ2 itself and skips the extrapolation) is followed by one plain iteration, whose change is the convergence
    /// test; when that change is not finite or over <see cref="SquaremGuard"/> times the last plain one, the
    /// extrapolation is undone (back to θ2) and the step bound reset. Every application of F counts as an iteration.
    /// </summary>
    public IdealPointConvergence Run(int anchorChain, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        if (WarmStart is { } warm)
        {
            warm.X.CopyTo(x, 0);
            warm.A.CopyTo(a, 0);
            warm.B.CopyTo(b, 0);
            warm.Rho.CopyTo(rho, 0);
        }
        else
        {
            Start(anchorChain);
        }

        var n = x.Length + (3 * a.Length);
        var theta0 = new double[n];
        var theta1 = new double[n];
        var theta2 = new double[n];
        var first = double.NaN;
        var change = double.PositiveInfinity;
        var reported = 0.0;
        var it = 0;
        var converged = false;
        var stepMax = 1.0;

        // One plain iteration; true when the fit is finished (converged, diverged or out of iterations).
        bool Iterate()
        {
            cancellationToken.ThrowIfCancellationRequested();
            it++;
            change = Step();
            Trace?.Invoke(it, change);
            if (double.IsNaN(first))
            {
                first = Math.Max(change, options.Tolerance * 10);
            }

            if (change < options.Tolerance)
            {
                converged = true;
                return true;
            }

            if (!double.IsFinite(change) || it >= options.MaxIterations)
            {
                return true;
            }

            if (progress is not null)
            {
                var byChange = Math.Log(first / change) / Math.Log(first / options.Tolerance);
                var frac = Math.Clamp(Math.Max((double)it / options.MaxIterations, byChange), 0, 0.99);
                if (frac > reported + 0.005)
                {
                    reported = frac;
                    progress.Report(frac);
                }
            }

            return false;
        }

        while (true)
        {
            Pack(theta0);
            if (Iterate())
            {
                break;
            }

            Pack(theta1);
            if (Iterate())
            {
                break;
            }

            Pack(theta2);
            double rr = 0, vv = 0;
            for (var i = 0; i < n; i++)
            {
                var r = theta1[i] - theta0[i];
                var v = theta2[i] - (2 * theta1[i]) + theta0[i];
                rr += r * r;
                vv += v * v;
            }

            // |α| < 1 means the plain iterations oscillate (‖v‖ > ‖r‖): for a 2-cycle (θ2 = θ0) α = −½ gives its
            // midpoint, the fixed point of a linear map with eigenvalue −1, where α = −1 would only return θ2.
            var alpha = vv > 0 ? -Math.Sqrt(rr / vv) : -1.0;
            alpha = Math.Max(alpha, -stepMax);
            if (alpha == -1.0)
            {
                stepMax = Math.Min(stepMax * 4, SquaremMaxStep);
                continue;
            }

            for (var i = 0; i < n; i++)
            {
                var r = theta1[i] - theta0[i];
                var v = theta2[i] - (2 * theta1[i]) + theta0[i];
                theta0[i] = theta0[i] - (2 * alpha * r) + (alpha * alpha * v);
            }

            Unpack(theta0);
            var plain = change;
            var done = Iterate();
            if (!double.IsFinite(change) || change > SquaremGuard * plain)
            {
                Unpack(theta2);
                change = plain;
                stepMax = 1.0;
                done = it >= options.MaxIterations;
            }
            else
            {
                stepMax = Math.Min(stepMax * 4, SquaremMaxStep);
            }

            if (done)
            {
                break;
            }
        }

        Orient(anchorChain);
        progress?.Report(1.0);
        return new IdealPointConvergence(it, change, converged, options.Tolerance);
    }

    /// <summary>One plain iteration (roll calls, states, scale); returns the largest change of an ideal point.</summary>
    private double Step()
    {
        x.CopyTo(xPrev, 0);
        UpdateItems();
        UpdateStates();
        Expand();
        ExpandPeriods();

        var change = 0.0;
        for (var s = 0; s < x.Length; s++)
        {
            change = Math.Max(change, Math.Abs(x[s] - xPrev[s]));
        }

        return change;
    }

    private void Pack(double[] theta)
    {
        x.CopyTo(theta, 0);
        a.CopyTo(theta, x.Length);
        b.CopyTo(theta, x.Length + a.Length);
        rho.CopyTo(theta, x.Length + (2 * a.Length));
    }

    private void Unpack(double[] theta)
    {
        theta.AsSpan(0, x.Length).CopyTo(x);
        theta.AsSpan(x.Length, a.Length).CopyTo(a);
        theta.AsSpan(x.Length + a.Length, a.Length).CopyTo(b);
        theta.AsSpan(x.Length + (2 * a.Length), a.Length).CopyTo(rho);
    }

    /// <summary>Flips the scale (x → −x, b → −b) when the anchor chain's mean ideal point is negative.</summary>
    private void Orient(int anchorChain)
    {
        if (anchorChain < 0 || ChainMean(anchorChain) >= 0)
        {
            return;
        }

        for (var i = 0; i < x.Length; i++)
        {
            x[i] = -x[i];
        }

        for (var g = 0; g < b.Length; g++)
        {
            b[g] = -b[g];
        }
    }

    private double ChainMean(int chain)
    {
        var sum = 0.0;
        for (var s = p.ChainStart[chain]; s < p.ChainStart[chain + 1]; s++)
        {
            sum += x[s];
        }

        return sum / (p.ChainStart[chain + 1] - p.ChainStart[chain]);
    }

    /// <summary>Roll-call step for every item group.</summary>
    private void UpdateItems() => ForRanges(p.GroupCount, GroupChunk, (g0, g1) =>
    {
        for (var g = g0; g < g1; g++)
        {
            UpdateItem(g);
        }

        return 0.0;
    });

    /// <summary>
    /// One Fisher-scoring step on the penalised log-likelihood of a roll call's parameters θ: (a_j, b_j), and for an
    /// ordinal group also ρ_j = log σ_j: θ ← θ + (J + Λ)⁻¹(S − Λθ), with S and J the sums over its votes of the score
    /// and information (chain rule through μ = a + b·x) and Λ the prior precisions (1/v for a and b, 1 for ρ). The
    /// information of μ is the larger of the expected and the observed one: expected information vanishes for votes far
    /// on the wrong side of a cut while the curvature does not, and pure Fisher scoring then diverges (it did on the
    /// 1946 roll calls). Steps are capped at ±1 (±0.5 for ρ), a trust region that does not move the fixed point.
    /// </summary>
    private void UpdateItem(int g)
    {
        int k0 = p.GroupStart[g], k1 = p.GroupStart[g + 1];
        var ordinal = p.GroupOrdinal[g];
        double ag = a[g], bg = b[g], sigma = Math.Exp(rho[g]);
        double sa = 0, sb = 0, sr = 0, jaa = 0, jab = 0, jbb = 0, jar = 0, jbr = 0, jrr = 0;
        var slots = p.ObsSlot;
        var cats = p.ObsCategory;
        for (var k = k0; k < k1; k++)
        {
            var xi = x[slots[k]];
            var mu = ag + (bg * xi);
            double score, info;
            if (ordinal)
            {
                NormalMath.OrdinalKernel(mu, sigma, cats[k], out score, out var scoreRho, out info, out var infoMuRho, out var infoRhoRho, out var observed);
                info = Math.Max(info, observed);
                sr += scoreRho;
                jar += infoMuRho;
                jbr += infoMuRho * xi;
                jrr += infoRhoRho;
            }
            else
            {
                NormalMath.Kernel(mu, sigma, cats[k], false, out score, out info, out var observed);
                info = Math.Max(info, observed);
            }

            sa += score;
            sb += score * xi;
            jaa += info;
            jab += info * xi;
            jbb += info * xi * xi;
        }

        var prec = 1.0 / options.ItemPriorVariance;
        sa -= ag * prec;
        sb -= bg * prec;
        jaa += prec;
        jbb += prec;
        if (!ordinal)
        {
            var det = (jaa * jbb) - (jab * jab);
            var na = ag + Math.Clamp(((jbb * sa) - (jab * sb)) / det, -MaxItemStep, MaxItemStep);
            var nb = bg + Math.Clamp(((jaa * sb) - (jab * sa)) / det, -MaxItemStep, MaxItemStep);
            var cap = options.MaxDiscrimination;
            var shrink = Math.Abs(nb) > cap ? cap / Math.Abs(nb) : 1.0;
            a[g] = na * shrink;
            b[g] = nb * shrink;
            return;
        }

        sr -= rho[g] / SigmaPriorVariance;
        jrr += 1 / SigmaPriorVariance;
        Solve3(jaa, jab, jar, jbb, jbr, jrr, sa, sb, sr, out var da, out var db, out var dr);
        if (!double.IsFinite(da + db + dr))
        {
            return;
        }

        a[g] = ag + Math.Clamp(da, -MaxItemStep, MaxItemStep);
        b[g] = bg + Math.Clamp(db, -MaxItemStep, MaxItemStep);
        rho[g] = Math.Max(rho[g] + Math.Clamp(dr, -0.5, 0.5), Math.Log(Math.Abs(b[g]) / options.MaxDiscrimination));
    }

    /// <summary>Solves the symmetric positive-definite 3×3 system [[aa, ab, ac], [ab, bb, bc], [ac, bc, cc]]·d = s by Cholesky.</summary>
    private static void Solve3(double aa, double ab, double ac, double bb, double bc, double cc, double s0, double s1, double s2, out double d0, out double d1, out double d2)
    {
        var l00 = Math.Sqrt(aa);
        var l10 = ab / l00;
        var l20 = ac / l00;
        var l11 = Math.Sqrt(bb - (l10 * l10));
        var l21 = (bc - (l20 * l10)) / l11;
        var l22 = Math.Sqrt(cc - (l20 * l20) - (l21 * l21));
        var y0 = s0 / l00;
        var y1 = (s1 - (l10 * y0)) / l11;
        var y2 = (s2 - (l20 * y0) - (l21 * y1)) / l22;
        d2 = y2 / l22;
        d1 = (y1 - (l21 * d2)) / l11;
        d0 = (y0 - (l10 * d1) - (l20 * d2)) / l00;
    }

    /// <summary>Runs <paramref name="body"/> over [0, n) in chunks, in parallel when enabled; returns the largest result.</summary>
    private double ForRanges(int n, int chunk, Func<int, int, double> body)
    {
        var ranges = (n + chunk - 1) / chunk;
        if (!options.Parallel || ranges <= 1 || p.ObservationCount < ParallelMinObservations)
        {
            var max = 0.0;
            for (var i = 0; i < ranges; i++)
            {
                max = Math.Max(max, body(i * chunk, Math.Min(n, (i + 1) * chunk)));
            }

            return max;
        }

        var results = new double[ranges];
        Parallel.For(0, ranges, ParallelWork.OnCurrentScheduler, i => results[i] = body(i * chunk, Math.Min(n, (i + 1) * chunk)));
        var best = 0.0;
        foreach (var r in results)
        {
            best = Math.Max(best, r);
        }

        return best;
    }
}

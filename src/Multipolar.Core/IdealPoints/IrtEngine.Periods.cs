using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace Multipolar.IdealPoints;

/// <summary>
/// The per-period expansion step of the dynamic engine: a joint Gauss–Newton step on every period's location and
/// scale, the slow directions of the block-coordinate ascent.
/// </summary>
internal sealed partial class IrtEngine
{
    /// <summary>Trust region of the period step: the largest shift of a period's positions and the largest log scale change.</summary>
    private const double MaxPeriodShift = 0.5;
    private const double MaxPeriodLogScale = 0.25;

    /// <summary>Period index (into <see cref="IrtProblem.Periods"/>) of each slot.</summary>
    private int[]? slotPeriodIndex;

    /// <summary>The period index of each item group whose votes all lie in one period; −1 for a group bridged across periods.</summary>
    private int[]? groupPeriod;

    /// <summary>The item groups bridged across periods.</summary>
    private int[]? bridgedGroups;

    /// <summary>A period's own groups held fixed by the period step because they came near the discrimination cap.</summary>
    private bool[]? heldGroups;

    /// <summary>
    /// Per-period expansion (a generalisation of the global PX step, <see cref="Expand"/>, to one location d_t and one
    /// log scale γ_t per period t): x_s → e^γ_t·x_s + d_t for the slots of period t, and for the roll-call groups that
    /// lie wholly in period t b → b·e^−γ_t, a → a − b'·d_t, which leaves their likelihood unchanged. What changes is the
    /// likelihood of the bridged groups (their votes in period t see the moved positions), the item priors of the
    /// period's own groups, each state's first-period prior and the random-walk steps between periods. One
    /// Gauss–Newton step on the posterior over all (d, γ) jointly (2 × periods unknowns, a dense Cholesky solve),
    /// with expected information for the bridged votes; steps are capped (|d| ≤ 0.5, |γ| ≤ 0.25).
    /// </summary>
    /// <remarks>
    /// Why: block-coordinate ascent moves a whole period's positions and its roll calls' intercepts only in turn, each
    /// block holding the other fixed, so a period's location relative to its neighbours (tied only by the random walk
    /// and the bridges) converges linearly and slowly; at ω² = 0.01 the 1946–2019 fit needed ≈ 650 iterations. This
    /// step moves along exactly those directions. It is an ascent direction on the posterior, so the fixed point
    /// (the posterior mode) does not move.
    /// </remarks>
    private void ExpandPeriods()
    {
        var periods = p.Periods.Length;
        if (periods < 2 || !options.PeriodExpansion)
        {
            return;
        }

        PreparePeriodIndex();
        var n = 2 * periods;
        var grad = new double[n];
        var hess = new double[n * n];

        // A period's own group near the discrimination cap could not follow a scale change (the next roll-call step would
        // cap it again, and the two steps then cycle: ω² = 0.007 stalled at a change of 3e-4 with a hold at 0.999 of the
        // cap), so a group within the largest scale step e^−0.25 of the cap is held fixed like a bridged group and its
        // votes enter the likelihood part; no free group can be pushed past the cap.
        // Once held, a group stays held: a set that changed back and forth between iterations made the map
        // discontinuous and the fit cycled (ω² = 0.01 stalled at a change of 2.6e-4); a set that only grows settles.
        var held = new List<int>(bridgedGroups!);
        var free = new bool[p.GroupCount];
        for (var g = 0; g < p.GroupCount; g++)
        {
            if (groupPeriod![g] >= 0)
            {
                heldGroups![g] |= Math.Abs(b[g]) >= options.MaxDiscrimination * Math.Exp(rho[g] - MaxPeriodLogScale);
                if (heldGroups[g])
                {
                    held.Add(g);
                }
                else
                {
                    free[g] = true;
                }
            }
        }

        // Bridged (and held) votes: F = −log L; ∂μ/∂d_t = b, ∂μ/∂γ_t = b·x.
        var chunks = (held.Count + GroupChunk - 1) / GroupChunk;
        var partial = new double[chunks][];
        ForRanges(held.Count, GroupChunk, (i0, i1) =>
        {
            var acc = new double[5 * periods];
            for (var i = i0; i < i1; i++)
            {
                var g = held[i];
                double ag = a[g], bg = b[g], sigma = Math.Exp(rho[g]);
                var ordinal = p.GroupOrdinal[g];
                for (var k = p.GroupStart[g]; k < p.GroupStart[g + 1]; k++)
                {
                    var s = p.ObsSlot[k];
                    var xs = x[s];
                    NormalMath.Kernel(ag + (bg * xs), sigma, p.ObsCategory[k], ordinal, out var score, out var info, out _);
                    var t = 5 * slotPeriodIndex![s];
                    var bs = bg * score;
                    var bi = bg * bg * info;
                    acc[t] -= bs;
                    acc[t + 1] -= bs * xs;
                    acc[t + 2] += bi;
                    acc[t + 3] += bi * xs;
                    acc[t + 4] += bi * xs * xs;
                }
            }

            partial[i0 / GroupChunk] = acc;
            return 0.0;
        });
        foreach (var acc in partial)
        {
            for (var t = 0; t < periods; t++)
            {
                grad[t] += acc[5 * t];
                grad[periods + t] += acc[(5 * t) + 1];
                hess[(t * n) + t] += acc[(5 * t) + 2];
                hess[(t * n) + periods + t] += acc[(5 * t) + 3];
                hess[((periods + t) * n) + t] += acc[(5 * t) + 3];
                hess[((periods + t) * n) + periods + t] += acc[(5 * t) + 4];
            }
        }

        // The period's own groups: prior (a'² + b'²)/2v with a' ≈ a − b·d, b' ≈ b·(1 − γ).
        var prec = 1.0 / options.ItemPriorVariance;
        for (var g = 0; g < p.GroupCount; g++)
        {
            var t = groupPeriod![g];
            if (free[g])
            {
                var b2 = b[g] * b[g] * prec;
                grad[t] -= a[g] * b[g] * prec;
                grad[periods + t] -= b2;
                hess[(t * n) + t] += b2;
                hess[((periods + t) * n) + periods + t] += b2;
            }
        }

        // First-period priors and random-walk steps, linearised in γ: x' ≈ x + d + γ·x.
        var v0 = 1.0 / options.PriorVariance;
        Span<int> idx = stackalloc int[4];
        Span<double> jac = stackalloc double[4];
        for (var c = 0; c < p.ChainCount; c++)
        {
            var s0 = p.ChainStart[c];
            var t0 = slotPeriodIndex![s0];
            idx[0] = t0;
            idx[1] = periods + t0;
            jac[0] = 1;
            jac[1] = x[s0];
            AddResidual(grad, hess, n, idx[..2], jac[..2], x[s0], v0);
            for (var s = s0; s < p.ChainStart[c + 1] - 1; s++)
            {
                int ta = slotPeriodIndex[s], tb = slotPeriodIndex[s + 1];
                var w = 1.0 / (options.RandomWalkVariance * (p.SlotPeriod[s + 1] - p.SlotPeriod[s]));
                idx[0] = tb;
                idx[1] = ta;
                idx[2] = periods + tb;
                idx[3] = periods + ta;
                jac[0] = 1;
                jac[1] = -1;
                jac[2] = x[s + 1];
                jac[3] = -x[s];
                AddResidual(grad, hess, n, idx, jac, x[s + 1] - x[s], w);
            }
        }

        var step = SolvePeriodSystem(hess, grad, n);
        if (step is null)
        {
            return;
        }

        for (var s = 0; s < x.Length; s++)
        {
            var t = slotPeriodIndex![s];
            x[s] = (Math.Exp(Math.Clamp(step[periods + t], -MaxPeriodLogScale, MaxPeriodLogScale)) * x[s]) + Math.Clamp(step[t], -MaxPeriodShift, MaxPeriodShift);
        }

        for (var g = 0; g < p.GroupCount; g++)
        {
            var t = groupPeriod![g];
            if (free[g])
            {
                b[g] *= Math.Exp(-Math.Clamp(step[periods + t], -MaxPeriodLogScale, MaxPeriodLogScale));
                a[g] -= b[g] * Math.Clamp(step[t], -MaxPeriodShift, MaxPeriodShift);
            }
        }
    }

    /// <summary>Adds weight·r·J to the gradient and weight·J·Jᵀ to the Gauss–Newton matrix for one residual r with Jacobian J at the given unknowns.</summary>
    private static void AddResidual(double[] grad, double[] hess, int n, ReadOnlySpan<int> idx, ReadOnlySpan<double> jac, double r, double weight)
    {
        for (var i = 0; i < idx.Length; i++)
        {
            grad[idx[i]] += weight * r * jac[i];
            for (var j = 0; j < idx.Length; j++)
            {
                hess[(idx[i] * n) + idx[j]] += weight * jac[i] * jac[j];
            }
        }
    }

    /// <summary>Solves H·δ = −g by Math.NET's Cholesky factorisation (H symmetric positive semi-definite, a tiny ridge added); null when H is not positive definite.</summary>
    private static double[]? SolvePeriodSystem(double[] hess, double[] grad, int n)
    {
        var h = Matrix<double>.Build.DenseOfColumnMajor(n, n, hess);   // symmetric: row- and column-major alike
        var ridge = 1e-10 * h.Trace() / n;
        for (var i = 0; i < n; i++)
        {
            h[i, i] += ridge;
        }

        Cholesky<double> cholesky;
        try
        {
            cholesky = h.Cholesky();
        }
        catch (ArgumentException)
        {
            return null;   // not positive definite: no step this iteration
        }

        var y = cholesky.Solve(Vector<double>.Build.Dense(grad).Negate()).AsArray();
        return double.IsFinite(y.Sum()) ? y : null;
    }

    /// <summary>Builds the slot → period index and the group → period (or bridged) maps once.</summary>
    private void PreparePeriodIndex()
    {
        if (slotPeriodIndex is not null)
        {
            return;
        }

        var slots = new int[p.SlotCount];
        for (var s = 0; s < slots.Length; s++)
        {
            slots[s] = Array.BinarySearch(p.Periods, p.SlotPeriod[s]);
        }

        var groups = new int[p.GroupCount];
        var bridged = new List<int>();
        for (var g = 0; g < groups.Length; g++)
        {
            var t = -2;
            for (var k = p.GroupStart[g]; k < p.GroupStart[g + 1]; k++)
            {
                var tk = slots[p.ObsSlot[k]];
                t = t == -2 ? tk : t == tk ? t : -1;
            }

            groups[g] = t < 0 ? -1 : t;
            if (t == -1)
            {
                bridged.Add(g);
            }
        }

        groupPeriod = groups;
        bridgedGroups = [.. bridged];
        heldGroups = new bool[groups.Length];
        slotPeriodIndex = slots;
    }
}

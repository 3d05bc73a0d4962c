namespace Multipolar.IdealPoints;

/// <summary>The parameter-expansion step of the engine, which removes EM's slow drift along the scale and location.</summary>
internal sealed partial class IrtEngine
{
    /// <summary>
    /// Parameter expansion (Liu, Rubin and Wu 1998, "PX-EM"): the likelihood is unchanged by x → c·x + d,
    /// b → b/c, a → a − b·d/c, so only the priors decide c and d.
    /// With e = d/c the objective to minimise is
    /// F = c²·Q(e) + Σ(a − b·e)²/v + Σb²/(v·c²), where Q(e) = Σ_first (x + e)²/V0 + Σ_steps (Δx)²/(ω²Δt).
    /// For fixed e the optimal c² = √(Σb²/(v·Q)); e is found by golden-section search. An exact ascent step on the
    /// objective EM maximises; EM itself leaves this direction to the weak priors and crawls along it.
    /// </summary>
    private void Expand()
    {
        var v0 = options.PriorVariance;
        var omega = options.RandomWalkVariance;
        double qa = 0, qb = 0, qn = 0, qt = 0;
        for (var c = 0; c < p.ChainCount; c++)
        {
            var s0 = p.ChainStart[c];
            qa += x[s0] * x[s0] / v0;
            qb += x[s0] / v0;
            qn += 1 / v0;
            for (var s = s0; s < p.ChainStart[c + 1] - 1; s++)
            {
                var d = x[s + 1] - x[s];
                var gap = p.SlotPeriod[s + 1] - p.SlotPeriod[s];
                qt += d * d / (omega * gap);
            }
        }

        double saa = 0, sab = 0, sbb = 0;
        for (var g = 0; g < p.GroupCount; g++)
        {
            saa += a[g] * a[g];
            sab += a[g] * b[g];
            sbb += b[g] * b[g];
        }

        var v = options.ItemPriorVariance;
        const double n = 0;
        if (sbb <= 0)
        {
            return;
        }

        double Scale2(double e)
        {
            var q = qa + (2 * qb * e) + (qn * e * e) + qt;
            return (n + Math.Sqrt((n * n) + (4 * q * sbb / v))) / (2 * q);
        }

        double Objective(double e, double c2)
        {
            var q = qa + (2 * qb * e) + (qn * e * e) + qt;
            return (c2 * q) + ((saa - (2 * e * sab) + (e * e * sbb)) / v) + (sbb / (v * c2)) - (n * Math.Log(c2));
        }

        // Golden-section search for e on [−10, 10].
        const double InvPhi = 0.6180339887498949;
        double lo = -10, hi = 10;
        var e1 = hi - (InvPhi * (hi - lo));
        var e2 = lo + (InvPhi * (hi - lo));
        double f1 = Objective(e1, Scale2(e1)), f2 = Objective(e2, Scale2(e2));
        for (var it = 0; it < 80; it++)
        {
            if (f1 < f2)
            {
                hi = e2;
                e2 = e1;
                f2 = f1;
                e1 = hi - (InvPhi * (hi - lo));
                f1 = Objective(e1, Scale2(e1));
            }
            else
            {
                lo = e1;
                e1 = e2;
                f1 = f2;
                e2 = lo + (InvPhi * (hi - lo));
                f2 = Objective(e2, Scale2(e2));
            }
        }

        var eBest = 0.5 * (lo + hi);
        var c2Best = Scale2(eBest);
        if (!(Objective(eBest, c2Best) < Objective(0, 1)) || !double.IsFinite(c2Best))
        {
            return;
        }

        var cs = Math.Sqrt(c2Best);
        for (var s = 0; s < x.Length; s++)
        {
            x[s] = (cs * x[s]) + (cs * eBest);
        }

        for (var g = 0; g < a.Length; g++)
        {
            a[g] -= b[g] * eBest;
            b[g] /= cs;
        }
    }
}

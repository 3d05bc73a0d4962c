namespace Multipolar.IdealPoints;

/// <summary>The ideal-point side of the engine: Kalman smoothing of each state's chain and the standard errors.</summary>
internal sealed partial class IrtEngine
{
    /// <summary>
    /// Scoring step for the ideal points. Each vote k of slot i gives the score g = Σ b_j s_k and the expected
    /// information P = Σ b_j² I_k at the current x_i (s_k, I_k with respect to the latent mean); the slot is then a
    /// Gaussian pseudo-observation of x_i with mean x_i + g/P and precision P. Each state's chain is smoothed under
    /// x_first ~ N(0, V0) and x_t = x_{t−1} + N(0, ω²Δt) (Rauch–Tung–Striebel): a Gauss–Newton step on the
    /// penalised log-likelihood of its path. One slot: x ← x + (g − x/V0)/(P + 1/V0), the static scoring step.
    /// Returns the largest change of a position.
    /// </summary>
    private double UpdateStates() => ForRanges(p.ChainCount, ChainChunk, (c0, c1) =>
    {
        var prec = new double[maxChain];
        var info = new double[maxChain];
        var mean = new double[maxChain];
        var vari = new double[maxChain];
        var max = 0.0;
        for (var c = c0; c < c1; c++)
        {
            int s0 = p.ChainStart[c], len = p.ChainStart[c + 1] - s0;
            for (var j = 0; j < len; j++)
            {
                SlotScore(s0 + j, false, out var score, out var precision);
                prec[j] = precision;
                info[j] = (precision * x[s0 + j]) + score;
            }

            Smooth(s0, len, prec, info, mean, vari);
            for (var j = 0; j < len; j++)
            {
                var step = Math.Clamp(mean[j] - x[s0 + j], -MaxStateStep, MaxStateStep);
                max = Math.Max(max, Math.Abs(step));
                x[s0 + j] += step;
            }
        }

        return max;
    });

    /// <summary>
    /// Score and information of a slot's ideal point at the current parameters (after the roll-call step); the
    /// information is the expected one (<paramref name="expected"/>, for standard errors) or, for steps, the larger of the
    /// expected and the observed one (see <see cref="UpdateItem"/>). Carrying
    /// the roll-call step's scores to the new parameters to first order instead saves one probit evaluation per vote
    /// but made 2-cycles on real data (2019), so the scores are recomputed.
    /// </summary>
    private void SlotScore(int slot, bool expected, out double score, out double precision)
    {
        double pr = 0, h = 0;
        var xi = x[slot];
        var groups = p.ObsGroup;
        var obs = p.SlotObs;
        var cats = p.ObsCategory;
        for (var i = p.SlotObsStart[slot]; i < p.SlotObsStart[slot + 1]; i++)
        {
            var k = obs[i];
            var g = groups[k];
            NormalMath.Kernel(a[g] + (b[g] * xi), Math.Exp(rho[g]), cats[k], p.GroupOrdinal[g], out var s, out var inf, out var observed);
            pr += b[g] * b[g] * (expected ? inf : Math.Max(inf, observed));
            h += b[g] * s;
        }

        precision = pr;
        score = h;
    }

    /// <summary>Kalman filter and RTS smoother over one chain in information form; writes smoothed means and variances.</summary>
    private void Smooth(int s0, int len, double[] prec, double[] info, double[] mean, double[] vari)
    {
        // Forward: filtered mean/variance in mean/vari; predicted variance of step j kept in prec[j] after use.
        var omega = options.RandomWalkVariance;
        double predM = 0, predV = options.PriorVariance;
        for (var j = 0; j < len; j++)
        {
            if (j > 0)
            {
                predM = mean[j - 1];
                predV = vari[j - 1] + (omega * (p.SlotPeriod[s0 + j] - p.SlotPeriod[s0 + j - 1]));
            }

            var v = 1.0 / ((1.0 / predV) + prec[j]);
            mean[j] = v * ((predM / predV) + info[j]);
            vari[j] = v;
            prec[j] = predV;
        }

        // Backward (RTS): J = V_j / Vpred_{j+1}; m_j += J (m_{j+1} − m_j); V_j += J² (V_{j+1} − Vpred_{j+1}).
        for (var j = len - 2; j >= 0; j--)
        {
            var gain = vari[j] / prec[j + 1];
            mean[j] += gain * (mean[j + 1] - mean[j]);
            vari[j] += gain * gain * (vari[j + 1] - prec[j + 1]);
        }
    }

    /// <summary>
    /// Standard error of each slot: the expected Fisher information of its votes at the estimates (roll-call
    /// parameters fixed), combined with the prior (static) or the random walk (dynamic, RTS smoother variance) —
    /// the Laplace approximation of the posterior of the state's path.
    /// </summary>
    public double[] StandardErrors()
    {
        var se = new double[p.SlotCount];
        ForRanges(p.ChainCount, ChainChunk, (c0, c1) =>
        {
            var prec = new double[maxChain];
            var info = new double[maxChain];
            var mean = new double[maxChain];
            var vari = new double[maxChain];
            for (var c = c0; c < c1; c++)
            {
                int s0 = p.ChainStart[c], len = p.ChainStart[c + 1] - s0;
                for (var j = 0; j < len; j++)
                {
                    SlotScore(s0 + j, true, out _, out prec[j]);
                    info[j] = 0;
                }

                Smooth(s0, len, prec, info, mean, vari);
                for (var j = 0; j < len; j++)
                {
                    se[s0 + j] = Math.Sqrt(vari[j]);
                }
            }

            return 0.0;
        });
        return se;
    }
}

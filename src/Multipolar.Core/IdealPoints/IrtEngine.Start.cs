namespace Multipolar.IdealPoints;

/// <summary>The deterministic starting values of the engine.</summary>
internal sealed partial class IrtEngine
{
    private const int StartPowerIterations = 30;
    private const int StartSeed = 20_160_401;

    /// <summary>
    /// Starting ideal points: the leading left singular vector of the double-centred vote matrix (yes 1, abstain ½,
    /// no 0, missing 0 after centring each roll call), found by power iteration per period from a fixed seed,
    /// standardised per period and oriented so the anchor (else the previous period, by correlation over common
    /// states) is positive, as Imai, Lo and Olmsted (2016) start from a singular value decomposition. Roll-call
    /// parameters start at a = b = 0, σ = 1.
    /// </summary>
    private void Start(int anchorChain)
    {
        var nObs = p.ObservationCount;
        var r = new double[nObs];
        for (var g = 0; g < p.GroupCount; g++)
        {
            var sum = 0.0;
            for (var k = p.GroupStart[g]; k < p.GroupStart[g + 1]; k++)
            {
                sum += p.ObsCategory[k] * 0.5;
            }

            var mean = sum / (p.GroupStart[g + 1] - p.GroupStart[g]);
            for (var k = p.GroupStart[g]; k < p.GroupStart[g + 1]; k++)
            {
                r[k] = (p.ObsCategory[k] * 0.5) - mean;
            }
        }

        var periodOf = new int[p.SlotCount];
        for (var s = 0; s < p.SlotCount; s++)
        {
            periodOf[s] = Array.BinarySearch(p.Periods, p.SlotPeriod[s]);
        }

        var rng = new Random(StartSeed);
        var u = new double[p.SlotCount];
        for (var s = 0; s < u.Length; s++)
        {
            u[s] = (2 * rng.NextDouble()) - 1;
        }

        var w = new double[p.GroupCount];
        StandardisePerPeriod(u, periodOf);
        for (var it = 0; it < StartPowerIterations; it++)
        {
            Array.Clear(w);
            for (var k = 0; k < nObs; k++)
            {
                w[p.ObsGroup[k]] += r[k] * u[p.ObsSlot[k]];
            }

            for (var s = 0; s < u.Length; s++)
            {
                var sum = 0.0;
                for (var i = p.SlotObsStart[s]; i < p.SlotObsStart[s + 1]; i++)
                {
                    var k = p.SlotObs[i];
                    sum += r[k] * w[p.ObsGroup[k]];
                }

                u[s] = sum;
            }

            StandardisePerPeriod(u, periodOf);
        }

        OrientPerPeriod(u, periodOf, anchorChain);
        u.CopyTo(x, 0);
        Array.Clear(a);
        Array.Clear(b);
        Array.Clear(rho);
    }

    private void StandardisePerPeriod(double[] u, int[] periodOf)
    {
        var nPer = p.Periods.Length;
        var sum = new double[nPer];
        var sq = new double[nPer];
        var n = new int[nPer];
        for (var s = 0; s < u.Length; s++)
        {
            sum[periodOf[s]] += u[s];
            n[periodOf[s]]++;
        }

        for (var s = 0; s < u.Length; s++)
        {
            var d = u[s] - (sum[periodOf[s]] / n[periodOf[s]]);
            sq[periodOf[s]] += d * d;
        }

        for (var s = 0; s < u.Length; s++)
        {
            var t = periodOf[s];
            var sd = Math.Sqrt(sq[t] / n[t]);
            u[s] = sd > 1e-300 ? (u[s] - (sum[t] / n[t])) / sd : 0.0;
        }
    }

    private void OrientPerPeriod(double[] u, int[] periodOf, int anchorChain)
    {
        var nPer = p.Periods.Length;
        var anchorValue = new double[nPer];
        if (anchorChain >= 0)
        {
            for (var s = p.ChainStart[anchorChain]; s < p.ChainStart[anchorChain + 1]; s++)
            {
                anchorValue[periodOf[s]] = u[s];
            }
        }

        // Previous-period value of each chain, to align periods without the anchor.
        var last = new double[p.ChainCount];
        var cross = new double[nPer];
        var chainOf = new int[p.SlotCount];
        for (var c = 0; c < p.ChainCount; c++)
        {
            for (var s = p.ChainStart[c]; s < p.ChainStart[c + 1]; s++)
            {
                chainOf[s] = c;
            }
        }

        var byPeriod = Enumerable.Range(0, p.SlotCount).OrderBy(s => periodOf[s]).ThenBy(s => s).ToArray();
        var start = 0;
        for (var t = 0; t < nPer; t++)
        {
            var end = start;
            while (end < byPeriod.Length && periodOf[byPeriod[end]] == t)
            {
                cross[t] += u[byPeriod[end]] * last[chainOf[byPeriod[end]]];
                end++;
            }

            var flip = anchorValue[t] != 0 ? anchorValue[t] < 0 : cross[t] < 0;
            for (var i = start; i < end; i++)
            {
                var s = byPeriod[i];
                if (flip)
                {
                    u[s] = -u[s];
                }

                last[chainOf[s]] = u[s];
            }

            start = end;
        }
    }
}

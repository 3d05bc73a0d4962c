using System.Collections.Immutable;
using MathNet.Numerics.Distributions;
using Multipolar.Alignment;
using Multipolar.Countries;

namespace Multipolar.Poles;

/// <summary>
/// The null model that calibrates the multi-alignment threshold: a state with one alignment on every issue, seen
/// through the sampling noise of its per-area numbers of votes. docs/analytics.md, "Calibration of the classification".
/// </summary>
/// <remarks>
/// <para>Under the null the state's similarity with pole p (<see cref="NetAlignment.Similarity"/>) is the same in every
/// area, its value over all roll calls u_p; the area's observed value is the mean of n_{p,a} per-vote scores in
/// [0, 1], drawn as N(u_p, u_p(1 − u_p)/n_{p,a}) clipped to [0, 1], with n_{p,a} the observed joint votes with the pole in
/// the area. u(1 − u) is the largest variance a score in [0, 1] with mean u can have (it is reached by yes/no-only
/// scores; abstentions scored ½ lower it), so the null is if anything too wide and the threshold conservative. Draws
/// are independent per pole and area. The areas are those the observed index kept (the same minimum of votes), the
/// poles' own gaps δ_a are the observed ones, and the index is computed from the draws with
/// <see cref="MultiAlignment"/>'s formulas.</para>
/// <para>The calibrated threshold (<see cref="MultiAlignmentOptions.MultiAlignedThreshold"/>) is the 95th percentile of
/// the pooled null over every state and year 1946–2025: a state with one alignment exceeds it by noise alone in 5% of
/// state-years. Deterministic for a seed (each state and period draws from its own seeded generator); pure.</para>
/// </remarks>
public static class MultiAlignmentNull
{
    /// <summary>
    /// <paramref name="replicates"/> draws of the index under the null for one state and period; empty when the observed
    /// index is undefined (fewer than two areas).
    /// </summary>
    public static ImmutableArray<double> Simulate(PoleProfileTable table, Country state, int period, int replicates, int seed = 0, MultiAlignmentOptions options = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentOutOfRangeException.ThrowIfNegative(replicates);
        var poles = table.Poles.Poles;
        var observed = MultiAlignment.Classify(table, state, period, options);
        if (double.IsNaN(observed.Index))
        {
            return [];
        }

        var own = -1;
        for (var p = 0; p < poles.Length; p++)
        {
            own = ReferenceEquals(poles[p].State, state) ? p : own;
        }

        var mean = new double[poles.Length];
        for (var p = 0; p < poles.Length; p++)
        {
            mean[p] = p == own ? double.NaN : NetAlignment.Similarity(table.Measure, table.Value(state, p, Slice.All, period).Value);
        }

        // The areas the observed index kept, with the joint votes with each pole.
        var kept = new List<(Slice Area, int N, int[] PerPole)>();
        foreach (var area in options.Areas)
        {
            var perPole = new int[poles.Length];
            var n = int.MaxValue;
            for (var p = 0; p < poles.Length; p++)
            {
                if (p != own)
                {
                    var v = table.Value(state, p, area, period);
                    perPole[p] = v.IsDefined ? v.N : 0;
                    n = Math.Min(n, perPole[p]);
                }
            }

            if (n >= options.MinVotes && !double.IsNaN(table.Net(state, area, period).Value))
            {
                kept.Add((area, n, perPole));
            }
        }

        var random = new Random(unchecked((seed * 1_000_003) + (period * 7_919) + (state.Iso3[0] * 65_536) + (state.Iso3[1] * 256) + state.Iso3[2]));
        var draws = ImmutableArray.CreateBuilder<double>(replicates);
        var areas = new List<(Slice Area, int Pole, double Net, int N)>(kept.Count);
        for (var r = 0; r < replicates; r++)
        {
            areas.Clear();
            foreach (var (area, n, perPole) in kept)
            {
                int best = -1, others = 0;
                double bestU = double.NegativeInfinity, first = double.NaN, sumOthers = 0;
                for (var p = 0; p < poles.Length; p++)
                {
                    if (p == own || double.IsNaN(mean[p]))
                    {
                        continue;
                    }

                    var u = mean[p];
                    var x = Math.Clamp(u + (Math.Sqrt(u * (1 - u) / perPole[p]) * Normal.Sample(random, 0, 1)), 0, 1);
                    if (x > bestU)
                    {
                        (best, bestU) = (p, x);
                    }

                    if (p == 0)
                    {
                        first = x;
                    }
                    else
                    {
                        sumOthers += x;
                        others++;
                    }
                }

                var net = others == 0 ? double.NaN : first - (sumOthers / others);
                if (best >= 0 && !double.IsNaN(net))
                {
                    areas.Add((area, best, net, n));
                }
            }

            if (areas.Count >= 2)
            {
                draws.Add(MultiAlignment.Combine(table, areas, period).Index);
            }
        }

        return draws.ToImmutable();
    }

    /// <summary>The null draws of every state and period of <paramref name="table"/> with a defined index, pooled.</summary>
    public static ImmutableArray<double> Pooled(PoleProfileTable table, int replicates, int seed = 0, MultiAlignmentOptions options = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        var builder = ImmutableArray.CreateBuilder<double>();
        foreach (var period in table.Periods)
        {
            foreach (var state in table.States)
            {
                builder.AddRange(Simulate(table, state, period, replicates, seed, options));
            }
        }

        return builder.ToImmutable();
    }
}

using System.Collections.Immutable;
using Multipolar.Alignment;
using Multipolar.Countries;
using Multipolar.Votes;

namespace Multipolar.Poles;

/// <summary>
/// The multi-alignment index (MAI) and the classification built on it. No published index exists; this one is
/// Multipolar's own, documented in docs/analytics.md, "Multi-alignment".
/// </summary>
/// <remarks>
/// <para>For a state and period, over the issue areas a with at least <see cref="MultiAlignmentOptions.MinVotes"/>
/// joint votes with every pole (n_a the smallest of those Ns, weights ω_a = n_a / Σ n):</para>
/// <list type="bullet">
/// <item>Dispersion D = Σ_a ω_a · δ_a(p_a, p*), p_a the nearest pole in area a, p* the modal nearest pole (the one nearest
/// in the largest weight of areas) and δ_a(p, q) = 1 − u_a(p, q) how far apart the two poles themselves vote in that area
/// (u the similarity in [0, 1]; δ(p, p) = 0). D ∈ [0, 1]: 0 when the nearest pole is the same in every area; near 0 when
/// the state only moves between poles that vote alike (China and Russia); large when it sides in different areas with
/// poles that oppose each other.</item>
/// <item>Spread σ = √(Σ ω_a (NA_a − NĀ)²), NA_a the net alignment in area a (<see cref="PoleProfileTable.Net(Country, Slice, int)"/>:
/// the first pole against the others, in [−1, 1]) and NĀ its weighted mean. σ ∈ [0, 1].</item>
/// <item>MAI = √(D · σ) ∈ [0, 1]: 0 when the nearest pole never changes (D = 0) or the state stands in the same place on every
/// issue (σ = 0); 1 only when the state sides, on half of the weight each, with two poles that never agree and its net
/// alignment is +1 on one half and −1 on the other. The geometric mean needs both: changing pole on issues where the state sits between the
/// poles (small σ) is hedging, not multi-alignment.</item>
/// </list>
/// <para>Classification (thresholds in <see cref="MultiAlignmentOptions"/>): insufficient with fewer than two areas;
/// multi-aligned when MAI ≥ 0.22 (the 99th percentile of <see cref="MultiAlignmentNull"/>'s pooled null, docs/analytics.md); else hedging when |NA over all roll calls| &lt; 0.10; else aligned with the first
/// pole (NA &gt; 0) or with the nearest of the other poles (NA &lt; 0).</para>
/// </remarks>
public static class MultiAlignment
{
    /// <summary>The profile query the index needs for a period: <see cref="Slice.All"/> and the areas of <paramref name="options"/>.</summary>
    public static ProfileQuery QueryFor(PoleSet poles, Measure measure, AlignmentOptions engine, int? from, int? to, MultiAlignmentOptions options = default) => new()
    {
        Poles = poles,
        Measure = measure,
        Options = engine,
        Slices = [Slice.All, .. options.Areas],
        From = from,
        To = to,
    };

    /// <summary>The index, its parts and the class of one state in one period.</summary>
    /// <exception cref="ArgumentException">The table lacks <see cref="Slice.All"/>, an area, the state or the period.</exception>
    public static MultiAlignmentValue Classify(PoleProfileTable table, Country state, int period, MultiAlignmentOptions options = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        var poles = table.Poles.Poles;
        var own = -1;
        for (var p = 0; p < poles.Length; p++)
        {
            own = ReferenceEquals(poles[p].State, state) ? p : own;
        }

        var areas = new List<(Slice Area, int Pole, double Net, int N)>();
        foreach (var area in options.Areas)
        {
            var n = int.MaxValue;
            for (var p = 0; p < poles.Length; p++)
            {
                if (p != own)
                {
                    var v = table.Value(state, p, area, period);
                    n = Math.Min(n, v.IsDefined ? v.N : 0);
                }
            }

            var net = table.Net(state, area, period);
            var nearest = table.Nearest(state, area, period);
            if (n < options.MinVotes || double.IsNaN(net.Value) || nearest.Pole is not { } pole)
            {
                continue;
            }

            areas.Add((area, poles.IndexOf(pole), net.Value, n));
        }

        var overall = table.Net(state, Slice.All, period);
        var nearestAll = table.Nearest(state, Slice.All, period).Pole;
        double total = areas.Sum(x => x.N);
        if (areas.Count < 2 || double.IsNaN(overall.Value))
        {
            return new MultiAlignmentValue(state, period, double.NaN, double.NaN, double.NaN, overall.Value, areas.Count, (int)total, nearestAll, AlignmentClass.Insufficient, null);
        }

        var (index, dispersion, spread) = Combine(table, areas, period);
        var (cls, with) = index >= options.MultiAlignedThreshold ? (AlignmentClass.MultiAligned, (Pole?)null)
            : Math.Abs(overall.Value) < options.HedgingThreshold ? (AlignmentClass.Hedging, null)
            : (AlignmentClass.Aligned, overall.Value > 0 ? poles[0] : NearestOther(table, state, period));
        return new MultiAlignmentValue(state, period, index, dispersion, spread, overall.Value, areas.Count, (int)total, nearestAll, cls, with);
    }

    /// <summary>Every state of the table in one period, by index (highest first; insufficient last, by ISO3).</summary>
    public static ImmutableArray<MultiAlignmentValue> Rank(PoleProfileTable table, int period, MultiAlignmentOptions options = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        return [.. table.States.Select(s => Classify(table, s, period, options))
            .OrderBy(v => double.IsNaN(v.Index) ? 1 : 0).ThenByDescending(v => v.Index).ThenBy(v => v.State.Iso3, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The index of one state under several minimums of votes per area (e.g. 5, 10, 20): how much the index owes to thin areas.
    /// </summary>
    public static ImmutableArray<(int MinVotes, MultiAlignmentValue Value)> MinVotesSensitivity(PoleProfileTable table, Country state, int period, IEnumerable<int> minimums, MultiAlignmentOptions options = default)
    {
        ArgumentNullException.ThrowIfNull(minimums);
        return [.. minimums.Select(m => (m, Classify(table, state, period, options with { MinVotes = m })))];
    }

    /// <summary>
    /// How stable each state's class is under the engine's measurement variants (<see cref="SensitivityVariant.Around"/> of
    /// <paramref name="query"/>'s options by default): the profile is recomputed under each variant for
    /// <paramref name="period"/> and every state classified again.
    /// </summary>
    public static ImmutableArray<ClassStability> Stability(VoteMatrix matrix, ProfileQuery query, int period, MultiAlignmentOptions options = default, IReadOnlyList<SensitivityVariant>? variants = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        variants ??= SensitivityVariant.Around(query.Options);
        var tables = variants.Select(v => PoleProfiles.Compute(matrix, query with { Options = v.Options, From = period, To = period })).ToArray();
        var builder = ImmutableArray.CreateBuilder<ClassStability>();
        foreach (var state in tables[0].States)
        {
            var labels = tables.Select(t => t.Periods.Contains(period) ? Classify(t, state, period, options).Label : "insufficient").ToArray();
            builder.Add(new ClassStability(state, period, labels[0], labels.Count(l => l == labels[0]), labels.Length,
                string.Join(' ', variants.Select((v, i) => $"{v.Name}={labels[i]}"))));
        }

        return builder.ToImmutable();
    }

    /// <summary>MAI, D and σ of the areas kept (at least two): the formulas of the class remarks.</summary>
    internal static (double Index, double Dispersion, double Spread) Combine(PoleProfileTable table, IReadOnlyList<(Slice Area, int Pole, double Net, int N)> areas, int period)
    {
        var poles = table.Poles.Poles;
        var weightOf = new double[poles.Length];
        double total = 0;
        foreach (var x in areas)
        {
            weightOf[x.Pole] += x.N;
            total += x.N;
        }

        // The modal pole p*: the nearest pole of the largest vote-weighted share of areas.
        var modal = Array.IndexOf(weightOf, weightOf.Max());
        double dispersion = 0, mean = 0;
        foreach (var x in areas)
        {
            dispersion += x.N * PoleGap(table, poles, x.Pole, modal, x.Area, period);
            mean += x.Net * x.N;
        }

        dispersion /= total;
        mean /= total;
        var spread = Math.Sqrt(areas.Sum(x => x.N * (x.Net - mean) * (x.Net - mean)) / total);
        return (Math.Sqrt(dispersion * spread), dispersion, spread);
    }

    /// <summary>
    /// δ_a(p, q) = 1 − u_a(p, q): how far apart two poles vote in an area (u their similarity, <see cref="NetAlignment.Similarity"/>);
    /// 0 for the same pole, 1 when the poles' similarity is unknown (a pole not profiled, or without joint votes).
    /// </summary>
    private static double PoleGap(PoleProfileTable table, ImmutableArray<Pole> poles, int p, int q, Slice area, int period)
    {
        if (p == q)
        {
            return 0;
        }

        if (!table.Contains(poles[p].State))
        {
            return 1;
        }

        var u = table.Value(poles[p].State, q, area, period);
        return u.IsDefined ? 1 - NetAlignment.Similarity(table.Measure, u.Value) : 1;
    }

    private static Pole? NearestOther(PoleProfileTable table, Country state, int period)
    {
        Pole? best = null;
        var value = double.NegativeInfinity;
        for (var p = 1; p < table.Poles.Poles.Length; p++)
        {
            var v = table.Value(state, p, Slice.All, period).Value;
            if (!double.IsNaN(v) && v > value)
            {
                (best, value) = (table.Poles.Poles[p], v);
            }
        }

        return best;
    }
}

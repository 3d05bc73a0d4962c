using System.Collections.Immutable;
using Multipolar.Countries;
using Multipolar.Poles;
using Multipolar.Votes;

namespace Multipolar.Polarity;

/// <summary>A network variant of the robustness output: signed or raw weights at a resolution γ.</summary>
/// <param name="Signed">Centred (signed) weights, or the raw measure.</param>
/// <param name="Resolution">The resolution γ.</param>
public readonly record struct PolarityVariant(bool Signed, double Resolution)
{
    /// <summary>
    /// The default scan: signed weights at γ = 0.5, 0.75, 1, 1.25, 1.5, 2, and raw weights at γ = 1, 1.02,
    /// 1.05, 1.1 (raw weights are nearly uniform, so their structure lives in a narrow band above 1).
    /// </summary>
    public static ImmutableArray<PolarityVariant> Scan { get; } =
    [
        new(true, 0.5), new(true, 0.75), new(true, 1), new(true, 1.25), new(true, 1.5), new(true, 2),
        new(false, 1), new(false, 1.02), new(false, 1.05), new(false, 1.1),
    ];

    /// <summary>The CLI key: <c>signed</c> or <c>raw</c>.</summary>
    public string Weights => Signed ? "signed" : "raw";
}

/// <summary>One variant's partition of one period compared with the reference partition (the options given).</summary>
/// <param name="Period">The year (or session).</param>
/// <param name="Variant">The variant.</param>
/// <param name="Year">Its polarity (partition, modularity, effective poles, stability).</param>
/// <param name="AdjustedRand">Adjusted Rand index against the reference partition of the period (1 = the same).</param>
/// <param name="PolesApart">True when the variant separates every pair of poles the reference separates and joins those it joins.</param>
public sealed record PolarityRobustnessRow(int Period, PolarityVariant Variant, PolarityYear Year, double AdjustedRand, bool PolesApart);

public static partial class PolarityEngine
{
    /// <summary>
    /// The partitions of every period under each variant, compared with the partition under
    /// <paramref name="options"/>: how the communities change across γ and between signed and raw weights.
    /// </summary>
    /// <param name="matrix">The votes.</param>
    /// <param name="options">The reference definition; each variant changes its <see cref="PolarityOptions.Signed"/> and <see cref="PolarityOptions.Resolution"/>.</param>
    /// <param name="poles">The poles that label communities.</param>
    /// <param name="variants">The variants; default <see cref="PolarityVariant.Scan"/>.</param>
    /// <param name="from">First period, or null.</param>
    /// <param name="to">Last period, or null.</param>
    public static ImmutableArray<PolarityRobustnessRow> Robustness(
        VoteMatrix matrix, PolarityOptions options, PoleSet poles, IReadOnlyList<PolarityVariant>? variants = null, int? from = null, int? to = null)
    {
        ArgumentNullException.ThrowIfNull(poles);
        variants ??= PolarityVariant.Scan;
        var reference = Compute(matrix, options, poles, from, to).Years.ToDictionary(y => y.Period);
        var rows = new List<PolarityRobustnessRow>();
        foreach (var variant in variants)
        {
            var result = Compute(matrix, options with { Signed = variant.Signed, Resolution = variant.Resolution }, poles, from, to);
            foreach (var year in result.Years)
            {
                if (!reference.TryGetValue(year.Period, out var r))
                {
                    continue;
                }

                var ari = CoMembership.AdjustedRand(r.Partition.Membership.AsSpan(), year.Partition.Membership.AsSpan());
                rows.Add(new PolarityRobustnessRow(year.Period, variant, year, ari, SamePoleSplit(r, year, [.. poles.Poles.Select(p => p.State)])));
            }
        }

        return [.. rows.OrderBy(r => r.Period).ThenBy(r => !r.Variant.Signed).ThenBy(r => r.Variant.Resolution)];
    }

    /// <summary>True when both partitions put each pair of poles (present in the network) together or apart alike.</summary>
    private static bool SamePoleSplit(PolarityYear a, PolarityYear b, IReadOnlyList<Country> poles)
    {
        var present = poles.Where(p => a.Network.States.Contains(p)).Select(p => a.Network.States.IndexOf(p)).ToArray();
        for (var i = 0; i < present.Length; i++)
        {
            for (var j = i + 1; j < present.Length; j++)
            {
                var inA = a.Partition.Membership[present[i]] == a.Partition.Membership[present[j]];
                var inB = b.Partition.Membership[present[i]] == b.Partition.Membership[present[j]];
                if (inA != inB)
                {
                    return false;
                }
            }
        }

        return true;
    }
}

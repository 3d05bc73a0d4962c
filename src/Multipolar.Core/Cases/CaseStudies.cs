using System.Collections.Immutable;

namespace Multipolar.Cases;

/// <summary>
/// The case studies of today's debate (docs/cases.md), each computed by the same library APIs the CLI uses.
/// The one API the CLI's <c>cases</c> command, the briefs and the web call.
/// </summary>
public static class CaseStudies
{
    /// <summary>Every case, in the order of the issue.</summary>
    public static ImmutableArray<CaseStudy> All { get; } =
    [
        new("russia-china", "Russia–China alignment since 1992", RussiaChinaCase.Run),
        new("junior-partner", "Junior partner? China/Russia material ratios and the votes", PowerCases.JuniorPartner),
        new("india-multialignment", "India's multi-alignment", IndiaCase.Run),
        new("central-asia", "Central Asia between Russia and China", RegionCases.CentralAsia),
        new("brics-sco", "BRICS and the SCO as blocs", BlocCases.Run),
        new("middle-powers", "Middle powers and the rules-based order", RegionCases.MiddlePowers),
        new("how-many-poles", "How many poles? Voting and material polarity since 1946", PowerCases.HowManyPoles),
    ];

    /// <summary>The case named <paramref name="key"/> (case-insensitive).</summary>
    /// <exception cref="ArgumentException">No case has that name (the message lists them).</exception>
    public static CaseStudy Get(string key) =>
        All.FirstOrDefault(c => string.Equals(c.Key, key.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"no case '{key}': use {string.Join(", ", All.Select(c => c.Key))}.");
}

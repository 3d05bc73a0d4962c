using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Multipolar.Alignment;

/// <summary>
/// The single registry of alignment measures shared by the CLI, the web app and reports: name, CLI key,
/// description and citation of each <see cref="Measure"/>.
/// </summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public static class MeasureRegistry
{
    private static readonly FrozenDictionary<string, MeasureInfo> ByKey;

    static MeasureRegistry()
    {
        All =
        [
            new(Measure.Identity, "identity", "Identity",
                "Share of identical votes (yes–yes, abstain–abstain, no–no) among joint votes.",
                "Descriptive; e.g. Lijphart (1963), \"The Analysis of Bloc Voting in the General Assembly\", APSR 57(4).",
                "[0, 1]"),
            new(Measure.Agreement, "agree", "Agreement",
                "Mean over joint votes of 1 for the same vote, ½ when one abstains and the other votes yes or no, 0 for yes against no.",
                "Voeten, Strezhnev and Bailey, \"United Nations General Assembly Voting Data\", Harvard Dataverse hdl:1902.1/12379 (variable agree).",
                "[0, 1]"),
            new(Measure.Coincidence, "coincidence", "Voting coincidence",
                "Identical votes ÷ (identical + opposite votes), over roll calls where both voted yes or no; abstentions left out.",
                "US Department of State, \"Voting Practices in the United Nations\" (annual report to Congress, P.L. 101-167).",
                "[0, 1]"),
            new(Measure.S, "s", "S score",
                "1 − 2·d/dmax, d the mean distance between the two states' coded votes (yes 1, abstain ½, no 0), dmax = 1; unweighted.",
                "Signorino and Ritter (1999), \"Tau-b or Not Tau-b: Measuring the Similarity of Foreign Policy Positions\", International Studies Quarterly 43(1): 115–144.",
                "[−1, 1]"),
            new(Measure.Kappa, "kappa", "Cohen's κ",
                "1 − D_o/D_e: observed mean distance over the distance expected if each state voted independently with its own distribution over yes, abstain, no.",
                "Häge (2011), \"Choice or Circumstance? Adjusting Measures of Foreign Policy Similarity for Chance Agreement\", Political Analysis 19(3): 287–305; Cohen (1960, 1968).",
                "(−∞, 1]"),
            new(Measure.Pi, "pi", "Scott's π",
                "1 − D_o/D_e: observed mean distance over the distance expected if both states voted independently with their pooled distribution over yes, abstain, no.",
                "Häge (2011), \"Choice or Circumstance? Adjusting Measures of Foreign Policy Similarity for Chance Agreement\", Political Analysis 19(3): 287–305; Scott (1955).",
                "(−∞, 1]"),
        ];
        ByKey = All.ToFrozenDictionary(m => m.Key, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every measure, in <see cref="Measure"/> order.</summary>
    public static ImmutableArray<MeasureInfo> All { get; }

    /// <summary>Every <see cref="Measure"/> value, in order.</summary>
    public static ImmutableArray<Measure> Measures { get; } = [.. Enum.GetValues<Measure>()];

    /// <summary>The registry entry of a measure.</summary>
    /// <exception cref="ArgumentException"><paramref name="measure"/> is not a defined <see cref="Measure"/>.</exception>
    public static MeasureInfo Get(Measure measure) => (uint)measure < (uint)All.Length
        ? All[(int)measure]
        : AlignmentThrow.Argument<MeasureInfo>(nameof(measure), $"{(int)measure} is not a measure; valid values are 0 to {All.Length - 1}.");

    /// <summary>The CLI key of a measure.</summary>
    public static string Key(this Measure measure) => Get(measure).Key;

    /// <summary>Finds a measure by its CLI key, case-insensitive.</summary>
    public static bool TryParse(string? key, out Measure measure)
    {
        if (key is not null && ByKey.TryGetValue(key.Trim(), out var info))
        {
            measure = info.Measure;
            return true;
        }

        measure = default;
        return false;
    }

    /// <summary>Finds a measure by its CLI key, case-insensitive.</summary>
    /// <exception cref="FormatException">The key names no measure (the message lists the keys).</exception>
    public static Measure Parse(string key) => TryParse(key, out var m)
        ? m
        : throw new FormatException($"'{key}' is not a measure: use one of {string.Join("|", All.Select(i => i.Key))}.");
}

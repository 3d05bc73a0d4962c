namespace Multipolar.Alignment;

/// <summary>A named set of measurement choices compared in a sensitivity table.</summary>
/// <param name="Name">A short column name (<c>default</c>, <c>strict</c>, <c>votes-only</c>, ...).</param>
/// <param name="Options">The measurement choices of this variant.</param>
public readonly record struct SensitivityVariant(string Name, AlignmentOptions Options)
{
    /// <summary>
    /// The standard variants around <paramref name="baseline"/>: the baseline itself, each other abstention
    /// scoring, the other distance metric, the other roll-call set (final passage only or all votes) and the other
    /// treatment of unanimous roll calls (left out or kept).
    /// Period kind and window stay those of the baseline, so every variant has the same periods.
    /// </summary>
    public static IReadOnlyList<SensitivityVariant> Around(AlignmentOptions baseline)
    {
        var list = new List<SensitivityVariant> { new(baseline == default ? "default" : "baseline", baseline) };
        foreach (var scoring in Enum.GetValues<AbstentionScoring>())
        {
            if (scoring != baseline.Abstention)
            {
                list.Add(new(Key(scoring), baseline with { Abstention = scoring }));
            }
        }

        list.Add(baseline.Distance == DistanceMetric.Absolute
            ? new("squared", baseline with { Distance = DistanceMetric.Squared })
            : new("absolute", baseline with { Distance = DistanceMetric.Absolute }));
        list.Add(baseline.FinalPassageOnly
            ? new("all-votes", baseline with { FinalPassageOnly = false })
            : new("final-passage", baseline with { FinalPassageOnly = true }));
        list.Add(baseline.DropUnanimous
            ? new("with-unanimous", baseline with { DropUnanimous = false })
            : new("non-unanimous", baseline with { DropUnanimous = true }));
        return list;
    }

    private static string Key(AbstentionScoring scoring) => scoring switch
    {
        AbstentionScoring.Soft => "soft",
        AbstentionScoring.Strict => "strict",
        _ => "votes-only",
    };
}

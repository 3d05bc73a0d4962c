namespace Multipolar.Data.Reconciliation;

/// <summary>One year of General Assembly coverage: roll calls in the store, per source, and whether the year is thin.</summary>
/// <param name="Year">Calendar year.</param>
/// <param name="RollCalls">Distinct General Assembly roll calls of the year (after matching across sources).</param>
/// <param name="BySource">Roll calls each source contributes (a matched roll call counts for each of its sources).</param>
/// <param name="Months">Months (1–12) with at least one roll call.</param>
/// <param name="Thin">True when the year is flagged by <see cref="CoverageRule"/>.</param>
/// <param name="Gap">Why it is flagged (null when not).</param>
public sealed record YearCoverage(int Year, int RollCalls, IReadOnlyDictionary<string, int> BySource, IReadOnlySet<int> Months, bool Thin, string? Gap)
{
    /// <summary>Which parts of <see cref="CoverageRule"/> flag the year (<see cref="CoverageGaps.None"/> when not flagged).</summary>
    public CoverageGaps Gaps { get; init; }

    /// <summary>
    /// Months (1–12) in which a source that records every adopted resolution, voted or not (the UN's resolution
    /// record), has some: a month with resolutions but no roll call is no gap of the record (the Assembly adopted
    /// without a vote). Empty when no such source covers the year.
    /// </summary>
    public IReadOnlySet<int> ResolutionMonths { get; init; } = new HashSet<int>();

    /// <summary>
    /// A short marker of <see cref="Gaps"/> for narrow tables: <c>none</c> (no roll call), <c>thin</c>,
    /// <c>months</c>, <c>thin+months</c>, or an empty string.
    /// </summary>
    public string GapMarker => Gaps switch
    {
        CoverageGaps.None => "",
        CoverageGaps.Empty => "none",
        _ => string.Join('+', new[] { (CoverageGaps.Partial, "partial"), (CoverageGaps.Thin, "thin"), (CoverageGaps.Months, "months") }.Where(x => Gaps.HasFlag(x.Item1)).Select(x => x.Item2)),
    };
}

using System.Globalization;

namespace Multipolar.Data.Reconciliation;

/// <summary>
/// Flags years whose record is incomplete, so that a thin year is not presented as complete
/// (docs/sources.md, "Coverage"). A year is flagged when
/// <list type="bullet">
/// <item>it has no roll call at all (between the first and last year of the store), or</item>
/// <item>it has fewer than <see cref="ThinShare"/> (50 %) of the median number of roll calls of the
/// surrounding years (up to <see cref="Window"/> = 3 years on each side that have roll calls), or</item>
/// <item>it lacks roll calls in at least <see cref="MissingMonths"/> (3) months in which most (more than half)
/// of those surrounding years have some: the record misses part of the year even if the count is normal
/// (2022: nothing from January to October but ES-11/1). A month in which a source that records every adopted
/// resolution (the UN's resolution record) has resolutions, voted or not, is not missing: the Assembly adopted
/// without a vote (<see cref="YearCoverage.ResolutionMonths"/>).</item>
/// <item>The last year of the record, when the record ends before December, is <c>partial</c>: it is not
/// compared with whole years (no thin rule), and only the months up to the record's end count for the month rule.</item>
/// </list>
/// Known empty years are named (<see cref="KnownGaps"/>: 1964).
/// </summary>
public static class CoverageRule
{
    /// <summary>Share of the neighbours' median below which a year is thin.</summary>
    public const double ThinShare = 0.5;

    /// <summary>Years on each side that form a year's neighbourhood.</summary>
    public const int Window = 3;

    /// <summary>Usual months without roll calls that flag a year.</summary>
    public const int MissingMonths = 3;

    /// <summary>Years known to have no recorded vote, with the reason.</summary>
    public static IReadOnlyDictionary<int, string> KnownGaps { get; } = new Dictionary<int, string>
    {
        [1964] = "the nineteenth session (1964) held no recorded vote: the Article 19 crisis",
    };

    /// <summary>Applies the rule to counts per year (and months with roll calls per year).</summary>
    /// <param name="years">Roll calls per year.</param>
    /// <param name="recordEnds">The last date of the record (roll calls and resolutions), when known: its year is partial if it ends before December.</param>
    public static IReadOnlyList<YearCoverage> Apply(IReadOnlyList<YearCoverage> years, DateOnly? recordEnds = null)
    {
        if (years.Count == 0)
        {
            return [];
        }

        var byYear = years.ToDictionary(y => y.Year);
        var first = years.Min(y => y.Year);
        var last = years.Max(y => y.Year);
        var result = new List<YearCoverage>();
        for (var year = first; year <= last; year++)
        {
            var y = byYear.GetValueOrDefault(year) ?? new YearCoverage(year, 0, new Dictionary<string, int>(), new HashSet<int>(), false, null);
            if (y.RollCalls == 0)
            {
                var known = KnownGaps.TryGetValue(year, out var why) ? ": " + why : "";
                result.Add(y with { Thin = true, Gap = "no roll call in any source" + known, Gaps = CoverageGaps.Empty });
                continue;
            }

            var neighbours = Enumerable.Range(year - Window, (2 * Window) + 1).Where(n => n != year && byYear.TryGetValue(n, out var x) && x.RollCalls > 0).Select(n => byYear[n]).ToArray();
            if (neighbours.Length == 0)
            {
                result.Add(y);
                continue;
            }

            var counts = neighbours.Select(n => n.RollCalls).Order().ToArray();
            var median = counts.Length % 2 == 1 ? counts[counts.Length / 2] : (counts[(counts.Length / 2) - 1] + counts[counts.Length / 2]) / 2.0;
            var usual = Enumerable.Range(1, 12).Where(m => neighbours.Count(n => n.Months.Contains(m)) * 2 > neighbours.Length).ToArray();
            var partial = recordEnds is { } end && end.Year == year && end.Month < 12;
            var missing = usual.Where(m => !y.Months.Contains(m) && !y.ResolutionMonths.Contains(m) && (!partial || m <= recordEnds!.Value.Month)).ToArray();
            string? gap = null;
            var gaps = CoverageGaps.None;
            if (partial)
            {
                gaps |= CoverageGaps.Partial;
                gap = string.Create(CultureInfo.InvariantCulture, $"partial: the record ends on {recordEnds:d MMMM yyyy} ({y.RollCalls} roll calls to then)");
            }
            else if (y.RollCalls < ThinShare * median)
            {
                gaps |= CoverageGaps.Thin;
                gap = string.Create(CultureInfo.InvariantCulture, $"thin: {y.RollCalls} roll calls, under {ThinShare:P0} of the neighbouring years' median ({median:0.#})");
            }

            if (missing.Length >= MissingMonths)
            {
                gaps |= CoverageGaps.Months;
                var months = string.Join(", ", missing.Select(m => CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(m)));
                gap = (gap is null ? "" : gap + "; ") + $"no roll call in {months} (usual in neighbouring years)";
            }

            result.Add(y with { Thin = gap is not null, Gap = gap, Gaps = gaps });
        }

        return result;
    }
}

using Multipolar.Data.Formats;
using Multipolar.Data.Reconciliation;

namespace Multipolar.Tests.Sources;

/// <summary>The coverage rule flags thin years, missing months and empty years, and not normal ones; short source labels.</summary>
public sealed class CoverageRuleTests
{
    private static YearCoverage Y(int year, int count, params int[] months) =>
        new(year, count, new Dictionary<string, int>(), months.ToHashSet(), false, null);

    private static readonly int[] Usual = [3, 6, 9, 10, 11, 12];

    [Fact]
    public void Apply_ThinYear_Flagged()
    {
        // Given 2024 with 6 roll calls among years of ~90
        var years = new[] { Y(2021, 88, Usual), Y(2022, 90, Usual), Y(2023, 88, Usual), Y(2024, 6, 3, 6) };

        // When the rule is applied
        var result = CoverageRule.Apply(years);

        // Then only 2024 is flagged, as thin and for its missing months
        Assert.Equal([false, false, false, true], result.Select(r => r.Thin));
        Assert.Contains("thin", result[3].Gap, StringComparison.Ordinal);
        Assert.Contains("Dec", result[3].Gap, StringComparison.Ordinal);
        Assert.Equal(("", "thin+months"), (result[0].GapMarker, result[3].GapMarker));
    }

    [Fact]
    public void Apply_NormalCountMissingMonths_Flagged()
    {
        // Given 2022 with a normal count but nothing before November
        var years = new[] { Y(2020, 90, Usual), Y(2021, 88, Usual), Y(2022, 82, 3, 11, 12), Y(2023, 88, Usual) };

        // When / Then
        var y2022 = CoverageRule.Apply(years)[2];
        Assert.True(y2022.Thin);
        Assert.Contains("no roll call in Jun, Sep, Oct", y2022.Gap, StringComparison.Ordinal);
        Assert.Equal("months", y2022.GapMarker);
    }

    [Fact]
    public void Apply_YearWithoutRollCalls_FlaggedAsGap()
    {
        // Given 1964 missing between two years
        var result = CoverageRule.Apply([Y(1963, 44, Usual), Y(1965, 67, Usual)]);

        // When / Then
        Assert.Equal(3, result.Count);
        Assert.Equal((1964, true, "none"), (result[1].Year, result[1].Thin, result[1].GapMarker));
    }

    public static TheoryData<SourceFormat, string, string> Labels => new()
    {
        { SourceFormat.UnvotesRollCalls, "un_roll_calls.csv.gz", "unvotes" },
        { SourceFormat.VoetenWide, "ungaVoting_003.csv.gz", "voeten-wide" },
        { SourceFormat.VoetenLong, "UNVotes2024.csv", "voeten" },
        { SourceFormat.UndlWide, "UN_DATA_wide_1946_2021.csv.gz", "undl-1946-2021" },
        { SourceFormat.UndlWide, "un_votes_2025_processed_wide.csv.gz", "undl-2025" },
        { SourceFormat.UndlBulk, "undl_ga_es11_1_2022.csv", "undl-es11" },
        { SourceFormat.UndlBulk, "export.csv", "undl" },
    };

    [Theory]
    [MemberData(nameof(Labels))]
    public void SourceLabel_FormatAndFileName_ShortFamilyLabel(SourceFormat format, string file, string expected)
    {
        // Given / When / Then
        Assert.Equal(expected, SourceLabel.Of(format, file));
    }

    [Fact]
    public void Apply_HalfOfMedian_NotFlagged()
    {
        // Given a year with exactly half the neighbours' median, in the usual months
        var result = CoverageRule.Apply([Y(2000, 100, Usual), Y(2001, 50, Usual), Y(2002, 100, Usual)]);

        // When / Then
        Assert.False(result[1].Thin);
    }
}

using Multipolar.Data.Reconciliation;
using Multipolar.Votes;

namespace Multipolar.Tests.Sources;

/// <summary>Roll-call matching across sources: symbol, date and vote pattern, thresholds.</summary>
public sealed class ReconciliationTests
{
    private static Vote[] Pattern(int n, int differ)
    {
        var v = new Vote[30];
        for (var i = 0; i < n; i++)
        {
            v[i] = i % 3 == 0 ? Vote.No : Vote.Yes;
        }

        for (var i = 0; i < differ; i++)
        {
            v[i] = v[i] == Vote.Yes ? Vote.Abstain : Vote.Yes;
        }

        return v;
    }

    private static MatchCandidate C(long id, string date, string? symbol = null, long? rcid = null, Vote[]? votes = null, bool final = true) =>
        new(id, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Body.GeneralAssembly, ResolutionSymbol.Normalize(symbol), rcid, final, votes ?? Pattern(20, 0));

    public static TheoryData<string, string> Symbols => new()
    {
        { "A/RES/76/262", "76/262" },
        { "R/76/262", "76/262" },
        { "A/RES/ES-11/1", "ES-11/1" },
        { "A/RES/2775(XXVI)[F]", "26/2775F" },
        { "R/26/2775F", "26/2775F" },
        { "A/RES/1605(XV)", "15/1605" },
        { "S/RES/2323(2016)", "S/RES/2323(2016)" },
    };

    [Theory]
    [MemberData(nameof(Symbols))]
    public void Normalize_SymbolSpellings_SameForm(string symbol, string expected)
    {
        // Given / When / Then
        Assert.Equal(expected, ResolutionSymbol.Normalize(symbol));
    }

    [Fact]
    public void Match_SameSymbol_MatchedPreferringFinalPassage()
    {
        // Given a stored amendment and final vote with one symbol, and an incoming final vote a day later
        var stored = new[] { C(10, "2019-12-03", "R/74/11", final: false, votes: Pattern(20, 8)), C(11, "2019-12-03", "R/74/11") };
        var incoming = new[] { C(0, "2019-12-04", "A/RES/74/11") };

        // When matched
        var m = Assert.Single(RollCallMatcher.Match(incoming, stored, MatchRules.Default));

        // Then the final vote is the match
        Assert.Equal((11L, MatchKind.Symbol), (m.Stored, m.Kind));
    }

    [Fact]
    public void Match_DateAndPatternAboveThreshold_Matched()
    {
        // Given no symbol on one side and 1 of 20 votes different (agreement 0.95)
        var stored = new[] { C(9212, "2020-12-07", rcid: 9212, votes: Pattern(20, 1)), C(9213, "2020-12-07", rcid: 9213, votes: Pattern(20, 10)) };
        var incoming = new[] { C(0, "2020-12-07", "A/RES/75/40") };

        // When matched
        var m = Assert.Single(RollCallMatcher.Match(incoming, stored, MatchRules.Default));

        // Then the similar one is matched
        Assert.Equal((9212L, MatchKind.DateAndPattern), (m.Stored, m.Kind));
        Assert.Equal(0.95, m.Pattern.Agreement, 3);
    }

    [Fact]
    public void Match_PatternBelowThreshold_NotMatched()
    {
        // Given the same date but 3 of 20 votes different (agreement 0.85 < 0.9)
        var stored = new[] { C(1, "2020-12-07", votes: Pattern(20, 3)) };
        var incoming = new[] { C(0, "2020-12-07") };

        // When / Then
        Assert.Empty(RollCallMatcher.Match(incoming, stored, MatchRules.Default));
    }

    [Fact]
    public void Match_SameRcidOtherDate_NotAssumedIdentical()
    {
        // Given voeten-wide's 2023 rcid 411 and the stored 1952 rcid 411 with the same pattern
        var stored = new[] { C(411, "1952-12-05", rcid: 411) };
        var incoming = new[] { C(0, "2023-11-02", rcid: 411) };

        // When / Then: no match (rcid needs the same date; the dates are far apart)
        Assert.Empty(RollCallMatcher.Match(incoming, stored, MatchRules.Default));
    }

    [Fact]
    public void Match_DateTwoDaysApart_NotMatchedByPattern()
    {
        // Given identical patterns two days apart
        var stored = new[] { C(1, "2020-12-07") };
        var incoming = new[] { C(0, "2020-12-09") };

        // When / Then
        Assert.Empty(RollCallMatcher.Match(incoming, stored, MatchRules.Default));
    }

    [Fact]
    public void Match_FewCommonStates_NotMatched()
    {
        // Given identical votes of only 5 states (minimum 10)
        var stored = new[] { C(1, "2020-12-07", votes: Pattern(5, 0)) };
        var incoming = new[] { C(0, "2020-12-07", votes: Pattern(5, 0)) };

        // When / Then
        Assert.Empty(RollCallMatcher.Match(incoming, stored, MatchRules.Default));
    }
}

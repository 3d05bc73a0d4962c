using Multipolar.Data.Reconciliation;
using Multipolar.Votes;

namespace Multipolar.Tests.Sources;

/// <summary>Roll-call matching across sources: symbol, date and vote pattern, thresholds.</summary>
public sealed class ReconciliationTests
{
    private static Vote[] Pattern(int n, int differ)
    {
        var v = new Vote[Math.Max(30, n)];
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

    public static TheoryData<string, string?> Bases => new()
    {
        { "R/26/2754B", "26/2754" },
        { "A/RES/2754(XXVI)", "26/2754" },
        { "A/RES/2775(XXVI)[F]", "26/2775" },
        { "R/1/1287/A", "1/1287" },
        { "A/RES/17(I)[RULE-73]", "1/17" },
        { "A/RES/50/38[B-VI]", "50/38" },
        { "A/RES/ES-11/1", "ES-11/1" },
        { "GOAR/1/1288B", null },
        { "S/RES/2323(2016)", null },
    };

    [Theory]
    [MemberData(nameof(Bases))]
    public void Base_PartLettersAndSuffixes_SessionAndNumber(string symbol, string? expected)
    {
        // Given / When / Then
        Assert.Equal(expected, ResolutionSymbol.Base(ResolutionSymbol.Normalize(symbol)));
    }

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
    public void Match_SameSymbolSameDayTwoCandidates_ChoosesTheOneWithTheSamePattern()
    {
        // Given two votes under R/52/22 on one day: a motion of no action flagged final passage whose votes contradict
        // (10 of 20 differ), and a vote flagged amendment with the incoming votes
        var stored = new[] { C(6013, "1997-11-25", "R/52/22", votes: Pattern(20, 10)), C(6014, "1997-11-25", "R/52/22", final: false) };
        var incoming = new[] { C(0, "1997-11-25", "A/RES/52/22") };

        // When matched
        var m = Assert.Single(RollCallMatcher.Match(incoming, stored, MatchRules.Default));

        // Then the one with the same votes, whatever the flags
        Assert.Equal((6014L, MatchKind.Symbol, 1.0), (m.Stored, m.Kind, m.Pattern.Agreement));
    }

    [Fact]
    public void Match_SameSymbolSameDayContradictingPattern_NotMatched()
    {
        // Given the only stored vote under the symbol, on the same day, with 10 of 20 votes different (agreement 0.5)
        var stored = new[] { C(6013, "1997-11-25", "R/52/22", votes: Pattern(20, 10)) };
        var incoming = new[] { C(0, "1997-11-25", "A/RES/52/22") };

        // When / Then: left unmatched rather than mismatched
        Assert.Empty(RollCallMatcher.Match(incoming, stored, MatchRules.Default));
    }

    [Fact]
    public void Match_SameSymbolSameDayOtherVoteAndShiftedDateSameVote_ChoosesTheSameVote()
    {
        // Given unvotes' R/52/22 as the adoption dated 22 days early (same votes) and a motion on the day (contradicting)
        var stored = new[] { C(4042, "1997-11-03", "R/52/22"), C(6013, "1997-11-25", "R/52/22", votes: Pattern(20, 10)) };
        var incoming = new[] { C(0, "1997-11-25", "A/RES/52/22") };

        // When matched
        var m = Assert.Single(RollCallMatcher.Match(incoming, stored, MatchRules.Default));

        // Then the adoption
        Assert.Equal((4042L, MatchKind.Symbol), (m.Stored, m.Kind));
    }

    [Fact]
    public void Match_SameSymbolTwoAgreeingCandidates_PrefersEqualTotals()
    {
        // Given two same-day votes under one symbol that both agree: one with 1 of 20 votes different (0.95, totals differ),
        // one with a yes and a no swapped (0.9, equal totals)
        var swapped = Pattern(20, 0);
        (swapped[0], swapped[1]) = (swapped[1], swapped[0]);
        var stored = new[] { C(1, "2002-12-18", "R/57/214", votes: Pattern(20, 1)), C(2, "2002-12-18", "R/57/214", votes: swapped) };
        var incoming = new[] { C(0, "2002-12-18", "A/RES/57/214") };

        // When matched
        var m = Assert.Single(RollCallMatcher.Match(incoming, stored, MatchRules.Default));

        // Then the one with equal totals
        Assert.Equal(2L, m.Stored);
    }

    [Fact]
    public void Match_SameSymbolSameDayNoVotesToCompare_MatchedByDate()
    {
        // Given a stored roll call without state votes (a scrape row) under the symbol, a day apart
        var stored = new[] { C(7, "1984-12-14", "R/39/28A", votes: []) };
        var incoming = new[] { C(0, "1984-12-13", "A/RES/39/28[A]") };

        // When matched
        var m = Assert.Single(RollCallMatcher.Match(incoming, stored, MatchRules.Default));

        // Then by symbol and date alone
        Assert.Equal((7L, MatchKind.Symbol, 0), (m.Stored, m.Kind, m.Pattern.Common));
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

    [Fact]
    public void Match_PartLetterSymbolShiftedDate_MatchedBySymbolBase()
    {
        // Given Voeten's R/26/2754B on 3 October 1971 and the UN's A/RES/2754(XXVI) on 7 October, same votes
        var stored = new[] { C(1183, "1971-10-03", "R/26/2754B", rcid: 1183) };
        var incoming = new[] { C(0, "1971-10-07", "A/RES/2754(XXVI)") };

        // When matched
        var m = Assert.Single(RollCallMatcher.Match(incoming, stored, MatchRules.Default));

        // Then by the symbol's base
        Assert.Equal((1183L, MatchKind.SymbolBase), (m.Stored, m.Kind));
    }

    [Fact]
    public void Match_TwoCandidateParts_ChoosesTheOneWithTheSamePattern()
    {
        // Given two votes on one resolution 18 days earlier: part A differs in 1 of 20 votes, part G is identical
        var stored = new[] { C(1184, "1971-10-07", "R/26/2758A", votes: Pattern(20, 1)), C(1190, "1971-10-07", "R/26/2758G") };
        var incoming = new[] { C(0, "1971-10-25", "A/RES/2758(XXVI)") };

        // When matched
        var m = Assert.Single(RollCallMatcher.Match(incoming, stored, MatchRules.Default));

        // Then the identical one (equal totals, agreement 1)
        Assert.Equal((1190L, MatchKind.SymbolBase, 1.0), (m.Stored, m.Kind, m.Pattern.Agreement));
    }

    [Fact]
    public void Match_SameBaseOtherTotalsBelowStrongAgreement_NotMatched()
    {
        // Given another vote on the same resolution months apart: 2 of 20 votes differ (agreement 0.9, totals differ)
        var stored = new[] { C(5936, "2012-12-24", "R/67/234", votes: Pattern(20, 2)) };
        var incoming = new[] { C(0, "2013-04-02", "A/RES/67/234B") };

        // When / Then: agreement under 0.97 needs equal totals
        Assert.Empty(RollCallMatcher.Match(incoming, stored, MatchRules.Default));
    }

    [Fact]
    public void Match_OtherResolutionSamePatternSameSession_NotMatched()
    {
        // Given two resolutions of one session a week apart with the same 40-state pattern
        var stored = new[] { C(2441, "1982-12-05", "R/37/215", votes: Pattern(40, 0)) };
        var incoming = new[] { C(0, "1982-12-13", "A/RES/37/216", votes: Pattern(40, 0)) };

        // When / Then: new-style symbols with different bases are different resolutions
        Assert.Empty(RollCallMatcher.Match(incoming, stored, MatchRules.Default));
    }

    [Fact]
    public void Match_OldStyleOtherResolutionSimilarPattern_NotMatched()
    {
        // Given an old-style resolution and another one of the session 10 days earlier, 1 of 40 votes different
        var stored = new[] { C(1278, "1971-12-05", "R/26/2873B", votes: Pattern(40, 1)) };
        var incoming = new[] { C(0, "1971-12-15", "A/RES/2792(XXVI)[E]", votes: Pattern(40, 0)) };

        // When / Then: the totals differ, so the wide date pass does not apply
        Assert.Empty(RollCallMatcher.Match(incoming, stored, MatchRules.Default));
    }

    [Fact]
    public void Match_ApproximateDateEqualTotalsStrongPattern_MatchedByWideDate()
    {
        // Given Voeten's R/1/1222 (a document number) on 5 December 1946 and A/RES/39(I) on 12 December, same 40 votes
        var stored = new[] { C(23, "1946-12-05", "R/1/1222", rcid: 23, votes: Pattern(40, 0)) };
        var incoming = new[] { C(0, "1946-12-12", "A/RES/39(I)", votes: Pattern(40, 0)) };

        // When matched
        var m = Assert.Single(RollCallMatcher.Match(incoming, stored, MatchRules.Default));

        // Then over the wide window
        Assert.Equal((23L, MatchKind.WideDateAndPattern), (m.Stored, m.Kind));
    }

    [Fact]
    public void Match_WideDateFewCommonStates_NotMatched()
    {
        // Given identical votes of 20 states a week apart (the wide pass needs 30)
        var stored = new[] { C(23, "1946-12-05", "R/1/1222") };
        var incoming = new[] { C(0, "1946-12-12", "A/RES/39(I)") };

        // When / Then
        Assert.Empty(RollCallMatcher.Match(incoming, stored, MatchRules.Default));
    }
}

using System.Collections.Immutable;
using Multipolar.Alignment;
using Multipolar.Countries;
using Multipolar.IdealPoints;
using Multipolar.Shifts;
using Multipolar.Tests.Alignment;
using Multipolar.Votes;

namespace Multipolar.Tests.Shifts;

/// <summary>Explanations and convergence on hand-made votes.</summary>
public sealed class ShiftTests
{
    /// <summary>Two years of votes: one string per state per year (Y, A, N, X), roll calls titled by the letters of <paramref name="titles0"/> and <paramref name="titles1"/>.</summary>
    private static VoteMatrix TwoYears(string titles0, string titles1, params (string Before, string After)[] states)
    {
        var countries = AlignmentFixtures.States(states.Length);
        var rcs = titles0.Select((t, i) => new RollCall { Id = new RollCallId(i + 1), Date = new DateOnly(2000, 1, 1).AddDays(i), Title = $"Question {t}" })
            .Concat(titles1.Select((t, i) => new RollCall { Id = new RollCallId(100 + i), Date = new DateOnly(2001, 1, 1).AddDays(i), Title = $"Question {t}" }))
            .ToImmutableArray();
        static Vote V(char c) => c switch { 'Y' => Vote.Yes, 'A' => Vote.Abstain, 'N' => Vote.No, 'X' => Vote.Absent, _ => Vote.None };
        var cells = states.SelectMany(s => (s.Before + s.After).Select(V)).ToArray();
        return new VoteMatrix(countries, rcs, cells);
    }

    [Fact]
    public void Dyad_ContributionsAddUpToTheChange_HandComputed()
    {
        // Given: 2000: agree on 3 of 4 (YY YY YY YN) = 0.75; 2001: YY, AY (½), NY (0) = 0.5; midpoint 0.625.
        var m = TwoYears("abcd", "abc", ("YYYY", "YAN"), ("YYYN", "YYY"));
        var s = m.States;

        // When
        var shift = global::Multipolar.Shifts.Shifts.Dyad(m, s[0], s[1], 2000, 2001);

        // Then
        Assert.Equal(0.75, shift.Before, 12);
        Assert.Equal(0.5, shift.After, 12);
        Assert.Equal(-0.25, shift.Contributions.Sum(c => c.Contribution), 12);
        // The 2001 "no" against "yes": (0 − 0.625)/3; a 2000 agreement: −(1 − 0.625)/4; the 2000 disagreement: −(0 − 0.625)/4.
        var largest = shift.Contributions[0];
        Assert.Equal(102, largest.RollCall.Id.Value);
        Assert.Equal(-0.625 / 3, largest.Contribution, 12);
        Assert.Equal((Vote.No, Vote.Yes), (largest.VoteA, largest.VoteB));
        Assert.Equal(0.625 / 4, shift.Contributions.Single(c => c.RollCall.Id.Value == 4).Contribution, 12);
        Assert.Equal(4 + 3, shift.Contributions.Length);
    }

    [Fact]
    public void Combined_IsTheWeightedSumOfItsDyads()
    {
        // Given
        var m = TwoYears("abcd", "abcd", ("YYNA", "YNNN"), ("YYYN", "YYYY"), ("NAYY", "YYNA"));
        var s = m.States;
        var ab = global::Multipolar.Shifts.Shifts.Dyad(m, s[0], s[1], 2000, 2001);
        var ac = global::Multipolar.Shifts.Shifts.Dyad(m, s[0], s[2], 2000, 2001);

        // When: a lean = agree with c − agree with b.
        var lean = global::Multipolar.Shifts.Shifts.Combined(m, [new WeightedDyad(s[0], s[2], 1), new WeightedDyad(s[0], s[1], -1)], 2000, 2001, default, default, "lean");

        // Then
        Assert.Equal(ac.Change - ab.Change, lean.Change, 12);
        Assert.Equal(lean.Change, lean.Contributions.Sum(c => c.Contribution), 12);
    }

    [Fact]
    public void Dyadic_ShapleySharesNameTheStateThatChanged()
    {
        // Given: recurring questions a, b, c. A keeps its votes; B goes from "no" to "yes" on a and b.
        var m = TwoYears("abc", "abc", ("YYY", "YYY"), ("NNY", "YYY"));
        var s = m.States;

        // When
        var d = Convergence.Dyadic(m, s[0], s[1], 2000, 2001);

        // Then: the pair's score rises by 1 on a and b; all of it is B's.
        Assert.Equal(3, d.Matched.Length);
        Assert.Equal(2.0 / 3, d.MatchedChange, 12);
        Assert.Equal(0, d.ByA, 12);
        Assert.Equal(2.0 / 3, d.ByB, 12);
        Assert.Equal(d.Shift.Change, d.MatchedChange, 12);
    }

    [Fact]
    public void Ideal_MovementsAddUpToTheDistanceChange()
    {
        // Given: A at −1 then −0.5 (moved 0.5 toward B); B at 1 then 1.2 (moved 0.2 away).
        var c = CountryReference.Default;
        IdealPoint P(string s, int y, double x) => new(c[s], y, x, 0.1, 50);

        // When
        var i = Convergence.Ideal(P("RUS", 1992, -1), P("RUS", 2019, -0.5), P("CHN", 1992, 1), P("CHN", 2019, 1.2));

        // Then
        Assert.Equal(0.5, i.A.TowardOther, 12);
        Assert.Equal(-0.2, i.B.TowardOther, 12);
        Assert.Equal(-(i.A.TowardOther + i.B.TowardOther), i.Change, 12);
        Assert.Equal(Math.Sqrt(0.02), i.A.StandardError, 12);
        Assert.True(i.A.Lower < 0.5 && i.A.Upper > 0.5);
    }

    [Fact]
    public void Dyad_NoJointVote_ThrowsNamingTheYear()
    {
        var m = TwoYears("ab", "ab", ("YY", "XX"), ("YY", "YY"));
        var e = Assert.Throws<ArgumentException>(() => global::Multipolar.Shifts.Shifts.Dyad(m, m.States[0], m.States[1], 2000, 2001));
        Assert.Contains("2001", e.Message, StringComparison.Ordinal);
    }
}

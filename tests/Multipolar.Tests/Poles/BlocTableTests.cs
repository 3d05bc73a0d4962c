using Multipolar.Blocs;
using Multipolar.Countries;
using Multipolar.Poles;

namespace Multipolar.Tests.Poles;

/// <summary>The shipped bloc table, user bloc files and the pole sets.</summary>
public sealed class BlocTableTests
{
    private static readonly CountryReference C = CountryReference.Default;

    [Fact]
    public void Default_HasEveryShippedBlocWithSourceAndMembers()
    {
        // When
        var table = BlocTable.Default;

        // Then
        Assert.Equal(["BRICS", "SCO", "QUAD", "G7", "NATO", "EU", "ASEAN", "C5", "ARAB", "AU", "NAM", "G77"], table.Blocs.Select(b => b.Code));
        Assert.All(table.Blocs, b => Assert.False(string.IsNullOrWhiteSpace(b.Source)));
        Assert.All(table.Blocs, b => Assert.All(b.Memberships, m => Assert.True(m.From >= b.Founded, $"{b.Code} {m.State.Iso3} before founding")));
    }

    [Theory]
    [InlineData("NATO", "FIN", "2023-04-03", false)]
    [InlineData("NATO", "FIN", "2023-04-04", true)]
    [InlineData("NATO", "SWE", "2024-03-06", false)]
    [InlineData("NATO", "SWE", "2024-03-07", true)]
    [InlineData("NATO", "DEU", "1955-05-08", false)]
    [InlineData("NATO", "MKD", "2020-03-27", true)]
    [InlineData("EU", "GBR", "2020-01-31", true)]
    [InlineData("EU", "GBR", "2020-02-01", false)]
    [InlineData("EU", "GBR", "1972-12-31", false)]
    [InlineData("EU", "HRV", "2013-07-01", true)]
    [InlineData("BRICS", "ZAF", "2010-06-01", false)]
    [InlineData("BRICS", "ZAF", "2011-01-01", true)]
    [InlineData("BRICS", "IRN", "2023-12-31", false)]
    [InlineData("BRICS", "IRN", "2024-01-01", true)]
    [InlineData("BRICS", "IDN", "2025-01-06", true)]
    [InlineData("SCO", "IND", "2017-06-08", false)]
    [InlineData("SCO", "IND", "2017-06-09", true)]
    [InlineData("SCO", "IRN", "2023-07-04", true)]
    [InlineData("SCO", "BLR", "2024-07-03", false)]
    [InlineData("QUAD", "AUS", "2012-01-01", false)]
    [InlineData("QUAD", "AUS", "2007-06-01", true)]
    [InlineData("ARAB", "EGY", "1985-01-01", false)]
    [InlineData("ARAB", "SYR", "2015-01-01", false)]
    [InlineData("ARAB", "SYR", "2024-01-01", true)]
    [InlineData("NAM", "ARG", "1995-01-01", false)]
    [InlineData("G77", "MEX", "1990-01-01", true)]
    [InlineData("G77", "MEX", "2000-01-01", false)]
    public void Membership_AsOfDate(string bloc, string iso3, string date, bool member)
    {
        // When
        var isMember = BlocTable.Default[bloc].IsMember(C[iso3], DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        // Then
        Assert.Equal(member, isMember);
    }

    [Fact]
    public void NatoAndEuAndBrics_MemberCountsOnKnownDates()
    {
        var t = BlocTable.Default;
        Assert.Equal(12, t["NATO"].MembersOn(new DateOnly(1949, 4, 4)).Length);
        Assert.Equal(30, t["NATO"].MembersOn(new DateOnly(2022, 3, 2)).Length);
        Assert.Equal(32, t["NATO"].MembersOn(new DateOnly(2024, 12, 31)).Length);
        Assert.Equal(28, t["EU"].MembersOn(new DateOnly(2019, 12, 31)).Length);
        Assert.Equal(27, t["EU"].MembersOn(new DateOnly(2020, 2, 1)).Length);
        Assert.Equal(5, t["BRICS"].MembersOn(new DateOnly(2022, 3, 2)).Length);
        Assert.Equal(10, t["BRICS"].MembersOn(new DateOnly(2025, 6, 1)).Length);
        Assert.Equal(7, t["G7"].MembersOn(new DateOnly(2023, 1, 1)).Length);
        Assert.Equal(55 - 1, t["AU"].MembersOn(new DateOnly(2023, 1, 1)).Length); // the Sahrawi Republic holds no UN vote
        Assert.Equal(22 - 1, t["ARAB"].MembersOn(new DateOnly(2024, 1, 1)).Length); // Palestine holds no UN vote
        Assert.Contains(C["GBR"], t["EU"].MembersIn(2020));
    }

    [Fact]
    public void UnknownBloc_SuggestsNearest()
    {
        var e = Assert.Throws<BlocLookupException>(() => BlocTable.Default["BRIC"]);
        Assert.Equal("BRICS", e.Suggestion);
        Assert.Contains("did you mean BRICS?", e.Message, StringComparison.Ordinal);
        Assert.Equal("Quadrilateral Security Dialogue", BlocTable.Default["quad"].Name);
    }

    [Fact]
    public void UserFile_AddsAndReplacesBlocs()
    {
        // Given
        const string text = "# mine\nkind,bloc,iso3,from,until,text\nbloc,IBSA,,2003-06-06,,IBSA Dialogue Forum\nsource,IBSA,,,,Brasilia Declaration 2003\n"
            + "member,IBSA,IND,2003-06-06,,\nmember,IBSA,Brazil,2003-06-06,,\nmember,IBSA,ZA,2003-06-06,,\n"
            + "bloc,G7,,1975-11-15,,G7 as G8\nmember,G7,RUS,1997-06-20,2014-03-24,G8\n";

        // When
        var table = BlocTable.Default.With(BlocTable.Parse(new StringReader(text), "mine.csv"));

        // Then
        Assert.Equal(["BRA", "IND", "ZAF"], table["IBSA"].States.Select(s => s.Iso3));
        Assert.Equal(["RUS"], table["G7"].States.Select(s => s.Iso3));
        Assert.Equal(13, table.Blocs.Length);
    }

    [Theory]
    [InlineData("kind,bloc,iso3,from,until,text\nmember,X,IND,2000-01-01,,\n", "line 2: bloc 'X' has no bloc line")]
    [InlineData("kind,bloc,iso3,from,until,text\nbloc,X,,2000-01-01,,\nmember,X,XXQ,2000-01-01,,\n", "line 3: 'XXQ' is not a state")]
    [InlineData("kind,bloc,iso3,from,until,text\nbloc,X,,2000-01-01,,\nmember,X,IND,2000-13-01,,\n", "line 3: from '2000-13-01' is not a date")]
    [InlineData("kind,bloc,iso3,from,until,text\nbloc,X,,2000-01-01,,\nmember,X,IND,2001-01-01,2000-01-01,\n", "line 3: until 2000-01-01 is before from")]
    [InlineData("bloc,iso3\n", "line 1: expected the header")]
    [InlineData("kind,bloc,iso3,from,until,text\nbloc,X,,2000-01-01,,\n", "bloc 'X' has no member lines")]
    public void UserFile_Malformed_NamesFileAndLine(string text, string expected)
    {
        var e = Assert.Throws<FormatException>(() => BlocTable.Parse(new StringReader(text), "bad.csv"));
        Assert.Contains("bad.csv", e.Message, StringComparison.Ordinal);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PoleSet_DefaultAndUser()
    {
        var poles = PoleSet.Default;
        Assert.Equal("USA,CHN,RUS", poles.Key);
        var china = poles.Poles[1];
        Assert.False(china.HasVotesOn(new DateOnly(1971, 10, 24)));
        Assert.True(china.HasVotesOn(new DateOnly(1971, 10, 25)));
        Assert.Contains(poles.Notes, n => n.StartsWith("CHN: no votes before 25 October 1971", StringComparison.Ordinal));
        Assert.Contains(poles.Notes, n => n.StartsWith("RUS: the Soviet Union's seat", StringComparison.Ordinal));
        Assert.Equal("USA,CHN,IND", PoleSet.Parse("usa, China ,IN").Key);
        Assert.Throws<ArgumentException>(() => PoleSet.Parse("USA"));
        Assert.Throws<ArgumentException>(() => PoleSet.Parse("USA,US"));
        Assert.Throws<CountryLookupException>(() => PoleSet.Parse("USA,XXQ"));
    }
}

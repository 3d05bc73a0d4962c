using Multipolar.Countries;
using Multipolar.Data.Formats;
using Multipolar.Votes;

namespace Multipolar.Tests.Sources;

/// <summary>The one wide adapter reads each declared dialect; the real files' headers are recognised.</summary>
public sealed class WideLayoutTests
{
    private const string VoetenWide = """
        rcid,date,me,nu,di,hr,co,ec,AFG,CHN,TWN,USA,RUS
        411,1952-12-05,TRUE,FALSE,FALSE,FALSE,FALSE,FALSE,1,8,3,3,1
        411,2023-11-02,FALSE,FALSE,FALSE,TRUE,FALSE,FALSE,2.0,1,9,3,9
        """;

    private const string Undl1946 = "\uFEFFCouncil,Date,Title,Resolution,TOTAL VOTES,NO-VOTE COUNT,ABSENT COUNT,NO COUNT,YES COUNT,Link,token,SENEGAL,UNITED STATES,CHILE,CHILEs ,DONOTKNOW\n" +
        "General Assembly,2021-12-06,Reducing nuclear danger,A/RES/76/27,3,0,0,1,2,https://x,1,Y,N,,Y,\n" +
        "Security Council,2010-12-22,Somalia,S/RES/1966(2010),2,0,0,0,2,https://x,2,Y,X,A,,Y\n" +
        "General Assembly,2011,Year only,A/RES/66/230,1,0,0,0,1,https://x,3,Y,,,,\n";

    private const string Undl2025 = "Link,token,Scrape_Year,Title,Council,Resolution,country,subregion,continent,Date,YES COUNT,NO COUNT,ABSTAIN COUNT,NO-VOTE COUNT,TOTAL VOTES,tags,AGO,IND,USA\n" +
        "https://x,9,2025,Situation in Ukraine,General Assembly,A/RES/79/1,UA,,,2025-02-24,001,001,001,000,003,\"HUMAN RIGHTS, UKRAINE\",YES,ABSTAIN,NO\n";

    [Fact]
    public void Read_VoetenWide_DuplicateRcidsAreTwoRollCallsAndCodesMapped()
    {
        // Given the voeten-wide dialect with an rcid used twice and a decimal code
        using var dir = TestPaths.Temp();
        var path = dir.Write("ungaVoting.csv", VoetenWide);

        // When it is read
        var batch = SourceReader.Read([path], CountryReference.Default);

        // Then the two rows are two roll calls, 9 is skipped, CHN before 1971 is skipped, TWN keeps the seat
        Assert.Equal(SourceFormat.VoetenWide, SourceReader.Recognise(path));
        Assert.Equal(2, batch.RollCalls.Count);
        Assert.All(batch.RollCalls, r => Assert.Equal(411, r.VoetenRcid));
        var first = batch.Votes.Where(v => v.RollCall == 0).ToDictionary(v => batch.Reference.Countries[v.State].Iso3, v => v.Vote);
        Assert.Equal(Vote.No, first["TWN"]);
        Assert.False(first.ContainsKey("CHN"));
        Assert.Contains(IssueArea.MiddleEast, batch.RollCalls[0].RollCall.Issues);
        var second = batch.Votes.Where(v => v.RollCall == 1).ToDictionary(v => batch.Reference.Countries[v.State].Iso3, v => v.Vote);
        Assert.Equal(Vote.Abstain, second["AFG"]);
        Assert.Equal(Vote.Yes, second["CHN"]);
        Assert.False(second.ContainsKey("RUS"));
    }

    [Fact]
    public void Read_UndlWide1946_MergesMisspeltColumnIgnoresDonotknowSkipsYearOnly()
    {
        // Given the 1946–2021 dialect with a BOM, a misspelt copy of CHILE and the DONOTKNOW column
        using var dir = TestPaths.Temp();
        var path = dir.Write("UN_DATA_wide.csv", Undl1946);

        // When it is read
        var batch = SourceReader.Read([path], CountryReference.Default);

        // Then the Council row is kept as the Security Council's, the misspelt copy counts for Chile
        Assert.Equal(SourceFormat.UndlWide, SourceReader.Recognise(path));
        Assert.Equal(2, batch.RollCalls.Count);
        Assert.Equal(Body.GeneralAssembly, batch.RollCalls[0].RollCall.Body);
        Assert.Equal(Body.SecurityCouncil, batch.RollCalls[1].RollCall.Body);
        var ga = batch.Votes.Where(v => v.RollCall == 0).ToDictionary(v => batch.Reference.Countries[v.State].Iso3, v => v.Vote);
        Assert.Equal(Vote.Yes, ga["CHL"]);
        Assert.Equal(Vote.No, ga["USA"]);
        var sc = batch.Votes.Where(v => v.RollCall == 1).ToDictionary(v => batch.Reference.Countries[v.State].Iso3, v => v.Vote);
        Assert.Equal(3, sc.Count);
        Assert.Equal(Vote.Absent, sc["USA"]);
        Assert.Contains(batch.Skipped, s => s.Reason.Contains("year only", StringComparison.Ordinal) && s.Count == 1);
    }

    [Fact]
    public void Read_UndlWide2025_WordsAndIso3Columns()
    {
        // Given the 2025 dialect
        using var dir = TestPaths.Temp();
        var path = dir.Write("un_votes_2025.csv", Undl2025);

        // When it is read
        var batch = SourceReader.Read([path], CountryReference.Default);

        // Then the words are votes and the tags are the description
        var votes = batch.Votes.ToDictionary(v => batch.Reference.Countries[v.State].Iso3, v => v.Vote);
        Assert.Equal([Vote.Yes, Vote.Abstain, Vote.No], new[] { votes["AGO"], votes["IND"], votes["USA"] });
        Assert.Equal("HUMAN RIGHTS, UKRAINE", batch.RollCalls[0].RollCall.Description);
    }

    [Fact]
    public void Read_UnknownStateColumn_ErrorNamesColumn()
    {
        // Given a wide file with a column that is no state
        using var dir = TestPaths.Temp();
        var path = dir.Write("bad.csv", VoetenWide.Replace("RUS", "XYZQ", StringComparison.Ordinal));

        // When it is read / Then the error names the column
        var e = Assert.Throws<IngestException>(() => SourceReader.Read([path], CountryReference.Default));
        Assert.Equal("XYZQ", e.Column);
        Assert.Equal(1, e.Line);
    }

    [Theory]
    [InlineData("voeten-wide/ungaVoting_003.csv.gz", SourceFormat.VoetenWide)]
    [InlineData("undl/UN_DATA_wide_1946_2021.csv.gz", SourceFormat.UndlWide)]
    [InlineData("undl/un_votes_2025_processed_wide.csv.gz", SourceFormat.UndlWide)]
    [InlineData("undl/undl_ga_es11_1_2022.csv", SourceFormat.UndlBulk)]
    public void Recognise_RealFileHeaders_Layout(string file, SourceFormat expected)
    {
        // Given / When / Then
        Assert.Equal(expected, SourceReader.Recognise(TestPaths.Shared(file.Split('/'))));
    }
}

using System.IO.Compression;
using System.Text;
using Multipolar.Countries;
using Multipolar.Data.Formats;
using Multipolar.Data.Store;
using Multipolar.Votes;

namespace Multipolar.Tests.Sources;

/// <summary>The UN's resolution record (JSON lines): each quirk of docs/sources.md on a hand-made file.</summary>
public sealed class UnxmlReaderTests
{
    private static readonly CountryReference Reference = CountryReference.Default;

    /// <summary>One line of the layout; <paramref name="extra"/> is spliced in as more properties.</summary>
    private static string Line(string symbol, string date, string type, string[] yes, string[] no, string[] abstain, string counts, string title = "A title", string extra = "")
    {
        static string List(string[] names) => "[" + string.Join(", ", names.Select(n => $"\"{n}\"")) + "]";
        var (y, n, a) = counts.Split('-') is [var cy, var cn, var ca] ? (cy, cn, ca) : ("N.A.", "N.A.", "N.A.");
        return $$"""{"symbol": "{{symbol}}", "title": "{{title}}", "session": "Seventy-fifth session", "adoption_date": "{{date}}", "agenda_item_name": "An agenda item", "adoption_type": "{{type}}", "MS_in_favour_count": "{{y}}", "MS_against_count": "{{n}}", "MS_abstaining_count": "{{a}}", "MS_in_favour": {{List(yes)}}, "MS_against": {{List(no)}}, "MS_abstaining": {{List(abstain)}}, "subjects": [["Economic development", "UNBIS Thesaurus"]]{{extra}}}""";
    }

    private const string Recorded = "By a recorded vote";

    private static SourceBatch Read(TempDir dir, params string[] lines)
    {
        var path = dir.Write("75.json", string.Join("\n", lines) + "\n");
        return SourceReader.Read([path], Reference);
    }

    private static int Votes(SourceBatch batch, Vote vote) => batch.Votes.Count(v => v.Vote == vote);

    [Fact]
    public void Detect_JsonLinesPlainAndGzip_RecognisedAsTheResolutionRecord()
    {
        // Given the same line as plain text and gzipped
        using var dir = TestPaths.Temp();
        var line = Line("A/RES/75/1", "2 March 2022", "Without a vote", [], [], [], "0-0-0");
        var plain = dir.Write("75.json", line + "\n");
        var gz = dir.File("76.json.gz");
        using (var f = File.Create(gz))
        using (var z = new GZipStream(f, CompressionLevel.Fastest))
        {
            z.Write(Encoding.UTF8.GetBytes(line + "\n"));
        }

        // When / Then
        Assert.Equal(SourceFormat.UnxmlResolutions, SourceReader.Recognise(plain));
        Assert.Equal(SourceFormat.UnxmlResolutions, SourceReader.Recognise(gz));
        Assert.Null(FormatDetector.Detect(FormatDetector.SplitHeader("{\"symbol\": \"A/RES/1\"}")));
    }

    [Fact]
    public void Read_RecordedVote_UnlistedMembersAbsentNonMembersNoRecord()
    {
        // Given a vote of 2010 (South Sudan joined in 2011): three states listed, the other members not
        using var dir = TestPaths.Temp();
        var batch = Read(dir, Line("A/RES/65/1", "2010-11-07 00:00:00", Recorded, ["UNITED STATES", "FRANCE"], ["RUSSIAN FEDERATION"], [], "2-1-N.A."));

        // Then the listed votes, every other member on the day absent, South Sudan without a record
        var members = Reference.Countries.Count(c => c.MemberFrom <= new DateOnly(2010, 11, 7) && c.MemberUntil is null);
        Assert.Equal((2, 1, 0, members - 3), (Votes(batch, Vote.Yes), Votes(batch, Vote.No), Votes(batch, Vote.Abstain), Votes(batch, Vote.Absent)));
        Assert.DoesNotContain(batch.Votes, v => v.State == Reference["SSD"].Index);
        Assert.Contains(batch.Votes, v => v.State == Reference["DEU"].Index && v.Vote == Vote.Absent);
        Assert.Equal(65, batch.RollCalls.Single().RollCall.Session);
        Assert.Contains(batch.Quirks, q => q.Kind == SourceQuirkKind.NotAvailableCount && q.Detail.Contains("A/RES/65/1 MS_abstaining_count", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_NameVariantsAndBothDateFormats_ResolvedAndReported()
    {
        // Given Türkiye spelt three ways, and dates in both formats (one with a no-break space)
        using var dir = TestPaths.Temp();
        var batch = Read(
            dir,
            Line("A/RES/75/1", "2020-12-07 00:00:00", Recorded, ["TURKEY", "NETHERLANDS"], [], [], "2-0-0"),
            Line("A/RES/75/2", "8\u00a0December 2020", Recorded, ["TÜRKİYE", "NETHERLANDS (KINGDOM OF THE)"], [], [], "2-0-0"),
            Line("A/RES/75/3", "9 December 2020", Recorded, ["TÜRKÝYE", "COTE D'IVOIRE", "CÔTE D'IVOIRE"], [], [], "2-0-0"));

        // Then every spelling is one state, the variants and the date formats are reported
        Assert.Equal(3, batch.Votes.Count(v => v.State == Reference["TUR"].Index && v.Vote == Vote.Yes));
        Assert.Equal([new DateOnly(2020, 12, 7), new DateOnly(2020, 12, 8), new DateOnly(2020, 12, 9)], batch.RollCalls.Select(r => r.RollCall.Date));
        var turkey = Assert.Single(batch.Quirks, q => q.Kind == SourceQuirkKind.NameVariants && q.Detail.StartsWith("TUR", StringComparison.Ordinal));
        Assert.Contains("TÜRKÝYE (1)", turkey.Detail, StringComparison.Ordinal);
        Assert.Contains(batch.Quirks, q => q.Kind == SourceQuirkKind.NameVariants && q.Detail.StartsWith("NLD", StringComparison.Ordinal));
        var dates = Assert.Single(batch.Quirks, q => q.Kind == SourceQuirkKind.DateFormats);
        Assert.Contains("1 dates as 'yyyy-MM-dd 00:00:00', 2 as 'd MMMM yyyy' (1 with a no-break space)", dates.Detail, StringComparison.Ordinal);

        // And CIV listed twice (two spellings) in one list counts once: a repeated name
        Assert.Single(batch.Votes, v => v.State == Reference["CIV"].Index && v.RollCall == 2);
        Assert.Contains(batch.Quirks, q => q.Kind == SourceQuirkKind.RepeatedNames && q.Line == 3);
    }

    [Fact]
    public void Read_RepeatedSymbol_FirstKeptCopiesReportedDifferentVotesReportedApart()
    {
        // Given A/RES/79/1 three times (the third copy with a different vote) and 79/2 twice
        using var dir = TestPaths.Temp();
        var batch = Read(
            dir,
            Line("A/RES/79/1", "2 December 2024", Recorded, ["TURKEY", "FRANCE"], [], [], "2-0-0"),
            Line("A/RES/79/1", "2 December 2024", Recorded, ["TÜRKİYE", "FRANCE"], [], [], "2-0-0", extra: ", \"additional_sponsors\": [\"X\"]"),
            Line("A/RES/79/1", "2 December 2024", Recorded, ["TURKEY"], ["FRANCE"], [], "1-1-0"),
            Line("A/RES/79/2", "2 December 2024", "Without a vote", [], [], [], "0-0-0"),
            Line("A/RES/79/2", "2 December 2024", "Without a vote", [], [], [], "0-0-0"));

        // Then one roll call (the first copy: France yes), one resolution each
        var rc = Assert.Single(batch.RollCalls);
        Assert.Equal("A/RES/79/1", rc.RollCall.Resolution);
        Assert.Contains(batch.Votes, v => v.State == Reference["FRA"].Index && v.Vote == Vote.Yes);
        Assert.Equal(["A/RES/79/1", "A/RES/79/2"], batch.Resolutions.Select(r => r.Symbol));
        var repeated = Assert.Single(batch.Quirks, q => q.Kind == SourceQuirkKind.RepeatedSymbol);
        Assert.StartsWith("3 repeated copies", repeated.Detail, StringComparison.Ordinal);
        var differs = Assert.Single(batch.Quirks, q => q.Kind == SourceQuirkKind.RepeatedSymbolDiffers);
        Assert.Equal(3, differs.Line);
    }

    [Fact]
    public void Read_EmptyListsDoubledListsAndCountMismatch_SourceDefectsReported()
    {
        // Given a recorded vote with empty lists, one whose lists name everybody twice, one with an abstention short
        using var dir = TestPaths.Temp();
        var batch = Read(
            dir,
            Line("A/RES/75/254 A-C", "31 December 2020", Recorded, [], [], [], "168-2-0"),
            Line("A/RES/75/290 A", "25 June 2021", Recorded, ["FRANCE", "CHILE", "FRANCE", "CHILE"], [], ["INDIA", "INDIA"], "2-0-1"),
            Line("A/RES/77/293", "30 June 2023", Recorded, ["FRANCE"], ["CHILE"], ["INDIA"], "1-1-2"));

        // Then the empty one is no roll call (a resolution with its note), the doubled one is counted once with absences,
        // the short one keeps its listed votes without absences, both numbers reported
        Assert.Equal(["A/RES/75/290 A", "A/RES/77/293"], batch.RollCalls.Select(r => r.RollCall.Resolution));
        var empty = batch.Resolutions.Single(r => r.Symbol == "A/RES/75/254 A-C");
        Assert.Equal((-1, 168, 2), (empty.RollCall, empty.Yes, empty.No));
        Assert.Contains("empty lists", empty.Note, StringComparison.Ordinal);
        Assert.Contains(batch.Quirks, q => q.Kind == SourceQuirkKind.EmptyVoteLists && q.Line == 1);
        Assert.Contains(batch.Quirks, q => q.Kind == SourceQuirkKind.RepeatedNames && q.Line == 2 && q.Detail.Contains("3 of 6 names", StringComparison.Ordinal));
        var mismatch = Assert.Single(batch.Quirks, q => q.Kind == SourceQuirkKind.CountMismatch);
        Assert.Contains("1 abstaining; the stated counts are 1, 1, 2", mismatch.Detail, StringComparison.Ordinal);
        var members = Reference.Countries.Count(c => c.MemberFrom <= new DateOnly(2021, 6, 25) && c.MemberUntil is null);
        Assert.Equal(members - 3, batch.Votes.Count(v => v.RollCall == 0 && v.Vote == Vote.Absent));
        Assert.Equal(3, batch.Votes.Count(v => v.RollCall == 1));
    }

    [Fact]
    public void Read_StateInTwoLists_ItsVoteDroppedAndReported()
    {
        // Given India listed in favour and abstaining
        using var dir = TestPaths.Temp();
        var batch = Read(dir, Line("A/RES/75/5", "7 December 2020", Recorded, ["FRANCE", "INDIA"], [], ["INDIA"], "2-0-1"));

        // Then India has no record from this roll call, the state is reported, no absence derived
        Assert.DoesNotContain(batch.Votes, v => v.State == Reference["IND"].Index);
        Assert.Contains(batch.Quirks, q => q.Kind == SourceQuirkKind.ContradictoryNames && q.Detail.Contains("IND", StringComparison.Ordinal));
        Assert.Single(batch.Votes);
    }

    [Fact]
    public void Ingest_WithoutAVote_KeptAsResolutionNotRollCallWithIssueBasis()
    {
        // Given a resolution adopted without a vote, an ES-11 vote and one with an empty adoption type
        using var dir = TestPaths.Temp();
        var es11 = Line("A/RES/ES-11/3", "7 April 2022", Recorded, ["FRANCE"], ["RUSSIAN FEDERATION"], [], "1-1-0", title: "Suspension of the rights of membership of the Russian Federation in the Human Rights Council");
        var path = dir.Write("ES-11.json", string.Join("\n",
            Line("A/RES/76/1", "2 March 2022", "Without a vote", [], [], [], "0-0-0", title: "Human rights and extreme poverty"),
            es11,
            Line("A/RES/76/2 A-C", "2 March 2022", "", [], [], [], "0-0-0")) + "\n");
        var db = dir.File("s.duckdb");
        using var store = VoteStore.Open(db);

        // When ingested
        var result = store.Ingest(SourceReader.Read([path], Reference));

        // Then one roll call (ES-11/3, tagged ukraine by its symbol), three resolutions with the fields that gave each code
        var rc = Assert.Single(store.RollCalls(2022));
        Assert.Equal("A/RES/ES-11/3", rc.RollCall.Resolution);
        Assert.Contains(IssueClassifier.Ukraine, rc.RollCall.Issues);
        Assert.Single(store.LoadMatrix(new MatrixQuery { FromYear = 2022, ToYear = 2022 }).RollCalls);
        var resolutions = store.Resolutions(2022);
        Assert.Equal(3, resolutions.Count);
        var poverty = resolutions.Single(r => r.Symbol == "A/RES/76/1");
        Assert.Equal(("without a vote", (long?)null), (poverty.Adoption, poverty.RollCallId));
        Assert.Equal("hr:title ec:subjects+title", poverty.IssueBasis);
        Assert.Equal("hr:title ec:subjects ukraine:symbol", resolutions.Single(r => r.Symbol == "A/RES/ES-11/3").IssueBasis);
        Assert.Equal("not stated", resolutions.Single(r => r.Symbol == "A/RES/76/2 A-C").Adoption);
        Assert.Equal(3, result.Resolutions);
        Assert.Contains(result.Quirks, q => q.Kind == SourceQuirkKind.WithoutVote);
        Assert.Contains(result.Quirks, q => q.Kind == SourceQuirkKind.AdoptionNotStated && q.Line == 3);
    }

    [Theory]
    [InlineData("{\"symbol\": \"A/RES/75/9\", oops}", "line 2", "not valid JSON")]
    [InlineData("UNKNOWNLAND", "value 'UNKNOWNLAND'", "not in the country reference")]
    [InlineData("DATE:31/12/2020", "value '31/12/2020'", "expected a date")]
    [InlineData("COUNT:many", "value '\"many\"'", "expected a count")]
    [InlineData("TYPE:By acclamation", "value 'By acclamation'", "expected 'By a recorded vote'")]
    public void Ingest_MalformedLine_ErrorNamesFileLineValueAndNothingIsWritten(string bad, string where, string what)
    {
        // Given a good file and a file whose second line is bad, ingested together
        using var dir = TestPaths.Temp();
        var good = Line("A/RES/75/1", "7 December 2020", Recorded, ["FRANCE"], [], [], "1-0-0");
        var second = bad switch
        {
            _ when bad.StartsWith('{') => bad,
            _ when bad.StartsWith("DATE:", StringComparison.Ordinal) => Line("A/RES/75/9", bad[5..], Recorded, ["FRANCE"], [], [], "1-0-0"),
            _ when bad.StartsWith("COUNT:", StringComparison.Ordinal) => Line("A/RES/75/9", "7 December 2020", Recorded, ["FRANCE"], [], [], $"{bad[6..]}-0-0"),
            _ when bad.StartsWith("TYPE:", StringComparison.Ordinal) => Line("A/RES/75/9", "7 December 2020", bad[5..], ["FRANCE"], [], [], "1-0-0"),
            _ => Line("A/RES/75/9", "7 December 2020", Recorded, [bad], [], [], "1-0-0"),
        };
        var folder = Directory.CreateDirectory(dir.File("unxml")).FullName;
        File.WriteAllText(Path.Combine(folder, "74.json"), good + "\n");
        File.WriteAllText(Path.Combine(folder, "75.json"), good.Replace("75/1", "75/8", StringComparison.Ordinal) + "\n" + second + "\n");
        var db = dir.File("s.duckdb");

        // When
        var e = Assert.Throws<IngestException>(() =>
        {
            using var store = VoteStore.Open(db);
            store.Ingest(SourceReader.Read([folder], Reference));
        });

        // Then the message names the file, line and value; the store holds nothing
        Assert.Contains("75.json", e.Message, StringComparison.Ordinal);
        Assert.Contains(where, e.Message, StringComparison.Ordinal);
        Assert.Contains(what, e.Message, StringComparison.Ordinal);
        Assert.Equal(2, e.Line);
        using var check = VoteStore.Open(db, readOnly: true);
        Assert.Equal(0, check.Info().RollCalls);
        Assert.Empty(check.Resolutions());
    }
}

using Multipolar.Countries;
using Multipolar.Data.Formats;
using Multipolar.Data.Store;
using Multipolar.Votes;

namespace Multipolar.Tests.Store;

/// <summary>Malformed files get a precise error and leave the store as it was; re-ingest is a no-op; overlaps report conflicts.</summary>
public sealed class IngestValidationTests
{
    private const string RollCalls = """
        "rcid","session","importantvote","date","unres","amend","para","short","descr"
        1,50,0,"1995-10-01","A/RES/50/1",0,0,"First","First roll call"
        2,50,1,"1995-11-01","A/RES/50/2",0,0,"Second","Second roll call"
        """;

    private const string Votes = """
        "rcid","country","country_code","vote"
        1,"United States","US","yes"
        1,"Canada","CA","no"
        1,"Federal Republic of Germany","","abstain"
        2,"United States","US","no"
        2,"Canada","CA","no"
        """;

    public static TheoryData<string, long, string?, string, string> Malformed => new()
    {
        // name, line, column, value, words expected in the message
        { "1,\"Canada\",\"CA\",\"maybe\"", 7, "vote", "maybe", "expected yes, abstain or no" },
        { "2,\"Canada\"", 7, null, "2,\"Canada\"", "truncated line" },
        { "2,\"Atlantis\",\"XX\",\"yes\"", 7, "country_code", "XX", "unknown country code" },
        { "2,\"Canada\",\"CA\",\"yes\"", 7, "vote", "yes", "conflicting duplicate" },
        { "x,\"Canada\",\"CA\",\"yes\"", 7, "rcid", "x", "expected a whole number" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Ingest_MalformedVotesFile_PreciseErrorAndStoreUnchanged(string badLine, long line, string? column, string value, string words)
    {
        // Given a store holding a good ingest
        using var dir = TestPaths.Temp();
        using var store = VoteStore.Open(dir.File("s.duckdb"));
        var good = Directory.CreateDirectory(dir.File("good")).FullName;
        File.WriteAllText(Path.Combine(good, "rc.csv"), RollCalls);
        File.WriteAllText(Path.Combine(good, "votes.csv"), Votes);
        store.Ingest(SourceReader.Read([good], CountryReference.Default));
        var before = store.Info();
        var rc2 = RollCalls.Replace("1995", "1996", StringComparison.Ordinal).Replace("\n1,", "\n11,", StringComparison.Ordinal).Replace("\n2,", "\n12,", StringComparison.Ordinal);
        var votes2 = Votes.Replace("\n1,", "\n11,", StringComparison.Ordinal).Replace("\n2,", "\n12,", StringComparison.Ordinal) + "\n" + badLine.Replace("1,", "11,", StringComparison.Ordinal).Replace("2,", "12,", StringComparison.Ordinal);
        var bad = Directory.CreateDirectory(dir.File("bad")).FullName;
        File.WriteAllText(Path.Combine(bad, "rc.csv"), rc2);
        var badVotes = Path.Combine(bad, "votes.csv");
        File.WriteAllText(badVotes, votes2);

        // When
        var e = Assert.Throws<IngestException>(() => store.Ingest(SourceReader.Read([bad], CountryReference.Default)));

        // Then
        Assert.Equal(badVotes, e.File);
        Assert.Equal(line, e.Line);
        Assert.Equal(column, e.Column);
        Assert.Contains(value.Replace("1,", "11,", StringComparison.Ordinal).Replace("2,", "12,", StringComparison.Ordinal).Split(',')[0].Trim('"'), e.Value!, StringComparison.Ordinal);
        Assert.Contains(words, e.Message, StringComparison.Ordinal);
        Assert.Contains(badVotes, e.Message, StringComparison.Ordinal);
        Assert.Equal(before, store.Info() with { Sources = before.Sources, Issues = before.Issues });
        Assert.Equal(before.Sources, store.Info().Sources);
    }

    [Fact]
    public void Ingest_MissingCountryCode_ResolvedByName()
    {
        // Given
        using var dir = TestPaths.Temp();
        var folder = GoodFolder(dir);
        using var store = VoteStore.Open(dir.File("s.duckdb"));

        // When
        store.Ingest(SourceReader.Read([folder], CountryReference.Default));

        // Then
        var vote = store.Votes(1).Single(v => v.State.Iso3 == "DEU");
        Assert.Equal(Vote.Abstain, vote.Vote);
        Assert.Equal(4, vote.Line);
    }

    [Fact]
    public void Ingest_SameFilesTwice_SecondIsNoOp()
    {
        // Given
        using var dir = TestPaths.Temp();
        var folder = GoodFolder(dir);
        using var store = VoteStore.Open(dir.File("s.duckdb"));
        store.Ingest(SourceReader.Read([folder], CountryReference.Default));
        var before = store.Info();

        // When
        var again = store.Ingest(SourceReader.Read([folder], CountryReference.Default));

        // Then
        Assert.True(again.NothingNew);
        Assert.Equal(2, again.AlreadyIngested.Count);
        Assert.Equal(before, store.Info() with { Sources = before.Sources, Issues = before.Issues });
        Assert.Equal(before.Sources.Count, store.Info().Sources.Count);
    }

    [Fact]
    public void Ingest_SameContentInAnotherFile_NothingNewAndNoSourceAdded()
    {
        // Given
        using var dir = TestPaths.Temp();
        var folder = GoodFolder(dir);
        using var store = VoteStore.Open(dir.File("s.duckdb"));
        store.Ingest(SourceReader.Read([folder], CountryReference.Default));
        var copy = dir.File("votes-copy.csv.gz");
        Formats.LayoutWriter.WriteGzip(copy, Votes);

        // When
        var again = store.Ingest(SourceReader.Read([copy], CountryReference.Default));

        // Then
        Assert.True(again.NothingNew);
        Assert.Equal(5, again.DuplicateVotes);
        Assert.Equal(2, store.Sources().Count);
    }

    [Fact]
    public void Ingest_OverlappingSourceWithDifferentVote_ReportsConflictAndOfficialRecordWins()
    {
        // Given unvotes-layout data, then the official bulk layout for the same resolution with Canada voting yes
        using var dir = TestPaths.Temp();
        var folder = GoodFolder(dir);
        using var store = VoteStore.Open(dir.File("s.duckdb"));
        store.Ingest(SourceReader.Read([folder], CountryReference.Default));
        var undl = dir.Write("undl.csv", """
            undl_id,ms_code,ms_name,ms_vote,date,session,resolution,draft,committee_report,meeting,title,agenda_title,subjects,vote_note,total_yes,total_no,total_abstentions,total_non_voting,total_ms,undl_link
            77,USA,UNITED STATES,Y,1995-10-01,50,A/RES/50/1,,,,First,,,,2,0,0,0,2,
            77,CAN,CANADA,Y,1995-10-01,50,A/RES/50/1,,,,First,,,,2,0,0,0,2,
            """);

        // When
        var result = store.Ingest(SourceReader.Read([undl], CountryReference.Default));

        // Then
        var conflict = Assert.Single(result.Conflicts);
        Assert.Equal(("CAN", Vote.No, Vote.Yes, true), (conflict.Iso3, conflict.Existing, conflict.Incoming, conflict.IncomingWins));
        Assert.Equal(1, result.DuplicateVotes);
        Assert.Equal(0, result.NewRollCalls);
        var canada = store.Votes(1).Where(v => v.State.Iso3 == "CAN").ToArray();
        Assert.Equal(2, canada.Length);
        Assert.Equal(Vote.Yes, canada.Single(v => v.Effective).Vote);
        Assert.Equal(1, store.Info().ConflictingVotes);
    }

    [Fact]
    public void Ingest_VotesWithoutTheirRollCalls_ErrorNamesTheRollCall()
    {
        // Given
        using var dir = TestPaths.Temp();
        var votes = dir.Write("votes.csv", Votes);
        using var store = VoteStore.Open(dir.File("s.duckdb"));

        // When
        var e = Assert.Throws<IngestException>(() => store.Ingest(SourceReader.Read([votes], CountryReference.Default)));

        // Then
        Assert.Equal(2, e.Line);
        Assert.Equal("1", e.Value);
        Assert.Contains("roll-call file", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, store.Info().Votes);
    }

    [Fact]
    public void Ingest_ChinaSeatBefore1971_AttributedToRepublicOfChina()
    {
        // Given a source that records the China seat as CN in 1950 and 1980
        using var dir = TestPaths.Temp();
        var folder = Directory.CreateDirectory(dir.File("d")).FullName;
        File.WriteAllText(Path.Combine(folder, "rc.csv"), """
            "rcid","session","importantvote","date","unres","amend","para","short","descr"
            1,5,0,"1950-10-01","R/5/1",0,0,"a","a"
            2,35,0,"1980-10-01","R/35/1",0,0,"b","b"
            """);
        File.WriteAllText(Path.Combine(folder, "votes.csv"), """
            "rcid","country","country_code","vote"
            1,"China","CN","yes"
            2,"China","CN","no"
            """);
        using var store = VoteStore.Open(dir.File("s.duckdb"));

        // When
        store.Ingest(SourceReader.Read([folder], CountryReference.Default));

        // Then
        Assert.Equal("TWN", Assert.Single(store.Votes(1)).State.Iso3);
        Assert.Equal("CHN", Assert.Single(store.Votes(2)).State.Iso3);
    }

    [Fact]
    public void Ingest_UndlTotalsDisagreeWithRows_Error()
    {
        // Given
        using var dir = TestPaths.Temp();
        var undl = dir.Write("undl.csv", """
            undl_id,ms_code,ms_name,ms_vote,date,session,resolution,draft,committee_report,meeting,title,agenda_title,subjects,vote_note,total_yes,total_no,total_abstentions,total_non_voting,total_ms,undl_link
            77,USA,UNITED STATES,Y,1995-10-01,50,A/RES/50/1,,,,First,,,,3,0,0,0,2,
            77,CAN,CANADA,N,1995-10-01,50,A/RES/50/1,,,,First,,,,3,0,0,0,2,
            """);

        // When
        var e = Assert.Throws<IngestException>(() => SourceReader.Read([undl], CountryReference.Default));

        // Then
        Assert.Contains("totals", e.Message, StringComparison.Ordinal);
        Assert.Equal("total_yes", e.Column);
    }

    /// <summary>A folder with the good roll-call and votes files (unvotes layout).</summary>
    /// <summary>A folder with the two good files (roll call 1 split yes/no/abstain, roll call 2 unanimous no); other store tests reuse it.</summary>
    internal static string GoodFolder(TempDir dir)
    {
        var folder = Directory.CreateDirectory(dir.File("d")).FullName;
        File.WriteAllText(Path.Combine(folder, "rc.csv"), RollCalls);
        File.WriteAllText(Path.Combine(folder, "votes.csv"), Votes);
        return folder;
    }
}

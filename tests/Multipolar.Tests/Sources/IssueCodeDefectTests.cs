using System.Text.RegularExpressions;
using Multipolar.Countries;
using Multipolar.Data.Formats;
using Multipolar.Data.Reconciliation;
using Multipolar.Data.Store;
using Multipolar.Tests.Cli;
using Multipolar.Votes;

namespace Multipolar.Tests.Sources;

/// <summary>
/// The source defect rule for issue codes (docs/sources.md, "Known source defects"): issue areas one source
/// codes on the same roll calls of a year keep only the codes the titles support; the defect is reported and
/// recorded, never dropped silently.
/// </summary>
public sealed class IssueCodeDefectTests
{
    // Six disarmament votes of 2019 (the sixth's title holds "Development", an ec phrase), a decolonisation vote
    // of 2019, two nuclear disarmament votes of 2018.
    private const string RollCalls = """
        "rcid","session","importantvote","date","unres","amend","para","short","descr"
        1,74,0,"2019-12-12","R/74/41",0,0,"Treaty on the Prohibition of Nuclear Weapons","Treaty on the Prohibition of Nuclear Weapons"
        2,74,0,"2019-12-12","R/74/42",0,0,"Prevention of an arms race in outer space","Prevention of an arms race in outer space"
        3,74,0,"2019-12-12","R/74/43",0,0,"No first placement of weapons in outer space","No first placement of weapons in outer space"
        4,74,0,"2019-12-12","R/74/44",0,0,"Conventional arms control at the regional and subregional levels","Conventional arms control"
        5,74,0,"2019-12-12","R/74/45",0,0,"Humanitarian consequences of nuclear weapons","Humanitarian consequences of nuclear weapons"
        6,74,0,"2019-12-12","R/74/46",0,0,"Implementation of the Convention on the Prohibition of the Development, Production and Stockpiling of Bacteriological (Biological) and Toxin Weapons","Biological weapons"
        7,74,0,"2019-12-13","R/74/95",0,0,"Dissemination of information on decolonization","Dissemination of information on decolonization"
        8,73,0,"2018-12-05","R/73/50",0,0,"Nuclear disarmament","Nuclear disarmament"
        9,73,0,"2018-12-05","R/73/51",0,0,"Nuclear disarmament verification","Nuclear disarmament verification"
        """;

    // As in the shared unvotes file: co and ec carry exactly di's roll calls in 2019. In 2018 nu and di share
    // two roll calls (legitimately, and below the threshold).
    private static readonly string DefectiveIssues = "\"rcid\",\"short_name\",\"issue\"\n" +
        string.Concat(Enumerable.Range(1, 6).SelectMany(r => new[] { $"{r},\"di\",\"Arms control and disarmament\"\n", $"{r},\"co\",\"Colonialism\"\n", $"{r},\"ec\",\"Economic development\"\n" })) +
        "1,\"nu\",\"Nuclear weapons and nuclear material\"\n5,\"nu\",\"Nuclear weapons and nuclear material\"\n" +
        "8,\"di\",\"Arms control and disarmament\"\n8,\"nu\",\"Nuclear weapons and nuclear material\"\n9,\"di\",\"Arms control and disarmament\"\n9,\"nu\",\"Nuclear weapons and nuclear material\"\n";

    // A corrected release: di on the disarmament votes, co on the decolonisation vote.
    private static readonly string CorrectedIssues = "\"rcid\",\"short_name\",\"issue\"\n" +
        string.Concat(Enumerable.Range(1, 6).Select(r => $"{r},\"di\",\"Arms control and disarmament\"\n")) + "7,\"co\",\"Colonialism\"\n";

    private const string Votes = """
        "rcid","country","country_code","vote"
        1,"United States","US","no"
        1,"Canada","CA","no"
        7,"United States","US","no"
        7,"Canada","CA","abstain"
        """;

    private static string UnvotesFolder(TempDir dir, string name, string issues, string votes = Votes)
    {
        var folder = Directory.CreateDirectory(dir.File(name)).FullName;
        File.WriteAllText(Path.Combine(folder, "rc.csv"), RollCalls);
        File.WriteAllText(Path.Combine(folder, "issues.csv"), issues);
        File.WriteAllText(Path.Combine(folder, "votes.csv"), votes);
        return folder;
    }

    private static long[] Coded(VoteStore store, int year, string issue) =>
        [.. store.RollCalls(year, IssueArea.Parse(issue)).Select(r => r.RollCall.Id.Value)];

    [Fact]
    public void Ingest_IssuesWithDuplicatedAreas_KeepsTheAreaTheTitlesGiveDropsTheOthersAndReports()
    {
        // Given the unvotes layout with co and ec copied from di on six roll calls of 2019
        using var dir = TestPaths.Temp();
        var folder = UnvotesFolder(dir, "unvotes", DefectiveIssues);
        using var store = VoteStore.Open(dir.File("s.duckdb"));

        // When ingested
        var result = store.Ingest(SourceReader.Read([folder], CountryReference.Default));

        // Then di stays, co and ec are gone from those roll calls; nu and 2018 are untouched
        Assert.Equal([1L, 2, 3, 4, 5, 6], Coded(store, 2019, "di"));
        Assert.Empty(Coded(store, 2019, "co"));
        Assert.Empty(Coded(store, 2019, "ec"));
        Assert.Equal([1L, 5], Coded(store, 2019, "nu"));
        Assert.Equal([8L, 9], Coded(store, 2018, "di"));
        Assert.Equal([8L, 9], Coded(store, 2018, "nu"));

        // And the defect is reported: the file, year, areas, roll calls, the titles' support and what was done
        var d = Assert.Single(result.IssueDefects);
        Assert.Equal(("issues.csv", 2019, 6, 0), (d.Source, d.Year, d.RollCalls, d.Untitled));
        Assert.Equal(["co 0", "di 6", "ec 1"], d.Areas.Select(a => $"{a.Issue.Code} {a.Supported}"));
        Assert.Equal(["di"], d.Kept.Select(a => a.Code));
        Assert.Equal(["co", "ec"], d.Dropped.Select(a => a.Code));
        Assert.Equal(
            "issues.csv, 2019: co, di, ec coded on the same 6 roll calls; titles give co 0/6, di 6/6, ec 1/6; kept di, dropped co, ec on those roll calls",
            d.Describe());
        Assert.Equal(6, result.Issues["co"]); // the codes as read; the defect says which were not stored
    }

    [Fact]
    public void Ingest_CorrectedIssues_StoresEveryCodeAndReportsNoDefect()
    {
        // Given a release in which the areas' sets differ
        using var dir = TestPaths.Temp();
        var folder = UnvotesFolder(dir, "unvotes", CorrectedIssues);
        using var store = VoteStore.Open(dir.File("s.duckdb"));

        // When
        var result = store.Ingest(SourceReader.Read([folder], CountryReference.Default));

        // Then every code is stored, nothing reported or recorded, and the data version is the checksums' alone
        Assert.Equal([1L, 2, 3, 4, 5, 6], Coded(store, 2019, "di"));
        Assert.Equal([7L], Coded(store, 2019, "co"));
        Assert.Empty(result.IssueDefects);
        Assert.Empty(store.IssueCodeDefects());
        Assert.Equal(VoteStore.DataVersionOf(store.Sources().Select(s => s.Sha256)), store.DataVersion);
    }

    [Fact]
    public void Ingest_Defect_RecordedInTheStoreAndInTheDataVersion()
    {
        // Given two stores built from the same defective files
        using var dir = TestPaths.Temp();
        var folder = UnvotesFolder(dir, "unvotes", DefectiveIssues);
        using var first = VoteStore.Open(dir.File("a.duckdb"));
        using var second = VoteStore.Open(dir.File("b.duckdb"));

        // When
        var result = first.Ingest(SourceReader.Read([folder], CountryReference.Default));
        second.Ingest(SourceReader.Read([folder], CountryReference.Default));

        // Then the store lists the defect as the ingest reported it, and the version covers the correction:
        // the same in both stores, not the version of the checksums alone (a store built before the rule)
        Assert.Equal(result.IssueDefects.Single().Describe(), Assert.Single(first.IssueCodeDefects()).Describe());
        Assert.Equal(first.DataVersion, second.DataVersion);
        Assert.NotEqual(VoteStore.DataVersionOf(first.Sources().Select(s => s.Sha256)), first.DataVersion);
        Assert.Equal(12, first.DataVersion.Length);
    }

    [Fact]
    public void Ingest_RollCallsFirstThenIssues_SameDecisionFromTheStoredTitles()
    {
        // Given the roll-call file ingested alone, then the issues and votes files
        using var dir = TestPaths.Temp();
        var folder = UnvotesFolder(dir, "unvotes", DefectiveIssues);
        using var store = VoteStore.Open(dir.File("s.duckdb"));
        store.Ingest(SourceReader.Read([Path.Combine(folder, "rc.csv")], CountryReference.Default));

        // When
        var result = store.Ingest(SourceReader.Read([Path.Combine(folder, "issues.csv"), Path.Combine(folder, "votes.csv")], CountryReference.Default));

        // Then the stored dates and titles decide as in one ingest
        Assert.Equal(["di"], Assert.Single(result.IssueDefects).Kept.Select(a => a.Code));
        Assert.Equal([1L, 2, 3, 4, 5, 6], Coded(store, 2019, "di"));
        Assert.Empty(Coded(store, 2019, "co"));
        Assert.Empty(Coded(store, 2019, "ec"));
    }

    [Fact]
    public void Ingest_DefectiveFilesWithABadVote_NothingStoredNorRecorded()
    {
        // Given the defective files with a malformed vote
        using var dir = TestPaths.Temp();
        var folder = UnvotesFolder(dir, "unvotes", DefectiveIssues, Votes + "\n7,\"Canada\",\"CA\",\"perhaps\"\n");
        using var store = VoteStore.Open(dir.File("s.duckdb"));

        // When
        Assert.Throws<IngestException>(() => store.Ingest(SourceReader.Read([folder], CountryReference.Default)));

        // Then
        Assert.Equal(0, store.Info().RollCalls);
        Assert.Empty(store.IssueCodeDefects());
        Assert.Equal("", store.DataVersion);
    }

    [Fact]
    public void Ingest_VoetenWideWithDuplicatedAreas_NoTitlesSoAllDropped()
    {
        // Given voeten-wide rows (no titles) with co, di and ec on the same five roll calls of 2019, and me alone on one
        using var dir = TestPaths.Temp();
        var rows = string.Concat(Enumerable.Range(0, 5).Select(i => $"{9069 + i},2019-12-12,{(i == 0 ? "TRUE" : "FALSE")},FALSE,TRUE,FALSE,TRUE,TRUE,3,1\n"));
        var file = dir.Write("ungaVoting.csv", "rcid,date,me,nu,di,hr,co,ec,USA,CAN\n" + rows);
        using var store = VoteStore.Open(dir.File("s.duckdb"));

        // When
        var result = store.Ingest(SourceReader.Read([file], CountryReference.Default));

        // Then the three areas are dropped (nothing tells them apart), me is kept, and the report says why
        Assert.Empty(Coded(store, 2019, "di"));
        Assert.Empty(Coded(store, 2019, "co"));
        Assert.Empty(Coded(store, 2019, "ec"));
        Assert.Equal([9069L], Coded(store, 2019, "me"));
        var d = Assert.Single(result.IssueDefects);
        Assert.Equal((5, 5), (d.RollCalls, d.Untitled));
        Assert.Contains("the source has no titles to tell them apart; kept none, dropped co, di, ec", d.Describe(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Ingest_VoetenWideDefectThenTitlesFromAnotherSource_AreaTheTitlesGiveRestoredAsInferred(bool voetenWideFirst)
    {
        // Given the voeten-wide defect above (co, di, ec on the same five roll calls of 2019, no titles), and an unvotes
        // release that titles those five roll calls (four disarmament titles, one economic), codes none of them and adds
        // Mexico's votes (each file holds a state the other lacks: a file with nothing new would be skipped whole)
        using var dir = TestPaths.Temp();
        var rows = string.Concat(Enumerable.Range(0, 5).Select(i => $"{9069 + i},2019-12-12,FALSE,FALSE,TRUE,FALSE,TRUE,TRUE,3,1,1\n"));
        var wide = dir.Write("ungaVoting.csv", "rcid,date,me,nu,di,hr,co,ec,USA,CAN,GBR\n" + rows);
        var titles = new[] { "Prevention of an arms race in outer space", "No first placement of weapons in outer space", "Conventional arms control",
            "Treaty on the Prohibition of Nuclear Weapons", "International trade and development" };
        var folder = Directory.CreateDirectory(dir.File("unvotes")).FullName;
        File.WriteAllText(Path.Combine(folder, "rc.csv"), "\"rcid\",\"session\",\"importantvote\",\"date\",\"unres\",\"amend\",\"para\",\"short\",\"descr\"\n"
            + string.Concat(titles.Select((t, i) => $"{9069 + i},74,0,\"2019-12-12\",\"R/74/{41 + i}\",0,0,\"{t}\",\"{t}\"\n")));
        File.WriteAllText(Path.Combine(folder, "issues.csv"), "\"rcid\",\"short_name\",\"issue\"\n");
        File.WriteAllText(Path.Combine(folder, "votes.csv"), "\"rcid\",\"country\",\"country_code\",\"vote\"\n"
            + string.Concat(Enumerable.Range(0, 5).Select(i => $"{9069 + i},\"United States\",\"US\",\"no\"\n{9069 + i},\"Canada\",\"CA\",\"yes\"\n{9069 + i},\"Mexico\",\"MX\",\"yes\"\n")));
        using var store = VoteStore.Open(dir.File("s.duckdb"));

        // When: in either order
        foreach (var path in voetenWideFirst ? new[] { wide, folder } : [folder, wide])
        {
            store.Ingest(SourceReader.Read([path], CountryReference.Default));
        }

        // Then: the defect rule's test on the titles now stored gives di (4 of 5) and neither co (0) nor ec (1): di is
        // back on the whole set, as inferred; co and ec stay dropped
        Assert.Equal([9069L, 9070, 9071, 9072, 9073], Coded(store, 2019, "di").Order());
        Assert.Empty(Coded(store, 2019, "co"));
        Assert.Empty(Coded(store, 2019, "ec"));
        var defect = Assert.Single(store.IssueCodeDefects());
        Assert.Equal([IssueArea.Parse("di")], defect.Restored);
        Assert.EndsWith("dropped co, di, ec on those roll calls; di restored from the titles of other sources", defect.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Cli_IngestAndSources_NameTheDefect()
    {
        // Given
        using var dir = TestPaths.Temp();
        var folder = UnvotesFolder(dir, "unvotes", DefectiveIssues);
        var db = dir.File("s.duckdb");

        // When
        var ingest = CliRunner.Run("ingest", folder, "--db", db);
        var sources = CliRunner.Run("sources", "--db", db);
        var coverage = CliRunner.Run("coverage", "--db", db);

        // Then (console lines wrap: compare with spaces collapsed)
        const string Defect = "issues.csv, 2019: co, di, ec coded on the same 6 roll calls; titles give co 0/6, di 6/6, ec 1/6; kept di, dropped co, ec on those roll calls";
        Assert.Equal(0, ingest.Exit);
        Assert.Contains("Source defect: " + Defect, Flat(ingest.Out), StringComparison.Ordinal);
        Assert.Contains("Source defect handled at ingest: " + Defect, Flat(sources.Out), StringComparison.Ordinal);
        Assert.Contains("Issue codes: " + Defect, Flat(coverage.Out), StringComparison.Ordinal);

        static string Flat(string text) => Regex.Replace(text, @"\s+", " ");
    }

    [Fact]
    public void Apply_SmallOrDistinctSets_NoDefect()
    {
        // Given di = nu on four roll calls (below the threshold) and co = ec on five roll calls split over two years
        var rollCalls = Enumerable.Range(0, 4).Select(i => new CodedRollCall(i, 1967, [IssueArea.Disarmament, IssueArea.Nuclear], "Nuclear disarmament"))
            .Concat(Enumerable.Range(10, 5).Select(i => new CodedRollCall(i, i < 13 ? 2018 : 2019, [IssueArea.Colonialism, IssueArea.Economic], null)));

        // When
        var (defects, dropped) = DuplicatedIssueRule.Apply("f.csv", rollCalls);

        // Then
        Assert.Empty(defects);
        Assert.Empty(dropped);
    }

    [Fact]
    public void Apply_SameSetEveryAreaTitled_DefectReportedNothingDropped()
    {
        // Given five nuclear disarmament votes coded both nu and di, their titles giving both
        var rollCalls = Enumerable.Range(0, 5).Select(i => new CodedRollCall(i, 1967, [IssueArea.Disarmament, IssueArea.Nuclear], "Nuclear disarmament"));

        // When
        var (defects, dropped) = DuplicatedIssueRule.Apply("f.csv", rollCalls);

        // Then both are kept: the titles tell that the double coding is right
        Assert.Equal(["di", "nu"], Assert.Single(defects).Kept.Select(a => a.Code));
        Assert.Empty(dropped);
    }

    [Theory]
    [InlineData(3, 5, true)]
    [InlineData(2, 5, false)]
    [InlineData(3, 6, false)]
    [InlineData(0, 0, false)]
    public void IsSupported_StrictMajority(int supported, int rollCalls, bool expected) =>
        Assert.Equal(expected, DuplicatedIssueRule.IsSupported(supported, rollCalls));
}

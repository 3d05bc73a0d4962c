using Multipolar.Countries;
using Multipolar.Data.Formats;
using Multipolar.Data.Store;
using Multipolar.Votes;

namespace Multipolar.Tests.Sources;

/// <summary>Sources ingested together are matched, their disagreements listed, precedence applied.</summary>
public sealed class StoreReconciliationTests
{
    private const string RollCalls = """
        "rcid","session","importantvote","date","unres","amend","para","short","descr"
        9001,75,0,"2020-12-07","R/75/40",0,0,"Nuclear disarmament","Nuclear disarmament"
        411,7,0,"1952-12-05","R/7/611",0,0,"Korea","Korea"
        """;

    // Voeten-wide: 9001 matches by rcid and date; its 2023 rcid 411 is another roll call.
    private const string VoetenWide = """
        rcid,date,me,nu,di,hr,co,ec,USA,GBR,FRA,DEU,ITA,ESP,CAN,AUS,JPN,BRA,IND,ZAF
        9001,2020-12-07,FALSE,TRUE,TRUE,FALSE,FALSE,FALSE,3,3,3,1,1,1,1,1,1,1,1,1
        411,1952-12-05,FALSE,FALSE,FALSE,FALSE,FALSE,FALSE,1,1,1,9,1,9,1,1,9,1,1,1
        411,2023-11-02,FALSE,FALSE,FALSE,TRUE,FALSE,FALSE,1,1,1,1,1,1,1,1,1,1,2,2
        """;

    // UNDL wide: the 2020 vote by symbol, IND differs (abstain vs yes); the 2023 vote by date and pattern.
    private const string UndlWide = "Council,Date,Title,Resolution,TOTAL VOTES,NO-VOTE COUNT,ABSENT COUNT,NO COUNT,YES COUNT,Link,token,SENEGAL,UNITED STATES,UNITED KINGDOM,FRANCE,GERMANY,ITALY,SPAIN,CANADA,AUSTRALIA,JAPAN,BRAZIL,INDIA,SOUTH AFRICA\n" +
        "General Assembly,2020-12-07,Nuclear disarmament,A/RES/75/40,12,0,0,3,8,l,1,,N,N,N,Y,Y,Y,Y,Y,Y,Y,A,Y\n" +
        "General Assembly,2023-11-02,Situation of human rights in the temporarily occupied territories of Ukraine,A/RES/78/10,12,0,0,0,10,l,2,,Y,Y,Y,Y,Y,Y,Y,Y,Y,Y,A,A\n";

    private static string Votes()
    {
        var lines = new List<string> { "\"rcid\",\"country\",\"country_code\",\"vote\"" };
        foreach (var (iso2, v) in new[] { ("US", "no"), ("GB", "no"), ("FR", "no"), ("DE", "yes"), ("IT", "yes"), ("ES", "yes"), ("CA", "yes"), ("AU", "yes"), ("JP", "yes"), ("BR", "yes"), ("IN", "yes"), ("ZA", "yes") })
        {
            lines.Add($"9001,\"x\",\"{iso2}\",\"{v}\"");
        }

        lines.Add("411,\"United States\",\"US\",\"yes\"");
        return string.Join("\n", lines) + "\n";
    }

    private static (TempDir Dir, string Db) Build()
    {
        var dir = TestPaths.Temp();
        var unvotes = Directory.CreateDirectory(dir.File("unvotes")).FullName;
        File.WriteAllText(Path.Combine(unvotes, "rc.csv"), RollCalls);
        File.WriteAllText(Path.Combine(unvotes, "votes.csv"), Votes());
        var vw = dir.Write("ungaVoting.csv", VoetenWide);
        var undl = dir.Write("UN_DATA_wide.csv", UndlWide);
        var db = dir.File("s.duckdb");
        using var store = VoteStore.Open(db);
        store.Ingest(SourceReader.Read([unvotes, vw, undl], CountryReference.Default));
        return (dir, db);
    }

    [Fact]
    public void Ingest_ThreeSources_MatchedAndDuplicateRcidKeptApart()
    {
        // Given three sources ingested together
        var (dir, db) = Build();
        using var _ = dir;
        using var store = VoteStore.Open(db, readOnly: true);

        // When the roll calls are listed
        var in2020 = store.RollCalls(2020);
        var in2023 = store.RollCalls(2023);

        // Then 2020 is one roll call with three sources; 2023's rcid 411 is a new roll call with two
        Assert.Single(in2020);
        var rc2023 = Assert.Single(in2023);
        Assert.True(rc2023.RollCall.Id.Value >= RollCallId.FirstAssigned);
        Assert.Equal("A/RES/78/10", rc2023.RollCall.Resolution);
        Assert.Equal(3, store.SourceSummaries().Count(s => s.GeneralAssembly > 0 && s.First?.Year <= 2020 && s.Last?.Year >= 2020));
        Assert.Contains(IssueClassifier.Ukraine, rc2023.RollCall.Issues);
        Assert.Equal(12, store.DataVersion.Length);
    }

    [Fact]
    public void Disagreements_IndiaDiffers_ListedWithEffectiveByPrecedence()
    {
        // Given unvotes (precedence 2) says India yes, the UNDL scrape (3) abstain
        var (dir, db) = Build();
        using var _ = dir;
        using var store = VoteStore.Open(db);

        // When the disagreements are listed
        var d = Assert.Single(store.Disagreements(2020, 2021));

        // Then unvotes' vote is effective; after raising the scrape's precedence, the scrape's is
        Assert.Equal(("IND", Vote.Yes, "votes.csv", "UN_DATA_wide.csv"), (d.Iso3, d.Effective, d.EffectiveSource, d.OtherSource));
        Assert.Equal(Vote.Abstain, d.Other);
        store.SetPrecedence(SourceFormat.UndlWide, 1);
        var after = Assert.Single(store.Disagreements(2020, 2021));
        Assert.Equal((Vote.Abstain, Vote.Yes), (after.Effective, after.Other));
        Assert.Equal(1, store.Precedence(SourceFormat.UndlWide));
    }

    [Fact]
    public void Ingest_SameFilesAgain_NothingNewAndSameDataVersion()
    {
        // Given a built store
        var (dir, db) = Build();
        using var _ = dir;
        using var store = VoteStore.Open(db);
        var version = store.DataVersion;

        // When the same files are ingested again
        var result = store.Ingest(SourceReader.Read([dir.File("unvotes"), dir.File("ungaVoting.csv"), dir.File("UN_DATA_wide.csv")], CountryReference.Default));

        // Then nothing changes
        Assert.True(result.NothingNew);
        Assert.Equal(version, store.DataVersion);
        Assert.Equal(VoteStore.DataVersionOf(store.Sources().Select(s => s.Sha256)), version);
    }
}

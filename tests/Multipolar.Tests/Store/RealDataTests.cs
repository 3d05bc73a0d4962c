using Multipolar.Countries;
using Multipolar.Data.Formats;
using Multipolar.Data.Store;
using Multipolar.Votes;

namespace Multipolar.Tests.Store;

/// <summary>The shared unvotes set and the official ES-11/1 file, ingested for real.</summary>
[Collection("Real data")]
public sealed class RealDataTests(SharedStoreFixture fixture)
{
    [Fact]
    public void Info_WholeUnvotesSet_ReportsTheDocumentedCounts()
    {
        // Given the fixture's store
        using var store = fixture.Open();

        // When
        var info = store.Info();

        // Then
        Assert.Equal(6203, info.RollCalls);
        Assert.Equal(870_109, info.Votes);
        Assert.Equal((1946, 2019), info.SessionYears);
        Assert.Equal((1, 74), info.Sessions);
        Assert.Equal(6, info.Issues.Count);
        Assert.Equal(1092, info.Issues.Single(i => i.Issue == "di").RollCalls);
    }

    [Fact]
    public void Ingest_UnvotesHistoricalStates_KeptApartOrContinuedAsDocumented()
    {
        // Given
        using var store = fixture.Open();

        // When
        var perState = store.VotesPerState();

        // Then: FRG votes count as Germany's, Yemen Arab Republic's as Yemen's, GDR, South Yemen, Czechoslovakia, Zanzibar apart
        Assert.Equal(2151 + 2552, perState["DEU"]);
        Assert.Equal(3291 + 2395, perState["YEM"]);
        Assert.Equal(2067, perState["DDR"]);
        Assert.Equal(2378, perState["YMD"]);
        Assert.Equal(3752, perState["CSK"]);
        Assert.Equal(2, perState["ZAN"]);
        Assert.Equal(1233, perState["TWN"]);
        Assert.Equal(4532, perState["CHN"]);
    }

    [Fact]
    public void LoadMatrix_Year2019_HasTheYearsRollCallsAndMembers()
    {
        // Given
        using var store = fixture.Open();

        // When
        var m = store.LoadMatrix(new MatrixQuery { FromYear = 2019, ToYear = 2019 });

        // Then
        Assert.Equal(90, m.RollCalls.Length);
        Assert.InRange(m.States.Length, 190, 193);
        var usa = m.IndexOf(CountryReference.Default["USA"]);
        Assert.Contains(Vote.No, m.Row(usa).ToArray());
    }

    [Fact]
    public void Ingest_OfficialEs11File_VotesOfIndiaChinaRussia()
    {
        // Given a fresh store and the UN Digital Library's ES-11/1 file
        using var dir = TestPaths.Temp();
        using var store = VoteStore.Open(dir.File("s.duckdb"));

        // When
        var result = store.Ingest(SourceReader.Read([TestPaths.Shared("undl", "undl_ga_es11_1_2022.csv")], CountryReference.Default));

        // Then
        Assert.Equal(1, result.NewRollCalls);
        var rc = store.LoadMatrix(new MatrixQuery { FromYear = 2022, ToYear = 2022 }).RollCalls.Single();
        Assert.Equal("A/RES/ES-11/1", rc.Resolution);
        Assert.Equal(76, rc.Session);
        var votes = store.Votes(rc.Id.Value);
        Assert.Equal(141, votes.Count(v => v.Vote == Vote.Yes));
        Assert.Equal(5, votes.Count(v => v.Vote == Vote.No));
        Assert.Equal(35, votes.Count(v => v.Vote == Vote.Abstain));
        Assert.Equal(12, votes.Count(v => v.Vote == Vote.Absent));
        Assert.Equal(Vote.Abstain, votes.Single(v => v.State.Iso3 == "IND").Vote);
        Assert.Equal(Vote.Abstain, votes.Single(v => v.State.Iso3 == "CHN").Vote);
        Assert.Equal(Vote.No, votes.Single(v => v.State.Iso3 == "RUS").Vote);
        Assert.All(votes, v => Assert.Equal("undl_ga_es11_1_2022.csv", v.Source));
    }
}

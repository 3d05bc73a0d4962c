using Multipolar.Data.Store;
using Multipolar.Votes;

namespace Multipolar.Tests.Store;

/// <summary>
/// The shared unvotes issues file codes co and ec on exactly di's 16 disarmament roll calls of 2019
/// (rcids 9069–9145); the source defect rule keeps di there, drops co and ec, and leaves other years alone
/// (docs/sources.md, "Known source defects").
/// </summary>
[Collection("Real data")]
public sealed class IssueCodeDefectRealDataTests(SharedStoreFixture fixture)
{
    private static readonly long[] Disarmament2019 = [9069, 9070, 9074, 9081, 9082, 9092, 9095, 9113, 9115, 9118, 9127, 9128, 9135, 9136, 9142, 9145];

    private static long[] Coded(VoteStore store, int year, IssueArea issue) =>
        [.. store.RollCalls(year, issue).Select(r => r.RollCall.Id.Value)];

    [Fact]
    public void Ingest_Unvotes2019_CoAndEcNoLongerDisarmament()
    {
        // Given the fixture's store
        using var store = fixture.Open();

        // When 2019's coded roll calls are read
        var di = Coded(store, 2019, IssueArea.Disarmament);
        var co = Coded(store, 2019, IssueArea.Colonialism);
        var ec = Coded(store, 2019, IssueArea.Economic);

        // Then di keeps its 16 roll calls; co and ec, which held the same ones, hold none (the real decolonisation
        // votes of 2019, e.g. rcid 9057, have no code in the source)
        Assert.Equal(Disarmament2019, di);
        Assert.Empty(co);
        Assert.Empty(ec);
        Assert.Equal(17, Coded(store, 2019, IssueArea.Nuclear).Length);
    }

    [Fact]
    public void Ingest_Unvotes_OneDefectReportedAndRecorded()
    {
        // Given / When the fixture's ingest and store
        using var store = fixture.Open();
        var reported = Assert.Single(fixture.Result.IssueDefects);
        var recorded = Assert.Single(store.IssueCodeDefects());

        // Then: 2019, co/di/ec on 16 roll calls, di given by 15 titles, ec by one ("Development" of biological weapons)
        Assert.Equal(("un_roll_call_issues.csv", 2019, 16, 0), (reported.Source, reported.Year, reported.RollCalls, reported.Untitled));
        Assert.Equal(["co 0", "di 15", "ec 1"], reported.Areas.Select(a => $"{a.Issue.Code} {a.Supported}"));
        Assert.Equal(["di"], reported.Kept.Select(a => a.Code));
        Assert.Equal(["co", "ec"], reported.Dropped.Select(a => a.Code));
        Assert.Equal(reported.Describe(), recorded.Describe());
    }

    [Theory]
    [InlineData(2010, 13, 23, 7)]
    [InlineData(2011, 12, 25, 9)]
    [InlineData(2012, 13, 23, 12)]
    [InlineData(2013, 13, 18, 7)]
    [InlineData(2014, 9, 22, 11)]
    [InlineData(2015, 10, 21, 8)]
    [InlineData(2016, 11, 35, 14)]
    [InlineData(2017, 16, 29, 20)]
    [InlineData(2018, 3, 17, 18)]
    public void Ingest_Unvotes2010To2018_CountsAsInTheIssuesFile(int year, int co, int di, int ec)
    {
        // Given the fixture's store (counts per calendar year from un_roll_call_issues.csv and the roll calls' dates)
        using var store = fixture.Open();

        // When / Then
        Assert.Equal(
            (co, di, ec),
            (Coded(store, year, IssueArea.Colonialism).Length, Coded(store, year, IssueArea.Disarmament).Length, Coded(store, year, IssueArea.Economic).Length));
    }
}

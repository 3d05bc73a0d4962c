using System.Globalization;
using Multipolar.Blocs;
using Multipolar.Cases;
using Multipolar.Countries;
using Multipolar.Data.Store;
using Multipolar.Tests.Store;
using Multipolar.Votes;

namespace Multipolar.Tests.Cases;

/// <summary>The cases india-multialignment, brics-sco and how-many-poles on the shared data: findings follow from their tables.</summary>
[Collection("Real data")]
public sealed class BlocAndIndiaCaseTests(SharedStoreFixture fixture)
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private CaseInputs Inputs() => SharedCaseInputs.For(fixture);

    [Fact]
    public void India_index_finding_is_the_first_and_last_value_of_its_table()
    {
        var report = CaseStudies.Get("india-multialignment").Run(Inputs());
        var mai = report.Tables.Single(t => t.Name == "multialignment");
        var india = mai.Rows.Where(r => r[0] == "IND" && r[3] != "").Select(r => (Year: int.Parse(r[1], Inv), Mai: double.Parse(r[3], Inv))).OrderBy(x => x.Year).ToArray();
        Assert.True(india.Length > 10, "India has an index in most years since 1992");
        var finding = report.Findings.Single(f => f.StartsWith("India's multi-alignment index", StringComparison.Ordinal));
        Assert.Contains($"{india[0].Mai.ToString("0.00", Inv)} in {india[0].Year}", finding, StringComparison.Ordinal);
        Assert.Contains($"{india[^1].Mai.ToString("0.00", Inv)} in {india[^1].Year}", finding, StringComparison.Ordinal);
        Assert.Contains(FindingText.Change(india.Select(x => (x.Year, x.Mai)))!, finding, StringComparison.Ordinal);

        // The poles are not ranked; the Quad's and BRICS's other members are.
        Assert.DoesNotContain(mai.Rows, r => r[0] is "USA" or "CHN" or "RUS");
        Assert.Contains(mai.Rows, r => r[0] == "JPN");
        Assert.Contains(mai.Rows, r => r[0] == "BRA");

        // The unvotes set ends in 2019: the case says it cannot answer the 2022 votes.
        Assert.Contains(report.Limits, l => l.Contains("lacks A/RES/ES-11/1", StringComparison.Ordinal));
        Assert.Empty(report.Tables.Single(t => t.Name == "ukraine-votes").Rows);
    }

    [Fact]
    public void Ukraine_votes_are_found_by_symbol_and_tallied_by_hand()
    {
        var r = CountryReference.Default;
        Country ind = r["IND"], usa = r["USA"];
        RollCall Rc(int id, string? res) => new() { Id = new RollCallId(id), Date = new DateOnly(2022, 3, id), Resolution = res };
        var rcs = new[] { Rc(1, "A/RES/ES-11/1"), Rc(2, "A/RES/76/1"), Rc(3, "A/RES/ES-11/3"), Rc(4, "A/RES/ES-11/2") };
        var votes = VoteMatrix.FromRecords(rcs,
        [
            (ind, rcs[0].Id, Vote.Abstain), (ind, rcs[2].Id, Vote.Abstain), (ind, rcs[3].Id, Vote.Yes), (ind, rcs[1].Id, Vote.No),
            (usa, rcs[0].Id, Vote.Yes), (usa, rcs[2].Id, Vote.Yes), (usa, rcs[3].Id, Vote.Yes),
        ]);
        var ukraine = IndiaCase.UkraineVotes(votes, [usa, ind]);
        Assert.Equal(["A/RES/ES-11/1", "A/RES/ES-11/2", "A/RES/ES-11/3"], ukraine.Resolutions.Select(x => x.Resolution!));
        Assert.Equal(6, ukraine.Rows.Length);
        Assert.Equal("abstained on 2, voted yes on 1 (ES-11/2)", IndiaCase.Tally(ukraine, ind));
        Assert.Equal("voted yes on all 3", IndiaCase.Tally(ukraine, usa));
    }

    [Fact]
    public void Brics_enlargements_and_their_windows()
    {
        var report = CaseStudies.Get("brics-sco").Run(Inputs());
        var e = report.Tables.Single(t => t.Name == "enlargements");
        Assert.Equal(["2010-12-24", "2024-01-01", "2025-01-06"], e.Rows.Where(x => x[0] == "BRICS").Select(x => x[1]));
        Assert.Equal(["2017-06-09", "2023-07-04", "2024-07-04"], e.Rows.Where(x => x[0] == "SCO").Select(x => x[1]));
        var zaf = e.Rows.Single(x => x[0] == "BRICS" && x[1] == "2010-12-24");
        Assert.Equal("ZAF", zaf[2]);
        Assert.Equal("2007–2009", zaf[3]);
        Assert.Equal("2011–2013", zaf[6]);

        // The finding states the table's numbers; the 2024 enlargement has no roll call after it in the unvotes set.
        var before = double.Parse(zaf[4], Inv).ToString("0.00", Inv);
        var after = double.Parse(zaf[7], Inv).ToString("0.00", Inv);
        Assert.Contains(report.Findings, f => f.StartsWith("BRICS before and after ZAF joined", StringComparison.Ordinal) && f.Contains($"{before} in 2007–2009 (N {zaf[5]}) and {after} in 2011–2013", StringComparison.Ordinal));
        Assert.Contains(report.Limits, l => l.StartsWith("BRICS's enlargement of 2024-01-01", StringComparison.Ordinal));
        Assert.NotEmpty(report.Tables.Single(t => t.Name == "splits").Rows);
    }

    [Fact]
    public void Window_cohesion_is_weighted_by_roll_calls()
    {
        var years = new[]
        {
            new BlocCohesion("X", default, 2000, 0.5, 0.6, 10, 3, 3),
            new BlocCohesion("X", default, 2001, 1.0, 0.9, 30, 3, 3),
            new BlocCohesion("X", default, 2002, 0.0, 0.0, 50, 3, 3),
        };
        var w = BlocCases.Over(years, 2000, 2001);
        Assert.Equal((0.5 * 10 + 1.0 * 30) / 40, w.AgreementIndex, 12);
        Assert.Equal((0.6 * 10 + 0.9 * 30) / 40, w.Pairwise, 12);
        Assert.Equal(40, w.RollCalls);
        Assert.True(double.IsNaN(BlocCases.Over(years, 2005, 2007).AgreementIndex));
    }

    [Fact]
    public void How_many_poles_sets_voting_beside_material_polarity()
    {
        var report = CaseStudies.Get("how-many-poles").Run(Inputs());
        var voting = report.Tables.Single(t => t.Name == "voting-polarity");
        Assert.Equal("1946", voting.Rows[0][0]);
        var first = double.Parse(voting.Rows[0][5], Inv).ToString("0.00", Inv);
        Assert.Contains(report.Findings, f => f.StartsWith("In the votes, the effective number of poles", StringComparison.Ordinal) && f.Contains($"from {first} in 1946", StringComparison.Ordinal));
        Assert.Equal(3, report.Figures[0].Figure.Series.Length);
        Assert.DoesNotContain(report.Limits, l => l.Contains("not in this build", StringComparison.Ordinal));
    }
}

/// <summary>The case inputs of the shared store, read once (the voting-polarity series they hold is computed once for all tests).</summary>
internal static class SharedCaseInputs
{
    private static readonly Lock Gate = new();
    private static (string Path, CaseInputs Inputs)? cached;

    public static CaseInputs For(SharedStoreFixture fixture)
    {
        lock (Gate)
        {
            if (cached is not { } c || c.Path != fixture.DbPath)
            {
                using var store = fixture.Open();
                cached = (fixture.DbPath, new CaseInputs(store.LoadMatrix(new MatrixQuery { WithText = true }), store.LoadPower(), store.DataVersion, ["test citation"]));
            }

            return cached.Value.Inputs;
        }
    }
}

/// <summary>India's votes on ES-11/1 to ES-11/5 from the UN resolution record in the store of all sources.</summary>
[Collection("All sources")]
public sealed class IndiaUkraineVotesTests(AllSourcesStoreFixture fixture)
{
    [Fact]
    public void India_abstained_on_es11_1_to_5()
    {
        // Published record: India abstained on A/RES/ES-11/1 to ES-11/5 (2022; UN Digital Library voting records).
        using var store = fixture.Open();
        var inputs = new CaseInputs(store.LoadMatrix(new MatrixQuery { WithText = false, FromYear = 2022, ToYear = 2022 }), store.LoadPower(), store.DataVersion, ["test"]);
        var ukraine = IndiaCase.UkraineVotes(inputs.Votes, [CountryReference.Default["IND"], CountryReference.Default["USA"], CountryReference.Default["RUS"]]);
        Assert.Equal(5, ukraine.Resolutions.Length);
        Assert.Equal("abstained on all 5", IndiaCase.Tally(ukraine, CountryReference.Default["IND"]));
        Assert.Equal("voted yes on all 5", IndiaCase.Tally(ukraine, CountryReference.Default["USA"]));
        Assert.Equal("voted no on all 5", IndiaCase.Tally(ukraine, CountryReference.Default["RUS"]));
    }
}

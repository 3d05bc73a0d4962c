using Multipolar.Alignment;
using Multipolar.Cases;
using Multipolar.Countries;
using Multipolar.Tests.Store;

namespace Multipolar.Tests.Cases;

/// <summary>The case studies and briefs on the shared data: findings follow from the numbers in their tables.</summary>
[Collection("Real data")]
public sealed class CaseStudyTests(SharedStoreFixture fixture)
{
    private CaseInputs Inputs() => SharedCaseInputs.For(fixture);

    [Fact]
    public void Templates_state_only_the_numbers_given()
    {
        Assert.Equal("rose from 0.62 in 1995 to 0.81 in 2019", FindingText.Change([(1995, 0.62), (2001, double.NaN), (2019, 0.81)]));
        Assert.Equal("fell from 0.81 in 1995 to 0.62 in 2019", FindingText.Change([(2019, 0.62), (1995, 0.81)]));
        Assert.Null(FindingText.Change([(1995, 0.62)]));
        Assert.Equal("was 1.67 in 1992 and 1.67 in 2019", FindingText.Change([(1992, 1.674), (2019, 1.666)])); // a change that does not show when written
        Assert.Equal("2020 (N 1)", FindingText.ThinYears([(2019, 80), (2020, 1)]));
    }

    [Fact]
    public void Russia_china_finding_matches_its_own_table()
    {
        var report = CaseStudies.Get("russia-china").Run(Inputs());
        var table = report.Tables.Single(t => t.Name == "alignment");
        string Value(int year) => table.Rows.Single(r => r[2] == year.ToString(System.Globalization.CultureInfo.InvariantCulture) && r[3] == "agree" && r[4] == "all")[5];
        var v1992 = double.Parse(Value(1992), System.Globalization.CultureInfo.InvariantCulture);
        var v2019 = double.Parse(Value(2019), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"from {v1992:0.00} in 1992 to {v2019:0.00} in 2019", report.Findings[0], StringComparison.Ordinal);
        Assert.Contains(v2019 > v1992 ? "rose" : "fell", report.Findings[0], StringComparison.Ordinal);
        Assert.NotEmpty(report.Flags);
        Assert.Contains(report.Limits, l => l.Contains("Thin years", StringComparison.Ordinal)); // 2020 has one roll call in unvotes
        Assert.Equal(3, report.Figures.Length);
    }

    [Fact]
    public void Junior_partner_ratios_are_the_power_ratios()
    {
        var report = CaseStudies.Get("junior-partner").Run(Inputs());
        var row = report.Tables[0].Rows.Single(r => r[0] == "2016");
        Assert.Equal(0.23082519 / 0.036467496, double.Parse(row[5], System.Globalization.CultureInfo.InvariantCulture), 9);
        Assert.StartsWith("China's CINC as a multiple of Russia's rose", report.Findings[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_case_runs_and_names_its_sources_and_limits()
    {
        var inputs = Inputs();
        foreach (var c in CaseStudies.All)
        {
            var report = c.Run(inputs);
            Assert.NotEmpty(report.Findings);
            Assert.NotEmpty(report.Limits);
            Assert.NotEmpty(report.Citations);
            Assert.All(report.Tables, t => Assert.All(t.Rows, r => Assert.Equal(t.Columns.Length, r.Length)));
        }

        Assert.Throws<ArgumentException>(() => CaseStudies.Get("nonsense"));
    }

    [Fact]
    public void Us_side_counts_by_hand_on_a_small_matrix()
    {
        var r = CountryReference.Default;
        Country usa = r["USA"], a = r["FRA"], b = r["IND"], c = r["BRA"];
        var rc = Enumerable.Range(0, 20).Select(i => new Votes.RollCall { Id = new Votes.RollCallId(i + 1), Date = new DateOnly(2000, 1, 1 + i) }).ToArray();
        var votes = new List<(Country, Votes.RollCallId, Votes.Vote)>();
        foreach (var x in rc)
        {
            // USA yes, FRA yes, IND no, BRA no on odd ids (tie: not counted), BRA yes on even ids (USA side wins 3-1).
            votes.Add((usa, x.Id, Votes.Vote.Yes));
            votes.Add((a, x.Id, Votes.Vote.Yes));
            votes.Add((b, x.Id, Votes.Vote.No));
            votes.Add((c, x.Id, x.Id.Value % 2 == 0 ? Votes.Vote.Yes : Votes.Vote.No));
        }

        var matrix = Votes.VoteMatrix.FromRecords(rc, votes);
        // 10 contested roll calls (the even ids; the odd ones are ties), all won by the US side.
        var year = Assert.Single(RegionCases.UsSideCarries(matrix, usa, 2000));
        Assert.Equal((2000, 10, 10, 1.0), year);
        // Brazil's side: yes on the even ids (won), no on the odd ties (not counted): the same 10.
        Assert.Equal((2000, 10, 10, 1.0), Assert.Single(RegionCases.UsSideCarries(matrix, c, 2000)));
        Assert.Equal((2000, 10, 0, 0.0), Assert.Single(RegionCases.UsSideCarries(matrix, b, 2000)));
        Assert.Empty(RegionCases.UsSideCarries(matrix, r["CHN"], 2000));
    }

    [Fact]
    public void Cli_cases_writes_charts_tables_and_readme()
    {
        using var dir = TestPaths.Temp();
        var (exit, output, err) = Cli.CliRunner.Run("cases", "russia-china", "how-many-poles", "--out", dir.Path, "--db", fixture.DbPath);
        Assert.True(exit == 0, err);
        Assert.Contains("Russia–China agreement on all roll calls", output, StringComparison.Ordinal);
        foreach (var f in (string[])["russia-china/agreement.png", "russia-china/agreement.svg", "russia-china/alignment.csv", "russia-china/README.md", "how-many-poles/polarity.csv"])
        {
            Assert.True(File.Exists(Path.Combine(dir.Path, f)), f);
        }

        var readme = File.ReadAllText(Path.Combine(dir.Path, "russia-china", "README.md"));
        Assert.Contains("multipolar cases russia-china how-many-poles", readme, StringComparison.Ordinal);
        Assert.Contains("vote data version", readme, StringComparison.Ordinal);
        Assert.Equal(2, Cli.CliRunner.Run("cases", "nonsense", "--db", fixture.DbPath).Exit);
    }
}

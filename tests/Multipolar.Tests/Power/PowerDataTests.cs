using Multipolar.Countries;
using Multipolar.Data.Formats;
using Multipolar.Data.Power;
using Multipolar.Data.Store;
using Multipolar.Power;
using Multipolar.Tests.Store;

namespace Multipolar.Tests.Power;

/// <summary>The material-power files read into the store and the measures on them, against values read by hand from the files.</summary>
[Collection("Real data")]
public sealed class PowerDataTests(SharedStoreFixture fixture)
{
    private static readonly CountryReference Ref = CountryReference.Default;

    [Theory]
    // Top five CINC scores of the year as the v7.0 file has them (NMC-70-peacesciencer.csv.gz).
    [InlineData(1950, "USA", 0.28444302)]
    [InlineData(1950, "RUS", 0.18059845)]
    [InlineData(1950, "CHN", 0.11849532)]
    [InlineData(1950, "GBR", 0.061348703)]
    [InlineData(1950, "IND", 0.049562294)]
    [InlineData(1989, "USA", 0.1482387)]
    [InlineData(1989, "RUS", 0.13682038)]
    [InlineData(1989, "CHN", 0.11446574)]
    [InlineData(1989, "IND", 0.059536226)]
    [InlineData(1989, "JPN", 0.051620353)]
    [InlineData(2016, "CHN", 0.23082519)]
    [InlineData(2016, "USA", 0.13325359)]
    [InlineData(2016, "IND", 0.087294154)]
    [InlineData(2016, "RUS", 0.036467496)]
    [InlineData(2016, "JPN", 0.033020228)]
    public void Cinc_of_the_top_states_is_v7s_in_the_order_of_the_file(int year, string iso3, double cinc)
    {
        using var store = fixture.Open();
        var shares = PowerAnalysis.Shares(store.LoadPower(), year);
        var rank = Array.FindIndex([.. shares], s => s.State.Iso3 == iso3);
        Assert.InRange(rank, 0, 4);
        Assert.Equal(cinc, shares[rank].Cinc, 9);
    }

    [Fact]
    public void V7_takes_precedence_per_year_and_v6_alone_gives_v6s_values()
    {
        using var store = fixture.Open();
        var data = store.LoadPower();
        Assert.All(data.Capabilities, c => Assert.Equal(NmcVersion.V7, c.Version)); // v7 covers every year v6 has
        Assert.Equal(2022, data.Capabilities.Max(c => c.Year));

        using var dir = TestPaths.Temp();
        using var v6Store = VoteStore.Open(dir.File("v6.duckdb"));
        v6Store.IngestPower(PowerReader.Read([TestPaths.Shared("cow", "NMC-60-abridged.csv.gz")], Ref));
        var v6 = v6Store.LoadPower();
        Assert.All(v6.Capabilities, c => Assert.Equal(NmcVersion.V6, c.Version));
        Assert.Equal(0.23061772, v6.Capabilities.Single(c => c.Year == 2016 && c.State.Iso3 == "CHN").Cinc, 9); // v6.0's 2016 value
        Assert.Equal(2016, v6.Capabilities.Max(c => c.Year));
    }

    [Fact]
    public void Chinas_cinc_first_exceeds_the_united_states_in_1995_and_v7_has_2002_back_the_other_way()
    {
        using var store = fixture.Open();
        var ratios = PowerAnalysis.Ratios(store.LoadPower(), Ref["CHN"], Ref["USA"], 1946);
        Assert.Equal(1995, ratios.First(r => r.CincRatio > 1).Year);
        Assert.Equal([2002], ratios.Where(r => r.Year > 1995 && r.CincRatio <= 1).Select(r => r.Year));
    }

    [Fact]
    public void Concentration_of_1950_by_hand_from_the_file()
    {
        // Major powers of 1950 (COW): USA 0.28444302, GBR 0.061348703, FRA 0.032993, RUS 0.18059845, CHN 0.11849532.
        // Shares among them 0.4195, 0.0905, 0.0490, 0.2663, 0.1747; Σ S² = 0.28800; CON = √((0.28800 − 0.2)/0.8) = 0.3317; 1/Σ S² = 3.472.
        using var store = fixture.Open();
        var y = PowerAnalysis.Series(store.LoadPower(), 1950, 1950).Single();
        Assert.Equal(0.33167, y.CincConcentration, 5);
        Assert.Equal(3.4722, y.CincEffectiveNumber, 4);
        Assert.Equal(0.419466, y.Majors.Single(m => m.State.Iso3 == "USA").CincShare, 6);
    }

    [Fact]
    public void Gdp_keeps_aggregates_out_by_the_country_reference()
    {
        using var store = fixture.Open();
        var data = store.LoadPower();
        Assert.DoesNotContain(data.Gdp, g => g.State.Iso3 is "WLD" or "EUU" or "ARB");
        Assert.Equal(10250952000000.0, data.Gdp.Single(g => g.Year == 2000 && g.State.Iso3 == "USA").GdpUsd);
        Assert.Equal(1988, data.Gdp.Where(g => g.State.Iso3 == "RUS").Min(g => g.Year)); // no USSR figure before
        var shares = PowerAnalysis.Shares(data, 2000);
        Assert.Equal(1, shares.Where(s => !double.IsNaN(s.GdpShare)).Sum(s => s.GdpShare), 9);
        var file = store.PowerSources().Single(s => s.Format == "WorldBankGdp");
        Assert.True(file.Kept < file.Rows);
        Assert.Equal(12, store.PowerVersion.Length);
    }

    [Fact]
    public void China_russia_ratios_by_hand()
    {
        using var store = fixture.Open();
        var r = PowerAnalysis.Ratios(store.LoadPower(), Ref["CHN"], Ref["RUS"], 2000, 2000).Single();
        Assert.Equal(1211331651866.086 / 259710142196.94278, r.GdpRatio, 9);
    }

    [Theory]
    [InlineData("v6", "stateabb,ccode,year,milex,milper,irst,pec,tpop,upop,cinc,version\nUSA,2,1950,1,2,3,4,5,6,0.2,2021\nUSA,2,1951,1,2,3,-5,5,6,0.2,2021\n", "line 3, column 'pec', value '-5'")]
    [InlineData("v7", "ccode,year,milex,milper,irst,pec,tpop,upop,cinc\n2,1950,1,2,3,4,5,6,abc\n", "line 2, column 'cinc', value 'abc'")]
    [InlineData("v7", "ccode,year,milex,milper,irst,pec,tpop,upop,cinc\n2,1950,1,2,3,4,5,6,0.1\n2,1950,1,2,3,4,5,6,0.1\n", "line 3, column 'year', value '1950'")]
    [InlineData("v7", "ccode,year,milex,milper,irst,pec,tpop,upop,cinc\n2,1950,1,2,3,4,5,6,1.5\n", "value '1.5'")]
    [InlineData("gdp", "Country Name,Country Code,Year,Value\nWorld,WLD,2000,10\nChina,CHN,2000,n/a\n", "line 3, column 'Value', value 'n/a'")]
    public void A_malformed_file_fails_naming_file_line_column_and_value_and_writes_nothing(string name, string content, string expected)
    {
        using var dir = TestPaths.Temp();
        var good = TestPaths.Shared("worldbank", "gdp.csv.gz");
        var bad = dir.Write(name + ".csv", content);
        var e = Assert.Throws<IngestException>(() => PowerReader.Read([good, bad], Ref));
        Assert.Contains(bad, e.Message, StringComparison.Ordinal);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cli_ingest_of_a_bad_file_exits_with_one_error_line_and_keeps_the_store_empty()
    {
        using var dir = TestPaths.Temp();
        var db = dir.File("s.duckdb");
        var bad = dir.Write("nmc.csv", "ccode,year,milex,milper,irst,pec,tpop,upop,cinc\n2,1950,1,2,3,4,5,6,x\n");
        var (exit, _, err) = Cli.CliRunner.Run("ingest", TestPaths.Shared("worldbank", "gdp.csv.gz"), bad, "--db", db);
        Assert.Equal(1, exit);
        Assert.StartsWith("error: ", err, StringComparison.Ordinal);
        Assert.Contains("line 2, column 'cinc', value 'x'", err, StringComparison.Ordinal);
        if (File.Exists(db))
        {
            using var store = VoteStore.Open(db, readOnly: true);
            Assert.True(store.LoadPower().IsEmpty);
        }
    }

    [Fact]
    public void Cli_power_prints_the_series_with_ns_versions_and_citations()
    {
        var (exit, csv, err) = Cli.CliRunner.Run("power", "--from", "1990", "--to", "1991", "--format", "csv", "--db", fixture.DbPath);
        Assert.True(exit == 0, err);
        var lines = csv.Trim().Split('\n');
        Assert.StartsWith("year,majors,cinc_concentration,cinc_effective_number,gdp_concentration,gdp_effective_number,n_majors,n_cinc_states,n_gdp_states,nmc_version", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("1991,USA GBR FRA DEU RUS CHN JPN,", lines[2], StringComparison.Ordinal);
        Assert.EndsWith(",nmc_version,voting_effective_poles,voting_communities,voting_states", lines[0].TrimEnd(), StringComparison.Ordinal);
        var cells = lines[2].TrimEnd().Split(',');
        Assert.Equal("v7.0", cells[9]);

        // The voting polarity beside it is the polarity command's (default options, with the neighbouring-γ runs) for that year.
        using (var store = fixture.Open())
        {
            var votes = store.LoadMatrix(new MatrixQuery { WithText = false, FromYear = 1991, ToYear = 1991 });
            var full = Multipolar.Polarity.PolarityEngine.Compute(votes, Multipolar.Polarity.PolarityOptions.Default, Multipolar.Poles.PoleSet.Parse("USA,RUS,CHN"), 1991, 1991).Years.Single();
            Assert.Equal(full.EffectivePoles, double.Parse(cells[10], System.Globalization.CultureInfo.InvariantCulture), 9);
            Assert.Equal(full.CommunityCount.ToString(System.Globalization.CultureInfo.InvariantCulture), cells[11]);
        }
        var (exit2, table, _) = Cli.CliRunner.Run("power", "CHN", "RUS", "--from", "2000", "--to", "2000", "--db", fixture.DbPath);
        Assert.Equal(0, exit2);
        Assert.Contains("Singer, Bremer and Stuckey (1972)", table, StringComparison.Ordinal);
        Assert.Equal(2, Cli.CliRunner.Run("power", "CHN", "--db", fixture.DbPath).Exit);
    }
}

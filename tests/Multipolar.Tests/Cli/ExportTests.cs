using System.Globalization;
using DuckDB.NET.Data;
using Multipolar.Alignment;
using Multipolar.Data.Store;
using Multipolar.Tests.Store;

namespace Multipolar.Tests.Cli;

/// <summary><c>multipolar export</c>: each file reads back (DuckDB's read_parquet / read_csv) with the query commands' rows and values.</summary>
[Collection("Real data")]
public sealed class ExportTests(SharedStoreFixture fixture) : IDisposable
{
    private readonly TempDir dir = TestPaths.Temp();

    public void Dispose() => dir.Dispose();

    [Fact]
    public void ExportDyads_Parquet_EveryMeasureDyadYearAndSliceAsAlignComputesThem()
    {
        // When
        var db = Copy();
        var file = dir.File("dyads.parquet");
        var (exit, _, err) = CliRunner.Run("export", "dyads", "--from", "2015", "--to", "2019", "--db", db, "--out", file);

        // Then: the documented columns, one row per dyad, year and standard slice with joint votes
        Assert.True(exit == 0, err);
        using var read = ReadBack();
        Assert.Equal(
            "state_a,state_b,period_kind,period,slice,n,n_yes_no,identity,agree,coincidence,s,kappa,pi,abstention,distance,final_only,window,drop_unanimous",
            string.Join(',', Columns(read, $"read_parquet('{file}')")));
        using var store = fixture.Open();
        var votes = store.LoadMatrix(new MatrixQuery { FromYear = 2015, ToYear = 2019, WithText = false });
        var result = AlignmentEngine.Compute(votes, new AlignmentQuery { Slices = [.. Slice.Standard], From = 2015, To = 2019 });
        Assert.Equal(result.AllJointCounts().ToArray().LongCount(n => n > 0), Scalar(read, $"SELECT count(*) FROM read_parquet('{file}')"));

        // and USA–RUS agreement on all votes and RUS–CHN κ on human rights equal align's
        AssertEqualsAlign(read, $"read_parquet('{file}')", "agree", "all", ["align", "USA", "RUS", "--from", "2015", "--to", "2019"]);
        AssertEqualsAlign(read, $"read_parquet('{file}')", "kappa", "hr", ["align", "CHN", "RUS", "--measure", "kappa", "--issue", "hr", "--from", "2015", "--to", "2019"]);
    }

    [Fact]
    public void ExportDyads_CsvGzBySessionDropUnanimous_OneMeasureAsAlign()
    {
        // When
        var file = dir.File("identity.csv.gz");
        var (exit, _, err) = CliRunner.Run("export", "dyads", "--by", "session", "--measure", "identity", "--issue", "all", "--drop-unanimous",
            "--from", "60", "--to", "74", "--db", Copy(), "--out", file);

        // Then
        Assert.True(exit == 0, err);
        using var read = ReadBack();
        var source = $"read_csv('{file}')";
        Assert.Equal("state_a,state_b,period_kind,period,slice,n,n_yes_no,identity,abstention,distance,final_only,window,drop_unanimous", string.Join(',', Columns(read, source)));
        Assert.Equal(1L, Scalar(read, $"SELECT count(DISTINCT slice) FROM {source} WHERE drop_unanimous AND period_kind = 'session'"));
        AssertEqualsAlign(read, source, "identity", "all", ["align", "USA", "RUS", "--by", "session", "--measure", "identity", "--drop-unanimous", "--from", "60", "--to", "74"]);
    }

    [Fact]
    public void ExportVotesRollCallsCountries_ReadBackWithTheStoresRowsAndTallies()
    {
        // When
        var votes = dir.File("votes.parquet");
        var rollCalls = dir.File("rollcalls.csv");
        var countries = dir.File("countries.parquet");
        Assert.Equal(0, CliRunner.Run("export", "votes", "--db", fixture.DbPath, "--out", votes).Exit);
        Assert.Equal(0, CliRunner.Run("export", "rollcalls", "--from", "2019", "--to", "2019", "--db", fixture.DbPath, "--out", rollCalls).Exit);
        Assert.Equal(0, CliRunner.Run("export", "countries", "--db", fixture.DbPath, "--out", countries).Exit);

        // Then: every vote of the unvotes set, 2019's roll calls with rollcalls' tallies, the store's countries
        using var read = ReadBack();
        Assert.Equal(870_109L, Scalar(read, $"SELECT count(*) FROM read_parquet('{votes}')"));
        Assert.Equal("rcid,date,year,session,resolution,state,vote,source", string.Join(',', Columns(read, $"read_parquet('{votes}')")));
        var (exit, output, _) = CliRunner.Run("rollcalls", "--year", "2019", "--db", fixture.DbPath, "--format", "csv");
        Assert.Equal(0, exit);
        var listed = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.TrimEnd('\r').Split(',')).ToArray();
        Assert.Equal(listed.Length, Scalar(read, $"SELECT count(*) FROM read_csv('{rollCalls}')"));
        var first = listed[0];
        Assert.Equal(
            $"{first[^3]},{first[^2]},{first[^1]}",
            Text(read, $"SELECT yes || ',' || no || ',' || abstain FROM read_csv('{rollCalls}') WHERE rcid = {first[0]}"));
        Assert.Equal(
            Scalar(read, $"SELECT count(DISTINCT state) FROM read_parquet('{votes}')"),
            Scalar(read, $"SELECT count(*) FROM read_parquet('{countries}') WHERE votes > 0"));
        Assert.Equal("2", Text(read, $"SELECT cow::VARCHAR FROM read_parquet('{countries}') WHERE state = 'USA'"));
    }

    [Fact]
    public void ExportIdeal_Year_EqualsTheIdealCommand()
    {
        // When
        var db = Copy();
        var file = dir.File("ideal.parquet");
        var (exit, _, err) = CliRunner.Run("export", "ideal", "--year", "2019", "--db", db, "--out", file);
        var (_, output, _) = CliRunner.Run("ideal", "--year", "2019", "--db", db, "--format", "csv");

        // Then
        Assert.True(exit == 0, err);
        using var read = ReadBack();
        var listed = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.TrimEnd('\r').Split(',')).ToArray();
        Assert.Equal(listed.Length, Scalar(read, $"SELECT count(*) FROM read_parquet('{file}') WHERE period = 2019 AND model = 'static'"));
        foreach (var row in listed.Where((_, i) => i % 20 == 0))
        {
            var estimate = double.Parse(Text(read, $"SELECT estimate::VARCHAR FROM read_parquet('{file}') WHERE state = '{row[1]}'"), CultureInfo.InvariantCulture);
            Assert.Equal(double.Parse(row[3], CultureInfo.InvariantCulture), estimate, 9);
        }
    }

    [Fact]
    public void ExportIdeal_FromToDynamic_ThePanelEqualsTheIdealCommand()
    {
        // When: the dynamic panel 2017–2019 exported, and listed by the ideal command
        var db = Copy();
        var file = dir.File("panel.parquet");
        var (exit, _, err) = CliRunner.Run("export", "ideal", "--from", "2017", "--to", "2019", "--dynamic", "--db", db, "--out", file);
        var (exit1, output, err1) = CliRunner.Run("ideal", "--from", "2017", "--to", "2019", "--dynamic", "--db", db, "--format", "csv");

        // Then: one dynamic row per state and year, every one with the listed estimate, standard error and votes
        Assert.True(exit == 0 && exit1 == 0, err + err1);
        using var read = ReadBack();
        var listed = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.TrimEnd('\r').Split(',')).ToArray();
        Assert.InRange(listed.Length, 3 * 185, 3 * 193);
        Assert.Equal(listed.Length, Scalar(read, $"SELECT count(*) FROM read_parquet('{file}') WHERE model = 'dynamic' AND period_kind = 'year'"));
        Assert.Equal(listed.Length, Scalar(read, $"SELECT count(*) FROM read_parquet('{file}')"));
        Assert.Equal("2017,2019", Text(read, $"SELECT min(period) || ',' || max(period) FROM read_parquet('{file}')"));
        var exported = new Dictionary<(string, string), string[]>();
        using (var cmd = read.CreateCommand())
        {
            cmd.CommandText = $"SELECT state, period::VARCHAR, estimate, std_error, votes FROM read_parquet('{file}')";
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                exported[(r.GetString(0), r.GetString(1))] =
                    [r.GetDouble(2).ToString("R", CultureInfo.InvariantCulture), r.GetDouble(3).ToString("R", CultureInfo.InvariantCulture), r.GetInt32(4).ToString(CultureInfo.InvariantCulture)];
            }
        }

        Assert.All(listed, row =>
        {
            var e = exported[(row[1], row[0])];
            Assert.Equal(double.Parse(row[3], CultureInfo.InvariantCulture), double.Parse(e[0], CultureInfo.InvariantCulture), 9);
            Assert.Equal(double.Parse(row[4], CultureInfo.InvariantCulture), double.Parse(e[1], CultureInfo.InvariantCulture), 9);
            Assert.Equal(row[7], e[2]);
        });
    }

    private void AssertEqualsAlign(DuckDBConnection read, string source, string measure, string slice, string[] align)
    {
        var (exit, output, err) = CliRunner.Run([.. align, "--db", fixture.DbPath, "--format", "csv"]);
        Assert.True(exit == 0, err);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.TrimEnd('\r').Split(',')).ToArray();
        Assert.NotEmpty(rows);
        foreach (var r in rows)
        {
            var (a, b) = string.CompareOrdinal(r[0], r[1]) < 0 ? (r[0], r[1]) : (r[1], r[0]);
            var exported = Text(read, $"SELECT {measure}::VARCHAR || ',' || n FROM {source} WHERE state_a = '{a}' AND state_b = '{b}' AND slice = '{slice}' AND period = {r[3]}");
            var parts = exported.Split(',');
            Assert.Equal(double.Parse(r[6], CultureInfo.InvariantCulture), double.Parse(parts[0], CultureInfo.InvariantCulture), 12);
            if (measure != "coincidence")
            {
                Assert.Equal(r[7], parts[1]);
            }
        }
    }

    private string Copy()
    {
        var path = dir.File(Guid.NewGuid().ToString("N") + ".duckdb");
        File.Copy(fixture.DbPath, path);
        return path;
    }

    private static DuckDBConnection ReadBack()
    {
        var c = new DuckDBConnection("Data Source=:memory:");
        c.Open();
        return c;
    }

    private static string[] Columns(DuckDBConnection c, string source)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT * FROM {source} LIMIT 0";
        using var r = cmd.ExecuteReader();
        return [.. Enumerable.Range(0, r.FieldCount).Select(r.GetName)];
    }

    private static long Scalar(DuckDBConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static string Text(DuckDBConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToString(cmd.ExecuteScalar(), CultureInfo.InvariantCulture) ?? "";
    }
}

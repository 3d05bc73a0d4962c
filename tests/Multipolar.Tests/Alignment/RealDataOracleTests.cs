using Multipolar.Alignment;
using Multipolar.Data.Store;
using Multipolar.Tests.Store;

namespace Multipolar.Tests.Alignment;

/// <summary>
/// The fast engine equals the slow reference on the whole shared data set, for a random sample of
/// dyad-year-slice cells and every measure; and the materialised values equal the live ones.
/// </summary>
[Collection("Real data")]
public sealed class RealDataOracleTests(SharedStoreFixture fixture)
{
    [Fact]
    public void Engine_SampleOfRealCells_EqualsReferenceForEveryMeasure()
    {
        // Given the whole unvotes record and all slices, all measures
        using var store = fixture.Open();
        var votes = store.LoadMatrix(new MatrixQuery());
        var result = AlignmentEngine.Compute(votes, new AlignmentQuery { Measures = MeasureRegistry.Measures, Slices = [.. Slice.Standard] });
        var rng = new Random(20261130);

        // When 600 random cells are recomputed by the reference
        var checkedCells = 0;
        var defined = 0;
        while (checkedCells < 600)
        {
            var dyad = result.Dyads[rng.Next(result.Dyads.Length)];
            var period = result.Periods[rng.Next(result.Periods.Length)];
            var slice = result.Slices[rng.Next(result.Slices.Length)];
            foreach (var measure in MeasureRegistry.Measures)
            {
                var fast = result[measure, slice, period, dyad];
                var slow = ReferenceAlignment.Compute(votes, dyad, measure, slice, period);

                // Then
                Assert.Equal(slow.N, fast.N);
                if (double.IsNaN(slow.Value))
                {
                    Assert.True(double.IsNaN(fast.Value), $"{dyad} {period} {slice.Key} {measure}: reference NaN, engine {fast.Value}");
                }
                else
                {
                    Assert.Equal(slow.Value, fast.Value, 1e-12);
                    defined++;
                }
            }

            checkedCells++;
        }

        Assert.True(defined > 500, $"only {defined} defined values in the sample");
    }

    [Fact]
    public void Precompute_StoredSeries_EqualsLiveComputation()
    {
        // Given a copy of the real store with the materialised values
        using var dir = TestPaths.Temp();
        var copy = dir.File("copy.duckdb");
        File.Copy(fixture.DbPath, copy);
        using var store = VoteStore.Open(copy);
        var votes = store.LoadMatrix(new MatrixQuery { FromYear = 2000, ToYear = 2019 });
        var results = new[] { PeriodKind.Year, PeriodKind.Session }
            .Select(k => AlignmentEngine.Compute(votes, new AlignmentQuery { Slices = [.. Slice.Standard], Options = AlignmentOptions.Default with { Period = k } }))
            .ToArray();
        var tables = results.Select(r => AlignmentEngine.Tabulate(votes, new AlignmentQuery { Slices = [.. Slice.Standard], Options = r.Options })).ToArray();

        // When
        var (rows, cells) = store.WriteAlignment(tables);

        // Then every measure of a sample of dyads and slices, by year and by session, equals the live value exactly
        Assert.True(cells > 100_000);
        Assert.True(rows < cells / 5, $"{rows} rows for {cells} cells");
        var rng = new Random(20261202);
        var compared = 0;
        for (var i = 0; i < 40; i++)
        {
            var result = results[i % 2];
            var d = rng.Next(result.Dyads.Length);
            var dyad = result.Dyads[d];
            var slice = Slice.Standard[rng.Next(Slice.Standard.Count)];
            foreach (var measure in MeasureRegistry.Measures)
            {
                var stored = store.AlignmentSeries(dyad.B, dyad.A, measure, slice, result.Options.Period)!;
                var live = result.Series(dyad, measure, slice).Where(p => result.JointCounts(slice, p.Period)[d] > 0).ToArray();
                Assert.Equal(live, stored);
                compared += live.Length;
            }
        }

        Assert.True(compared > 500, $"only {compared} values compared");

        // And they lie dyad-major (period kind, a, b, slice) in the file, which lets a dyad's query skip
        // the row groups of other dyads
        store.Dispose();
        using (var db = new DuckDB.NET.Data.DuckDBConnection($"Data Source={copy};ACCESS_MODE=READ_ONLY"))
        {
            db.Open();
            using var cmd = db.CreateCommand();
            cmd.CommandText = """
                SELECT count(*) FILTER (WHERE kind = prev_kind AND (a < prev_a OR (a = prev_a AND b < prev_b))), count(*)
                FROM (SELECT period_kind AS kind, a, b, lag(period_kind) OVER w AS prev_kind, lag(a) OVER w AS prev_a, lag(b) OVER w AS prev_b
                      FROM alignment_series WINDOW w AS (ORDER BY rowid))
                """;
            using var r = cmd.ExecuteReader();
            Assert.True(r.Read());
            Assert.Equal(0L, r.GetInt64(0));
            Assert.Equal(rows, r.GetInt64(1));
        }

        // And the align command reads them (default options), giving what it computes from the votes
        string[] args = ["align", "RUS", "CHN", "--measure", "kappa", "--issue", "hr", "--from", "2000", "--to", "2019", "--format", "csv"];
        var cached = Tests.Cli.CliRunner.Run([.. args, "--db", copy]);
        var computed = Tests.Cli.CliRunner.Run([.. args, "--db", fixture.DbPath]);
        Assert.Equal(0, cached.Exit);
        Assert.Equal(computed.Out, cached.Out);
        static string Flat(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
        Assert.Contains("precomputed values", Flat(Tests.Cli.CliRunner.Run("align", "RUS", "CHN", "--db", copy).Out), StringComparison.Ordinal);
        Assert.Contains("computed from the votes", Flat(Tests.Cli.CliRunner.Run("align", "RUS", "CHN", "--db", copy, "--abstention", "strict").Out), StringComparison.Ordinal);
    }
}

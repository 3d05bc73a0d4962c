using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using Multipolar.Alignment;
using Multipolar.Countries;
using Multipolar.Data.Formats;
using Multipolar.Data.Store;

namespace Multipolar.Tests.Store;

/// <summary>
/// The materialised tables (<c>alignment_series</c>, written by <c>precompute</c>): counts above 255 (two-byte
/// counts), the stored orientation (rows: the state with the smaller id), and every measure read back equal to the
/// engine's.
/// </summary>
public sealed class AlignmentSeriesTests
{
    [Fact]
    public void WriteAlignment_CountsAbove255_ReadBackEqualsEngineAndRowsAreStateA()
    {
        // Given 300 roll calls in 1995: USA yes on all, CAN no on the first 280 and yes on the rest, MEX abstains
        using var dir = TestPaths.Temp();
        var small = Directory.CreateDirectory(dir.File("small")).FullName;
        var rc = new StringBuilder("rcid,session,importantvote,date,unres,amend,para,short,descr\n");
        var votes = new StringBuilder("rcid,country,country_code,vote\n");
        for (var i = 1; i <= 300; i++)
        {
            rc.Append(CultureInfo.InvariantCulture, $"{i},50,0,{new DateOnly(1995, 1, 1).AddDays(i / 2):yyyy-MM-dd},A/RES/50/{i},0,0,r,r\n");
            votes.Append(CultureInfo.InvariantCulture, $"{i},United States,US,yes\n{i},Canada,CA,{(i <= 280 ? "no" : "yes")}\n{i},Mexico,MX,abstain\n");
        }

        File.WriteAllText(Path.Combine(small, "rc.csv"), rc.ToString());
        File.WriteAllText(Path.Combine(small, "votes.csv"), votes.ToString());
        var db = dir.File("s.duckdb");
        var countries = CountryReference.Default;
        ContingencyTables tables;
        AlignmentResult live;
        using (var store = VoteStore.Open(db))
        {
            store.Ingest(SourceReader.Read([small], countries));
            var matrix = store.LoadMatrix(new MatrixQuery());
            tables = AlignmentEngine.Tabulate(matrix, new AlignmentQuery { Slices = [.. Slice.Standard] });
            live = AlignmentEngine.Compute(matrix, new AlignmentQuery { Slices = [Slice.All] });

            // When the tables are stored and read back
            var (rows, cells) = store.WriteAlignment([tables]);

            // Then: three dyads, one year each, in the slice all only (no roll call has an issue or is important)
            Assert.Equal((3L, 3L), (rows, cells));
            foreach (var dyad in live.Dyads)
            {
                foreach (var measure in MeasureRegistry.Measures)
                {
                    var stored = Assert.Single(store.AlignmentSeries(dyad.B, dyad.A, measure, Slice.All, PeriodKind.Year)!);
                    Assert.Equal(1995, stored.Period);
                    Assert.Equal(live[measure, Slice.All, 1995, dyad], stored.Value);
                }
            }

            Assert.Empty(store.AlignmentSeries(countries["USA"], countries["CAN"], Measure.Agreement, Slice.Important, PeriodKind.Year)!);
        }

        // And the USA–CAN row holds two-byte counts with the rows of the state with the smaller id: 20 yes-yes and
        // 280 yes-no when that is the USA, 280 no-yes otherwise
        using var c = new DuckDBConnection($"Data Source={db};ACCESS_MODE=READ_ONLY");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = """
            SELECT s.a = u.state_id, s.period_from, s.periods, s.count_bytes, s.tables
            FROM alignment_series s, countries u, countries k
            WHERE u.iso3 = 'USA' AND k.iso3 = 'CAN' AND least(u.state_id, k.state_id) = s.a AND greatest(u.state_id, k.state_id) = s.b
            """;
        using var r = cmd.ExecuteReader();
        Assert.True(r.Read());
        var usaFirst = r.GetBoolean(0);
        Assert.Equal((1995, (short)1, (byte)2), (r.GetInt32(1), r.GetInt16(2), r.GetByte(3)));
        using var blob = new MemoryStream();
        r.GetStream(4).CopyTo(blob);
        var counts = Enumerable.Range(0, 9).Select(i => blob.ToArray()[2 * i] | (blob.ToArray()[(2 * i) + 1] << 8)).ToArray();
        Assert.Equal(usaFirst ? [20, 0, 280, 0, 0, 0, 0, 0, 0] : [20, 0, 0, 0, 0, 0, 280, 0, 0], counts);
        Assert.False(r.Read());
    }
}

using System.Diagnostics;
using DuckDB.NET.Data;
using Multipolar.Countries;
using Multipolar.Data.Formats;
using Multipolar.Data.Store;

namespace Multipolar.Bench.Store;

/// <summary>
/// <c>Multipolar.Bench ingest-phases</c>: times the phases of one ingest of the unvotes set (read, open,
/// write) next to DuckDB's own read_csv, for profiling. The recorded figures come from
/// <see cref="IngestBenchmarks"/>.
/// </summary>
internal static class IngestPhases
{
    public static void Run()
    {
        _ = CountryReference.Default;
        for (var k = 0; k < 3; k++)
        {
            var db = Path.Combine(Path.GetTempPath(), $"phases-{Guid.NewGuid():N}.duckdb");
            var sw = Stopwatch.StartNew();
            var batch = SourceReader.Read([IngestBenchmarks.Unvotes], CountryReference.Default);
            var read = sw.ElapsedMilliseconds;
            sw.Restart();
            using (var store = VoteStore.Open(db))
            {
                var open = sw.ElapsedMilliseconds;
                sw.Restart();
                store.Ingest(batch);
                Console.WriteLine($"read {read} ms, open {open} ms, write {sw.ElapsedMilliseconds} ms");
            }

            File.Delete(db);
            var csv = Path.Combine(Path.GetTempPath(), $"phases-{Guid.NewGuid():N}.duckdb");
            sw.Restart();
            using (var c = new DuckDBConnection($"Data Source={csv}"))
            {
                c.Open();
                using var cmd = c.CreateCommand();
                cmd.CommandText = $"CREATE TABLE votes AS SELECT * FROM read_csv('{IngestBenchmarks.Unvotes}/un_votes.csv.gz')";
                cmd.ExecuteNonQuery();
            }

            Console.WriteLine($"duckdb read_csv of un_votes {sw.ElapsedMilliseconds} ms");
            File.Delete(csv);
        }
    }
}

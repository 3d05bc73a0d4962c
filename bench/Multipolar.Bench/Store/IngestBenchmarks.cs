using BenchmarkDotNet.Attributes;
using DuckDB.NET.Data;
using Multipolar.Countries;
using Multipolar.Data.Formats;
using Multipolar.Data.Store;

namespace Multipolar.Bench.Store;

/// <summary>
/// Issue 2 target: ingest of the whole shared unvotes set into a fresh store in at most 1.5 × the time
/// DuckDB's own <c>read_csv</c> takes to load the same gzip files into tables (the baseline).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class IngestBenchmarks : FreshStoreBenchmark
{
    public static string Unvotes => Path.GetFullPath(Path.Combine(BenchPaths.SharedData, "unvotes"));

    [Benchmark(Baseline = true, Description = "DuckDB read_csv of the three files into tables")]
    public long DuckDbReadCsv()
    {
        using var c = new DuckDBConnection($"Data Source={NextDb()}");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"""
            CREATE TABLE rc AS SELECT * FROM read_csv('{Unvotes}/un_roll_calls.csv.gz');
            CREATE TABLE issues AS SELECT * FROM read_csv('{Unvotes}/un_roll_call_issues.csv');
            CREATE TABLE votes AS SELECT * FROM read_csv('{Unvotes}/un_votes.csv.gz');
            """;
        cmd.ExecuteNonQuery();
        return 870_109;
    }

    [Benchmark(Description = "Multipolar ingest (read, validate, resolve, write)")]
    public long MultipolarIngest()
    {
        using var store = VoteStore.Open(NextDb());
        var batch = SourceReader.Read([Unvotes], CountryReference.Default);
        return store.Ingest(batch).NewVotes;
    }
}

using BenchmarkDotNet.Attributes;
using Multipolar.Countries;
using Multipolar.Data.Formats;
using Multipolar.Data.Store;

namespace Multipolar.Bench.Store;

/// <summary>
/// Issue 5 target: ingest of all shared sources (unvotes, voeten-wide, the three UN Digital Library files)
/// into a fresh store, reconciled, in under 10 seconds. Baseline: the unvotes folder alone.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class IngestAllBenchmarks
{
    private string dir = "";
    private int n;

    public static string[] AllSources =>
        [.. new[] { "unvotes", "voeten-wide", "undl" }.Select(s => Path.GetFullPath(Path.Combine(BenchPaths.SharedData, s)))];

    [GlobalSetup]
    public void Setup()
    {
        dir = Path.Combine(Path.GetTempPath(), "multipolar-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        _ = CountryReference.Default;
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(dir, true);

    private string NextDb() => Path.Combine(dir, $"s{n++}.duckdb");

    [Benchmark(Baseline = true, Description = "Ingest of unvotes alone")]
    public long UnvotesOnly()
    {
        using var store = VoteStore.Open(NextDb());
        return store.Ingest(SourceReader.Read([IngestBenchmarks.Unvotes], CountryReference.Default)).NewVotes;
    }

    [Benchmark(Description = "Ingest of all sources (read, match, reconcile, write)")]
    public long AllSourcesIngest()
    {
        using var store = VoteStore.Open(NextDb());
        return store.Ingest(SourceReader.Read(AllSources, CountryReference.Default)).NewVotes;
    }
}

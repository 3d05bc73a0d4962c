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
public class IngestAllBenchmarks : FreshStoreBenchmark
{
    public static string[] AllSources =>
        [.. new[] { "unvotes", "voeten-wide", "undl" }.Select(s => Path.GetFullPath(Path.Combine(BenchPaths.SharedData, s)))];

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

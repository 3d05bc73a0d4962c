using BenchmarkDotNet.Attributes;
using Multipolar.Countries;
using Multipolar.Data.Formats;
using Multipolar.Data.Store;

namespace Multipolar.Bench.Store;

/// <summary>
/// Issue 5 and 10 targets: ingest of all shared vote sources (unvotes, voeten-wide, the three UN Digital Library
/// files, and since issue 10 the nine files of the UN's resolution record, unxml) into a fresh store, reconciled,
/// in under 10 seconds and 1 GiB. Baseline: the unvotes folder alone; peer: the sources of issue 5 (without unxml).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class IngestAllBenchmarks : FreshStoreBenchmark
{
    public static string[] AllSources =>
        [.. new[] { "unvotes", "voeten-wide", "undl", "unxml" }.Select(s => Path.GetFullPath(Path.Combine(BenchPaths.SharedData, s)))];

    /// <summary>The sources of issue 5 (all but unxml).</summary>
    public static string[] Issue5Sources => [.. AllSources.Where(s => !s.EndsWith("unxml", StringComparison.Ordinal))];

    [Benchmark(Baseline = true, Description = "Ingest of unvotes alone")]
    public long UnvotesOnly()
    {
        using var store = VoteStore.Open(NextDb());
        return store.Ingest(SourceReader.Read([IngestBenchmarks.Unvotes], CountryReference.Default)).NewVotes;
    }

    [Benchmark(Description = "Ingest of the issue-5 sources (all but unxml)")]
    public long Issue5SourcesIngest()
    {
        using var store = VoteStore.Open(NextDb());
        return store.Ingest(SourceReader.Read(Issue5Sources, CountryReference.Default)).NewVotes;
    }

    [Benchmark(Description = "Ingest of all sources (read, match, reconcile, write)")]
    public long AllSourcesIngest()
    {
        using var store = VoteStore.Open(NextDb());
        return store.Ingest(SourceReader.Read(AllSources, CountryReference.Default)).NewVotes;
    }
}

using System.Diagnostics;
using Multipolar.Countries;
using Multipolar.Data.Formats;
using Multipolar.Data.Store;

namespace Multipolar.Bench.Store;

/// <summary><c>Multipolar.Bench ingest-all-phases</c>: stage timing of the ingest of all shared sources (issue 5), for profiling.</summary>
internal static class IngestAllPhases
{
    public static void Run()
    {
        // Stage timing of the ingest of all shared sources (issue 5), for profiling.
        var db = Path.Combine(Path.GetTempPath(), $"phases-{Guid.NewGuid():N}.duckdb");
        _ = CountryReference.Default;
        var sw = Stopwatch.StartNew();
        foreach (var src in Multipolar.Bench.Store.IngestAllBenchmarks.AllSources)
        {
            // Twice: the first read of a layout includes its JIT compilation.
            for (var run = 1; run <= 2; run++)
            {
                sw.Restart();
                SourceReader.Read([src], CountryReference.Default);
                Console.WriteLine($"  read {Path.GetFileName(src)} alone (run {run}): {sw.ElapsedMilliseconds} ms");
            }
        }

        sw.Restart();
        var batch = SourceReader.Read(Multipolar.Bench.Store.IngestAllBenchmarks.AllSources, CountryReference.Default);
        Console.WriteLine($"read {sw.ElapsedMilliseconds} ms");
        sw.Restart();
        using (var store = VoteStore.Open(db))
        {
            var last = "";
            store.Ingest(batch, (stage, _) =>
            {
                if (stage != last)
                {
                    Console.WriteLine($"  {sw.ElapsedMilliseconds,6} ms  {stage}");
                    last = stage;
                }
            });
            Console.WriteLine($"write {sw.ElapsedMilliseconds} ms");
        }

        File.Delete(db);
    }
}

using System.Diagnostics;
using BenchmarkDotNet.Running;
using Multipolar.Countries;
using Multipolar.Data.Formats;
using Multipolar.Data.Store;

if (args is ["phases-all"])
{
    // Stage timing of the ingest of all shared sources (issue 5), for profiling.
    var db = Path.Combine(Path.GetTempPath(), $"phases-{Guid.NewGuid():N}.duckdb");
    _ = CountryReference.Default;
    var sw = Stopwatch.StartNew();
    foreach (var src in Multipolar.Bench.Store.IngestAllBenchmarks.AllSources)
    {
        sw.Restart();
        SourceReader.Read([src], CountryReference.Default);
        Console.WriteLine($"  read {Path.GetFileName(src)} alone: {sw.ElapsedMilliseconds} ms");
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
    return;
}

if (args is ["phases"])
{
    // Quick phase timing of one ingest, for profiling (not the recorded benchmark).
    var db = Path.Combine(Path.GetTempPath(), $"phases-{Guid.NewGuid():N}.duckdb");
    _ = CountryReference.Default;
    var sw = Stopwatch.StartNew();
    var batch = SourceReader.Read([Multipolar.Bench.Store.IngestBenchmarks.Unvotes], CountryReference.Default);
    Console.WriteLine($"read {sw.ElapsedMilliseconds} ms");
    sw.Restart();
    using (var store = VoteStore.Open(db))
    {
        Console.WriteLine($"open {sw.ElapsedMilliseconds} ms");
        sw.Restart();
        store.Ingest(batch);
        Console.WriteLine($"write {sw.ElapsedMilliseconds} ms");
    }

    File.Delete(db);
    var b = new Multipolar.Bench.Store.IngestBenchmarks();
    b.Setup();
    for (var i = 0; i < 3; i++)
    {
        sw.Restart();
        b.DuckDbReadCsv();
        Console.WriteLine($"duckdb read_csv {sw.ElapsedMilliseconds} ms");
    }

    b.Cleanup();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

using System.Diagnostics;
using BenchmarkDotNet.Running;
using Multipolar.Countries;
using Multipolar.Data.Formats;
using Multipolar.Data.Store;

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

using System.Diagnostics;
using BenchmarkDotNet.Running;
using Multipolar.Countries;
using Multipolar.Data.Formats;
using Multipolar.Data.Store;

if (args is ["phases"])
{
    for (var k = 0; k < 3; k++)
    {
        var sw0 = Stopwatch.StartNew();
        using var s = SourceOpener.Open(Path.Combine(Multipolar.Bench.Store.IngestBenchmarks.Unvotes, "un_votes.csv.gz"));
        using var reader = nietras.SeparatedValues.SepReaderExtensions.From(nietras.SeparatedValues.Sep.Reader(o => o with { Unescape = true }), s);
        long n = 0;
        foreach (var row in reader)
        {
            n += row[0].Span.Length + row[1].Span.Length + row[3].Span.Length;
        }

        Console.WriteLine($"raw sep parse {sw0.ElapsedMilliseconds} ms ({n})");
        sw0.Restart();
        using (var s3 = SourceOpener.Open(Path.Combine(Multipolar.Bench.Store.IngestBenchmarks.Unvotes, "un_votes.csv.gz")))
        using (var r3 = nietras.SeparatedValues.SepReaderExtensions.From(nietras.SeparatedValues.Sep.Reader(o => o with { Unescape = true }), s3))
        {
            long m = 0;
            foreach (var row in r3)
            {
                m += row.LineNumberFrom;
            }
        }

        Console.WriteLine($"  + line numbers {sw0.ElapsedMilliseconds} ms");
        sw0.Restart();
        var res = StateResolver.Create(CountryReference.Default);
        using (var s3 = SourceOpener.Open(Path.Combine(Multipolar.Bench.Store.IngestBenchmarks.Unvotes, "un_votes.csv.gz")))
        using (var r3 = nietras.SeparatedValues.SepReaderExtensions.From(nietras.SeparatedValues.Sep.Reader(o => o with { Unescape = true }), s3))
        {
            long m = 0;
            foreach (var row in r3)
            {
                m += res.Resolve(row[2].Span, row[1].Span, "f", 1, "a", "b").Index;
            }
        }

        Console.WriteLine($"  + resolve {sw0.ElapsedMilliseconds} ms");
        sw0.Restart();
        using var s2 = SourceOpener.Open(Path.Combine(Multipolar.Bench.Store.IngestBenchmarks.Unvotes, "un_votes.csv.gz"));
        var buf = new byte[1 << 16];
        long total = 0;
        int got;
        while ((got = s2.Read(buf)) > 0)
        {
            total += got;
        }

        Console.WriteLine($"gunzip only {sw0.ElapsedMilliseconds} ms ({total} bytes)");
    }

    // Quick phase timing of one ingest, for profiling (not the recorded benchmark).
    for (var k = 0; k < 3; k++)
    {
        var sw1 = Stopwatch.StartNew();
        var bb = new SourceBatchBuilder(CountryReference.Default);
        var dir0 = Multipolar.Bench.Store.IngestBenchmarks.Unvotes;
        var f0 = bb.AddFile(new SourceFile("rc", SourceFormat.UnvotesRollCalls, "", 0, 0));
        UnvotesReader.ReadRollCalls(Path.Combine(dir0, "un_roll_calls.csv.gz"), bb, f0, null);
        Console.WriteLine($"  rollcalls {sw1.ElapsedMilliseconds} ms");
        sw1.Restart();
        var f1 = bb.AddFile(new SourceFile("v", SourceFormat.UnvotesVotes, "", 0, 0));
        UnvotesReader.ReadVotes(Path.Combine(dir0, "un_votes.csv.gz"), bb, f1, null);
        Console.WriteLine($"  votes {sw1.ElapsedMilliseconds} ms");
        sw1.Restart();
        bb.Build();
        Console.WriteLine($"  build {sw1.ElapsedMilliseconds} ms");
        sw1.Restart();
        SourceOpener.Sha256(Path.Combine(dir0, "un_votes.csv.gz"));
        Console.WriteLine($"  sha {sw1.ElapsedMilliseconds} ms");
    }

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

using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Multipolar.Alignment;
using Multipolar.Countries;
using Multipolar.Data.Formats;
using Multipolar.Data.Store;

namespace Multipolar.Bench.Cli;

/// <summary>
/// Issue 3 target: one dyad's full time series from the command line, store already built, end to end
/// (process start to exit), under 300 ms. Runs the CLI binary named by <c>MULTIPOLAR_CLI</c> (default: the
/// Release build next to the repository's src/Multipolar.Cli), against a store built in setup.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class CliBenchmarks
{
    private string db = "";
    private string precomputed = "";
    private string cli = "";

    [GlobalSetup]
    public void Setup()
    {
        db = Path.Combine(Path.GetTempPath(), $"cli-bench-{Guid.NewGuid():N}.duckdb");
        using (var store = VoteStore.Open(db))
        {
            store.Ingest(SourceReader.Read([Path.Combine(BenchPaths.SharedData, "unvotes")], CountryReference.Default));
        }

        precomputed = Path.ChangeExtension(db, ".precomputed.duckdb");
        File.Copy(db, precomputed);
        using (var store = VoteStore.Open(precomputed))
        {
            var votes = store.LoadMatrix(new MatrixQuery { WithText = false });
            store.WriteAlignment(new[] { PeriodKind.Year, PeriodKind.Session }.Select(k => AlignmentEngine.Tabulate(votes, new AlignmentQuery
            {
                Slices = [.. Slice.Standard],
                Options = AlignmentOptions.Default with { Period = k },
            })));
        }

        cli = Environment.GetEnvironmentVariable("MULTIPOLAR_CLI")
            ?? Path.Combine(BenchPaths.Root, "src", "Multipolar.Cli", "bin", "Release", "net10.0", "multipolar");
        if (!File.Exists(cli))
        {
            throw new InvalidOperationException($"No CLI binary at {cli}: build src/Multipolar.Cli in Release or set MULTIPOLAR_CLI.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        File.Delete(db);
        File.Delete(precomputed);
    }

    [Benchmark(Baseline = true, Description = "multipolar countries (process start, no store)")]
    public int Startup() => Run("countries", "--format", "csv");

    [Benchmark(Description = "multipolar align RUS CHN (all years, csv)")]
    public int AlignSeries() => Run("align", "RUS", "CHN", "--db", db, "--format", "csv");

    [Benchmark(Description = "multipolar align RUS CHN --measure kappa (table)")]
    public int AlignSeriesTable() => Run("align", "RUS", "CHN", "--measure", "kappa", "--db", db);

    [Benchmark(Description = "multipolar align RUS CHN (precomputed store, csv)")]
    public int AlignSeriesPrecomputed() => Run("align", "RUS", "CHN", "--db", precomputed, "--format", "csv");

    [Benchmark(Description = "multipolar align RUS CHN --measure kappa (precomputed store, table)")]
    public int AlignSeriesPrecomputedTable() => Run("align", "RUS", "CHN", "--measure", "kappa", "--db", precomputed);

    private int Run(params string[] args)
    {
        var start = new ProcessStartInfo(cli, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var p = Process.Start(start)!;
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return p.ExitCode == 0 ? 0 : throw new InvalidOperationException(p.StandardError.ReadToEnd());
    }
}

using Multipolar.Countries;

namespace Multipolar.Bench.Store;

/// <summary>Base of the ingest benchmarks: a temporary folder and a fresh store file for every invocation.</summary>
public abstract class FreshStoreBenchmark
{
    private string dir = "";
    private int n;

    [BenchmarkDotNet.Attributes.GlobalSetup]
    public void Setup()
    {
        dir = Path.Combine(Path.GetTempPath(), "multipolar-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        _ = CountryReference.Default;
    }

    [BenchmarkDotNet.Attributes.GlobalCleanup]
    public void Cleanup() => Directory.Delete(dir, true);

    /// <summary>A store path not used before.</summary>
    protected string NextDb() => Path.Combine(dir, $"s{n++}.duckdb");
}

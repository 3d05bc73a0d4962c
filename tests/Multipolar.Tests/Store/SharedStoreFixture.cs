using Multipolar.Countries;
using Multipolar.Data.Formats;
using Multipolar.Data.Store;

namespace Multipolar.Tests.Store;

/// <summary>
/// One store with the whole shared <c>unvotes</c> set and the material-power files, built once for the tests that read real data
/// (xunit collection fixture: "Real data").
/// </summary>
public sealed class SharedStoreFixture : IDisposable
{
    private readonly TempDir dir = new();

    public SharedStoreFixture()
    {
        DbPath = dir.File("unvotes.duckdb");
        using var store = VoteStore.Open(DbPath);
        Result = store.Ingest(SourceReader.Read([TestPaths.Shared("unvotes")], CountryReference.Default));

        // Material power (COW NMC v6.0 and v7.0, World Bank GDP): the power tests and the case studies read it.
        store.IngestPower(Multipolar.Data.Power.PowerReader.Read(
            [TestPaths.Shared("cow", "NMC-60-abridged.csv.gz"), TestPaths.Shared("cow", "NMC-70-peacesciencer.csv.gz"), TestPaths.Shared("worldbank", "gdp.csv.gz")],
            CountryReference.Default));
    }

    /// <summary>The store file (open it read-only in tests).</summary>
    public string DbPath { get; }

    /// <summary>What the ingest reported.</summary>
    public IngestResult Result { get; }

    public VoteStore Open() => VoteStore.Open(DbPath, readOnly: true);

    public void Dispose() => dir.Dispose();
}

[CollectionDefinition("Real data")]
public sealed class RealDataCollection : ICollectionFixture<SharedStoreFixture>
{
}

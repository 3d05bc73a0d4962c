using Multipolar.Countries;
using Multipolar.Data.Formats;
using Multipolar.Data.Store;

namespace Multipolar.Tests.Store;

/// <summary>
/// One store with the whole shared <c>unvotes</c> set, built once for the tests that read real data
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

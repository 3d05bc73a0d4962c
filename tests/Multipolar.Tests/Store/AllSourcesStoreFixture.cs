using Multipolar.Countries;
using Multipolar.Data.Formats;
using Multipolar.Data.Store;

namespace Multipolar.Tests.Store;

/// <summary>
/// One store with every shared vote source (unvotes, voeten-wide, undl, unxml: 1946 – June 2026), built once
/// for the tests that read the whole record (xunit collection fixture: "All sources"). Other tests may use it:
/// open it read-only with <see cref="Open"/>, or pass <see cref="DbPath"/> to the command line.
/// </summary>
public sealed class AllSourcesStoreFixture : IDisposable
{
    private readonly TempDir dir = new();

    public AllSourcesStoreFixture()
    {
        DbPath = dir.File("all-sources.duckdb");
        using var store = VoteStore.Open(DbPath);
        Result = store.Ingest(SourceReader.Read(Folders, CountryReference.Default));
    }

    /// <summary>The shared vote-source folders, in the order given to the ingest.</summary>
    public static IReadOnlyList<string> Folders { get; } = [.. new[] { "unvotes", "voeten-wide", "undl", "unxml" }.Select(f => TestPaths.Shared(f))];

    /// <summary>The store file (open it read-only in tests).</summary>
    public string DbPath { get; }

    /// <summary>What the ingest reported.</summary>
    public IngestResult Result { get; }

    public VoteStore Open() => VoteStore.Open(DbPath, readOnly: true);

    public void Dispose() => dir.Dispose();
}

[CollectionDefinition("All sources")]
public sealed class AllSourcesCollection : ICollectionFixture<AllSourcesStoreFixture>
{
}

using DuckDB.NET.Data;
using Multipolar.Countries;
using Multipolar.Data.Formats;
using Multipolar.Data.Store;

namespace Multipolar.Tests.Store;

/// <summary>The roll calls' tallies (schema version 2): unanimity known to a matrix of a few states; a version-1 store upgraded.</summary>
public sealed class SchemaMigrationTests
{
    // The good files of IngestValidationTests: roll call 1 splits (yes, no, abstain); roll call 2 is unanimous (no, no).
    // The United States alone voted alike on neither.
    [Fact]
    public void LoadMatrix_OneState_UnanimityFromEveryStatesVotes()
    {
        // Given
        using var dir = TestPaths.Temp();
        Ingest(dir);

        // When: a matrix of the United States alone, which on its own would look unanimous on both
        using var store = VoteStore.Open(dir.File("s.duckdb"), readOnly: true);
        var matrix = store.LoadMatrix(new MatrixQuery { States = ["USA"] });

        // Then
        Assert.Equal([false, true], matrix.RollCalls.Select(r => r.Unanimous).ToArray());
        Assert.Equal([false, true], Enumerable.Range(0, 2).Select(matrix.IsUnanimous).ToArray());
    }

    [Fact]
    public void Open_VersionOneStore_ReadOnlyExplainsAndWritableUpgrades()
    {
        // Given: a store as version 1 left it (no tallies)
        using var dir = TestPaths.Temp();
        var path = Ingest(dir);
        using (var connection = new DuckDBConnection($"Data Source={path}"))
        {
            connection.Open();
            using var cmd = connection.CreateCommand();
            cmd.CommandText = "DROP TABLE rollcall_tallies; DROP TABLE rollcall_issue_drops; UPDATE meta SET value = '1' WHERE key = 'schema_version'";
            cmd.ExecuteNonQuery();
        }

        // When / Then: read-only it names the version and the way to upgrade
        var e = Assert.Throws<StoreException>(() => VoteStore.Open(path, readOnly: true));
        Assert.Contains("schema version 1", e.Message, StringComparison.Ordinal);
        Assert.Contains("multipolar ingest", e.Message, StringComparison.Ordinal);

        // When / Then: opened for writing it is upgraded (versions 2 and 3), tallies included
        using (var store = VoteStore.Open(path))
        {
            Assert.Equal(3, store.SchemaVersion);
        }

        using var upgraded = VoteStore.Open(path, readOnly: true);
        Assert.Equal([false, true], upgraded.LoadMatrix(new MatrixQuery { States = ["USA"] }).RollCalls.Select(r => r.Unanimous).ToArray());
    }

    private static string Ingest(TempDir dir)
    {
        var folder = IngestValidationTests.GoodFolder(dir);
        var path = dir.File("s.duckdb");
        using var store = VoteStore.Open(path);
        store.Ingest(SourceReader.Read([folder], CountryReference.Default));
        return path;
    }
}

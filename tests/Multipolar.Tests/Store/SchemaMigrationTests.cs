using DuckDB.NET.Data;
using Multipolar.Countries;
using Multipolar.Data.Formats;
using Multipolar.Data.Store;

namespace Multipolar.Tests.Store;

/// <summary>The roll calls' tallies (schema version 2): unanimity known to a matrix of a few states; a version-1 store upgraded.</summary>
public sealed class SchemaMigrationTests
{
    // Roll call 1 splits (yes, no, abstain); roll call 2 is unanimous (no, no). The United States alone voted alike on neither.
    private const string RollCalls = """
        "rcid","session","importantvote","date","unres","amend","para","short","descr"
        1,50,0,"1995-10-01","A/RES/50/1",0,0,"First","First roll call"
        2,50,1,"1995-11-01","A/RES/50/2",0,0,"Second","Second roll call"
        """;

    private const string Votes = """
        "rcid","country","country_code","vote"
        1,"United States","US","yes"
        1,"Canada","CA","no"
        1,"Federal Republic of Germany","","abstain"
        2,"United States","US","no"
        2,"Canada","CA","no"
        """;

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
            cmd.CommandText = "DROP TABLE rollcall_tallies; UPDATE meta SET value = '1' WHERE key = 'schema_version'";
            cmd.ExecuteNonQuery();
        }

        // When / Then: read-only it names the version and the way to upgrade
        var e = Assert.Throws<StoreException>(() => VoteStore.Open(path, readOnly: true));
        Assert.Contains("schema version 1", e.Message, StringComparison.Ordinal);
        Assert.Contains("multipolar ingest", e.Message, StringComparison.Ordinal);

        // When / Then: opened for writing it is upgraded, tallies included
        using (var store = VoteStore.Open(path))
        {
            Assert.Equal(2, store.SchemaVersion);
        }

        using var upgraded = VoteStore.Open(path, readOnly: true);
        Assert.Equal([false, true], upgraded.LoadMatrix(new MatrixQuery { States = ["USA"] }).RollCalls.Select(r => r.Unanimous).ToArray());
    }

    private static string Ingest(TempDir dir)
    {
        var folder = Directory.CreateDirectory(dir.File("d")).FullName;
        File.WriteAllText(Path.Combine(folder, "rc.csv"), RollCalls);
        File.WriteAllText(Path.Combine(folder, "votes.csv"), Votes);
        var path = dir.File("s.duckdb");
        using var store = VoteStore.Open(path);
        store.Ingest(SourceReader.Read([folder], CountryReference.Default));
        return path;
    }
}

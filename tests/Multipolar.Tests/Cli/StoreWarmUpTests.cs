using Multipolar.Cli;
using Multipolar.Data.Store;
using Multipolar.Tests.Store;

namespace Multipolar.Tests.Cli;

/// <summary>
/// The early open of the store for read-only commands: it opens the file the command will ask for, hands it
/// over once, and never changes what a command prints or how it fails.
/// </summary>
[Collection("Real data")]
public sealed class StoreWarmUpTests(SharedStoreFixture fixture)
{
    [Theory]
    [InlineData("ingest")]
    [InlineData("precompute")]
    [InlineData("ideal")]
    [InlineData("sources")]
    public void Start_CommandThatWritesOrIsNotAQuery_OpensNothing(string command)
    {
        // When
        using var warm = StoreWarmUp.Start([command, "--db", fixture.DbPath]);

        // Then
        Assert.Null(warm);
    }

    [Fact]
    public void Start_NoStoreAtThePath_OpensNothing()
    {
        // Given
        using var dir = TestPaths.Temp();

        // When
        using var warm = StoreWarmUp.Start(["info", "--db", dir.File("missing.duckdb")]);

        // Then
        Assert.Null(warm);
    }

    [Theory]
    [InlineData("--db")]
    [InlineData("--db=")]
    public void Take_SamePath_GivesTheOpenStoreOnce(string option)
    {
        // Given
        string[] args = option == "--db" ? ["align", "RUS", "CHN", "--db", fixture.DbPath] : ["align", "RUS", "CHN", "--db=" + fixture.DbPath];
        using var warm = StoreWarmUp.Start(args);
        Assert.NotNull(warm);

        // When
        using var store = warm.Take(StoreLocation.Resolve(fixture.DbPath));
        var again = warm.Take(StoreLocation.Resolve(fixture.DbPath));

        // Then
        Assert.NotNull(store);
        Assert.Equal(6203, store.Info().RollCalls);
        Assert.Null(again);
    }

    [Fact]
    public void Take_OtherPath_GivesNothing()
    {
        // Given
        using var dir = TestPaths.Temp();
        using var warm = StoreWarmUp.Start(["info", "--db", fixture.DbPath]);
        Assert.NotNull(warm);

        // When
        var store = warm.Take(dir.File("other.duckdb"));

        // Then
        Assert.Null(store);
    }

    [Fact]
    public void Run_BrokenStoreFile_ReportsTheSameErrorAsWithoutTheWarmUp()
    {
        // Given a file that is not a DuckDB database
        using var dir = TestPaths.Temp();
        var broken = dir.File("broken.duckdb");
        File.WriteAllText(broken, "rcid,date\n1,1946-01-01\n");

        // When: info opens the store early, sources does not
        var info = CliRunner.Run("info", "--db", broken);
        var direct = CliRunner.Run("sources", "--db", broken);

        // Then
        Assert.Equal(1, info.Exit);
        Assert.StartsWith($"error: Cannot open the store {Path.GetFullPath(broken)}", info.Err, StringComparison.Ordinal);
        Assert.Equal(direct.Err, info.Err);
        Assert.Equal(direct.Exit, info.Exit);
    }
}

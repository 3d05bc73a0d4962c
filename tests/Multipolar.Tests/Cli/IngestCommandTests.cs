namespace Multipolar.Tests.Cli;

/// <summary><c>multipolar ingest</c> end to end, in-process: summary on success, one-line error and an unchanged store on failure.</summary>
[Collection("Real data")]
public sealed class IngestCommandTests
{
    private const string RollCalls = "rcid,session,importantvote,date,unres,amend,para,short,descr\n1,50,0,1995-10-01,A/RES/50/1,0,0,a,a\n";

    [Fact]
    public void Ingest_GoodFolder_SummaryWithCountsAndSecondRunIsNoOp()
    {
        // Given
        using var dir = TestPaths.Temp();
        var folder = Directory.CreateDirectory(dir.File("d")).FullName;
        File.WriteAllText(Path.Combine(folder, "rc.csv"), RollCalls);
        File.WriteAllText(Path.Combine(folder, "votes.csv"), "rcid,country,country_code,vote\n1,United States,US,yes\n1,Canada,CA,no\n");
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "not data\n");
        var db = dir.File("s.duckdb");

        // When
        var first = CliRunner.Run("ingest", folder, "--db", db);
        var second = CliRunner.Run("ingest", folder, "--db", db);

        // Then
        Assert.Equal(0, first.Exit);
        Assert.Matches(@"Votes \(new\)\s*│\s*2", first.Out);
        Assert.Contains("Ignored (layout not recognised): notes.txt", first.Out, StringComparison.Ordinal);
        Assert.Equal(0, second.Exit);
        Assert.Contains("already ingested", second.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_BadVote_ExitOneWithFileLineColumnValueAndNothingWritten()
    {
        // Given
        using var dir = TestPaths.Temp();
        var folder = Directory.CreateDirectory(dir.File("d")).FullName;
        File.WriteAllText(Path.Combine(folder, "rc.csv"), RollCalls);
        var votes = Path.Combine(folder, "votes.csv");
        File.WriteAllText(votes, "rcid,country,country_code,vote\n1,United States,US,yes\n1,Canada,CA,perhaps\n");
        var db = dir.File("s.duckdb");

        // When
        var (exit, _, err) = CliRunner.Run("ingest", folder, "--db", db);
        var info = CliRunner.Run("info", "--db", db, "--format", "csv");

        // Then
        Assert.Equal(1, exit);
        Assert.Equal($"error: {votes}, line 3, column 'vote', value 'perhaps': expected yes, abstain or no.", err.Trim());
        Assert.Contains("rollcalls,0", info.Out, StringComparison.Ordinal);
        Assert.Contains("votes,0", info.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_MissingPath_ExitOneNamingIt()
    {
        // When
        var (exit, _, err) = CliRunner.Run("ingest", "/no/such/folder", "--db", Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".duckdb"));

        // Then
        Assert.Equal(1, exit);
        Assert.Contains("/no/such/folder: no such file or folder", err, StringComparison.Ordinal);
    }
}

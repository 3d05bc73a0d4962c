using System.Text.Json;
using Multipolar.Tests.Store;

namespace Multipolar.Tests.Cli;

/// <summary>The query commands on the real store: formats for scripts, and one-line errors on bad arguments.</summary>
[Collection("Real data")]
public sealed class QueryCommandTests(SharedStoreFixture fixture)
{
    [Fact]
    public void Info_Json_ReportsCountsAsNumbers()
    {
        // When
        var (exit, output, _) = CliRunner.Run("info", "--db", fixture.DbPath, "--format", "json");

        // Then
        Assert.Equal(0, exit);
        var rows = JsonDocument.Parse(output).RootElement.EnumerateArray().ToDictionary(e => e.GetProperty("key").GetString()!, e => e.GetProperty("value"));
        Assert.Equal(6203, rows["rollcalls"].GetInt64());
        Assert.Equal(870_109, rows["votes"].GetInt64());
        Assert.Equal("1946–2019", rows["years"].GetString());
    }

    [Fact]
    public void RollCalls_CsvWithIssueAndCountry_OneRowPerRollCallWithTheStatesVote()
    {
        // When
        var (exit, output, _) = CliRunner.Run("rollcalls", "--year", "2019", "--issue", "hr", "--country", "india", "--db", fixture.DbPath, "--format", "csv");

        // Then
        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("rcid,date,session,resolution,title,issues,amend,para,important,yes,no,abstain,vote", lines[0], StringComparison.Ordinal);
        Assert.InRange(lines.Length - 1, 5, 40);
        Assert.All(lines.Skip(1), l => Assert.Contains("hr", l, StringComparison.Ordinal));
        Assert.All(lines.Skip(1), l => Assert.Matches("(yes|no|abstain|)$", l.TrimEnd('\r')));
    }

    [Fact]
    public void Votes_Table_ListsStatesWithSource()
    {
        // When
        var (exit, output, _) = CliRunner.Run("votes", "--rollcall", "3", "--db", fixture.DbPath);

        // Then
        Assert.Equal(0, exit);
        Assert.Contains("United States", output, StringComparison.Ordinal);
        Assert.Contains("un_votes.csv.gz", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Countries_SearchKorea_BothKoreasInCsv()
    {
        // When
        var (exit, output, _) = CliRunner.Run("countries", "--search", "korea", "--db", fixture.DbPath, "--format", "csv");

        // Then
        Assert.Equal(0, exit);
        var codes = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l[..3]).Order().ToArray();
        Assert.Equal(["KOR", "PRK"], codes);
    }

    public static TheoryData<string[], string> BadArguments => new()
    {
        { ["rollcalls"], "--year is required" },
        { ["rollcalls", "--year", "2019", "--country", "Atlantis"], "Unknown country 'Atlantis'" },
        { ["rollcalls", "--year", "2019", "--country", "20"], "ambiguous" },
        { ["rollcalls", "--year", "2019", "--issue", "h r"], "not an issue area" },
        { ["rollcalls", "--year", "abc"], "abc" },
        { ["votes", "--rollcall", "123456789"], "No roll call 123456789" },
        { ["info", "--format", "xml"], "xml" },
        { ["frobnicate"], "frobnicate" },
    };

    [Theory]
    [MemberData(nameof(BadArguments))]
    public void Command_BadArguments_NonZeroExitAndOneLineError(string[] args, string words)
    {
        // When
        var (exit, _, err) = CliRunner.Run([.. args, "--db", fixture.DbPath]);

        // Then
        Assert.NotEqual(0, exit);
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.StartsWith("error: ", lines[0], StringComparison.Ordinal);
        Assert.Contains(words, lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Info_NoStore_ErrorSaysToIngestFirst()
    {
        // When
        var (exit, _, err) = CliRunner.Run("info", "--db", Path.Combine(Path.GetTempPath(), "no-such-store-" + Guid.NewGuid().ToString("N") + ".duckdb"));

        // Then
        Assert.Equal(1, exit);
        Assert.Contains("multipolar ingest", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Coverage_Table_Fits80ColumnsWithGapNotes()
    {
        // When
        var (exit, output, _) = CliRunner.Run("coverage", "--db", fixture.DbPath);

        // Then: short labels, the marker in the table and the explanation under it
        Assert.Equal(0, exit);
        var lines = output.Split('\n');
        Assert.All(lines, l => Assert.InRange(l.TrimEnd('\r').Length, 0, 80));
        Assert.Contains(lines, l => l.Contains("│ 1964 │", StringComparison.Ordinal) && l.Contains("none", StringComparison.Ordinal));
        Assert.Contains("unvotes = un_roll_calls.csv.gz", output, StringComparison.Ordinal);
        Assert.Contains("1964 (none): no roll call in any source", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Coverage_Csv_FileColumnsAndFullGapText()
    {
        // When
        var (exit, output, _) = CliRunner.Run("coverage", "--db", fixture.DbPath, "--format", "csv");

        // Then
        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("year,rollcalls,un_roll_calls.csv.gz,complete,gap,gap_marker", lines[0].TrimEnd('\r'));
        Assert.Contains(lines, l => l.StartsWith("1964,0,0,false,no roll call in any source: the nineteenth session (1964) held no recorded vote: the Article 19 crisis,none", StringComparison.Ordinal));
    }
}

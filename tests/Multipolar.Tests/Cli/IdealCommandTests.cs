using System.Globalization;
using System.Text.Json;
using Multipolar.Data.Store;
using Multipolar.Tests.Store;

namespace Multipolar.Tests.Cli;

/// <summary>The ideal-point commands on a copy of the real store (they store their results).</summary>
[Collection("Real data")]
public sealed class IdealCommandTests(SharedStoreFixture fixture) : IDisposable
{
    private readonly TempDir dir = new();

    private string Copy()
    {
        var path = dir.File(Guid.NewGuid().ToString("N") + ".duckdb");
        File.Copy(fixture.DbPath, path);
        return path;
    }

    [Fact]
    public void Ideal_Year2019Json_AllStatesSortedUsaFirstWithIntervalsAndStored()
    {
        // Given
        var db = Copy();

        // When
        var (exit, output, err) = CliRunner.Run("ideal", "--year", "2019", "--db", db, "--format", "json");

        // Then
        Assert.True(exit == 0, err);
        var rows = JsonDocument.Parse(output).RootElement.EnumerateArray().ToArray();
        Assert.InRange(rows.Length, 185, 193);
        Assert.Equal("USA", rows[0].GetProperty("iso3").GetString());
        var estimates = rows.Select(r => r.GetProperty("estimate").GetDouble()).ToArray();
        Assert.Equal(estimates.OrderByDescending(e => e), estimates);
        Assert.All(rows, r => Assert.InRange(r.GetProperty("estimate").GetDouble(), r.GetProperty("lower").GetDouble(), r.GetProperty("upper").GetDouble()));
        var bottom = rows.TakeLast(10).Select(r => r.GetProperty("iso3").GetString()).ToArray();
        Assert.Contains("CUB", bottom);
        Assert.Contains("SYR", bottom);
        using var store = VoteStore.Open(db, readOnly: true);
        Assert.Equal(rows.Length, store.StoredIdealPoints());
    }

    [Fact]
    public void Ideal_StatesFromToCsv_OneRowPerStateAndYear()
    {
        // When
        var (exit, output, err) = CliRunner.Run("ideal", "RUS", "CHN", "USA", "--from", "2017", "--to", "2019", "--db", Copy(), "--format", "csv");

        // Then
        Assert.True(exit == 0, err);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r').Split(',')).ToArray();
        Assert.Equal("period,iso3,country,estimate,std_error,lower,upper,votes", string.Join(',', lines[0]));
        Assert.Equal(9, lines.Length - 1);
        Assert.All(lines.Skip(1).Where(l => l[1] == "USA"), l => Assert.True(double.Parse(l[3], CultureInfo.InvariantCulture) > 0));
    }

    [Fact]
    public void Distance_StaticFits_DistanceIsAbsoluteDifference()
    {
        // When
        var (exit, output, err) = CliRunner.Run("distance", "USA", "CUB", "--from", "2018", "--to", "2019", "--static", "--db", Copy(), "--format", "csv");

        // Then
        Assert.True(exit == 0, err);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.TrimEnd('\r').Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToArray();
        Assert.Equal(2, lines.Length);
        Assert.All(lines, l => Assert.Equal(Math.Abs(l[1] - l[2]), l[3], 12));
        Assert.All(lines, l => Assert.True(l[3] > 1.5, "the US and Cuba are far apart"));
    }

    public static TheoryData<string[], string> BadArguments => new()
    {
        { ["ideal"], "give --year" },
        { ["ideal", "--year", "2019", "--by", "decade"], "use year or session" },
        { ["ideal", "RUS", "--from", "2019", "--to", "2010"], "before --from" },
        { ["distance", "RUS", "--year", "2019"], "two states" },
        { ["ideal", "Atlantis", "--year", "2019"], "Unknown country 'Atlantis'" },
    };

    [Theory]
    [MemberData(nameof(BadArguments))]
    public void IdealCommands_BadArguments_OneLineError(string[] args, string words)
    {
        // When
        var (exit, _, err) = CliRunner.Run([.. args, "--db", fixture.DbPath]);

        // Then
        Assert.NotEqual(0, exit);
        var line = Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(words, line, StringComparison.Ordinal);
    }

    public void Dispose() => dir.Dispose();
}

using System.Text.Json;
using Multipolar.Tests.Store;

namespace Multipolar.Tests.Cli;

/// <summary>The polarity command on the real store.</summary>
[Collection("Real data")]
public sealed class PolarityCommandTests(SharedStoreFixture fixture)
{
    [Fact]
    public void Polarity_YearsCsv_OneRowPerYearWithOptions()
    {
        // When
        var (exit, output, _) = CliRunner.Run("polarity", "--from", "1984", "--to", "1986", "--seeds", "2", "--db", fixture.DbPath, "--format", "csv");

        // Then
        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal("year,states,communities,modularity,modularity_min,effective_poles,spectral_poles,stability,runs,mean_weight,roll_calls,partition,measure,signed,resolution", lines[0]);
        Assert.Equal(["1984", "1985", "1986"], lines.Skip(1).Select(l => l.Split(',')[0]));
        Assert.All(lines.Skip(1), l => Assert.EndsWith("agree,true,1", l, StringComparison.Ordinal));
    }

    [Fact]
    public void Polarity_MembersJson_OneRowPerStateWithCommunityAndLabel()
    {
        // When
        var (exit, output, _) = CliRunner.Run("polarity", "--year", "1985", "--members", "--seeds", "2", "--signed", "false", "--db", fixture.DbPath, "--format", "json");

        // Then
        Assert.Equal(0, exit);
        var rows = JsonDocument.Parse(output).RootElement.EnumerateArray().ToArray();
        Assert.InRange(rows.Length, 150, 165);
        Assert.All(rows, r => Assert.Equal(1985, r.GetProperty("year").GetInt32()));
        Assert.Equal(rows.Length, rows.Select(r => r.GetProperty("iso3").GetString()).Distinct().Count());
        var usa = rows.Single(r => r.GetProperty("iso3").GetString() == "USA");
        Assert.StartsWith("with", usa.GetProperty("label").GetString(), StringComparison.Ordinal);
        Assert.False(usa.GetProperty("signed").GetBoolean());
    }

    [Theory]
    [InlineData("--year", "1985", "--from", "1980")]
    [InlineData("--resolution", "0")]
    [InlineData("--poles", "XXX")]
    [InlineData("--members", "--robustness")]
    public void Polarity_BadArguments_ExitTwoWithOneLine(params string[] args)
    {
        // When
        var (exit, _, err) = CliRunner.Run(["polarity", .. args, "--db", fixture.DbPath]);

        // Then
        Assert.Equal(2, exit);
        Assert.StartsWith("error: ", err, StringComparison.Ordinal);
        Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}

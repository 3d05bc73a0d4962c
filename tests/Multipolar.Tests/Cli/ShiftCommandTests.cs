using System.Globalization;
using System.Text.Json;
using Multipolar.Tests.Store;

namespace Multipolar.Tests.Cli;

/// <summary>sphere, explain and converge on the real store.</summary>
[Collection("Real data")]
public sealed class ShiftCommandTests(SharedStoreFixture fixture)
{
    [Fact]
    public void Sphere_C5_OneRowPerMemberAndYearWithBothPoles()
    {
        // When
        var (exit, output, _) = CliRunner.Run("sphere", "C5", "--poles", "RUS,CHN", "--from", "1992", "--to", "2019", "--db", fixture.DbPath, "--format", "json");

        // Then
        Assert.Equal(0, exit);
        var rows = JsonDocument.Parse(output).RootElement.EnumerateArray().ToArray();
        Assert.Equal(["KAZ", "KGZ", "TJK", "TKM", "UZB"], rows.Select(r => r.GetProperty("iso3").GetString()).Distinct().Order());
        var kaz = rows.First(r => r.GetProperty("iso3").GetString() == "KAZ" && r.GetProperty("year").GetInt32() == 2010);
        Assert.Equal(kaz.GetProperty("with_second").GetDouble() - kaz.GetProperty("with_first").GetDouble(), kaz.GetProperty("lean").GetDouble(), 12);
        Assert.True(kaz.GetProperty("n_first").GetInt32() >= 10);
        Assert.Equal("C5", kaz.GetProperty("bloc").GetString());
    }

    [Fact]
    public void Explain_RusChn_ContributionsCarryVotesAndSumToTheChange()
    {
        // When
        var (exit, output, _) = CliRunner.Run("explain", "RUS", "CHN", "--from", "2005", "--to", "2015", "--count", "100000", "--db", fixture.DbPath, "--format", "csv");

        // Then
        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        Assert.StartsWith("subject,from,to,rcid,date,side,resolution,title,issues,vote_a,vote_b,score,contribution,measure", lines[0], StringComparison.Ordinal);
        Assert.True(lines.Length > 150);
        var (align, alignOut, _) = CliRunner.Run("align", "RUS", "CHN", "--from", "2005", "--to", "2015", "--db", fixture.DbPath, "--format", "json");
        Assert.Equal(0, align);
        var series = JsonDocument.Parse(alignOut).RootElement.EnumerateArray().ToDictionary(r => r.GetProperty("period").GetInt32(), r => r.GetProperty("value").GetDouble());
        using var reader = new StringReader(output);
        var sum = 0.0;
        foreach (var line in lines.Skip(1))
        {
            var fields = line.Split(',');
            sum += double.Parse(fields[^2], CultureInfo.InvariantCulture);
        }

        Assert.Equal(series[2015] - series[2005], sum, 9);
    }

    [Theory]
    [InlineData("explain", "RUS", "CHN", "--from", "2005")]
    [InlineData("sphere", "XYZ9")]
    [InlineData("converge", "RUS")]
    [InlineData("explain", "RUS", "CHN", "--from", "2005", "--to", "2015", "--measure", "kappa")]
    public void BadArguments_ExitTwoWithOneLine(params string[] args)
    {
        var (exit, _, err) = CliRunner.Run([.. args, "--db", fixture.DbPath]);
        Assert.Equal(2, exit);
        Assert.StartsWith("error: ", err, StringComparison.Ordinal);
    }
}

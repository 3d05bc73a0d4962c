using System.Globalization;
using System.Text.Json;
using Multipolar.Alignment;
using Multipolar.Data.Store;
using Multipolar.Tests.Store;

namespace Multipolar.Tests.Cli;

/// <summary>The alignment commands on the real store.</summary>
[Collection("Real data")]
public sealed class AlignmentCommandTests(SharedStoreFixture fixture)
{
    [Fact]
    public void Align_RusChnKappaJson_MatchesEngineAndCarriesN()
    {
        // When
        var (exit, output, _) = CliRunner.Run("align", "RUS", "china", "--measure", "kappa", "--from", "1992", "--to", "2019", "--db", fixture.DbPath, "--format", "json");

        // Then
        Assert.Equal(0, exit);
        var rows = JsonDocument.Parse(output).RootElement.EnumerateArray().ToArray();
        Assert.Equal(28, rows.Length);
        Assert.Equal(1992, rows[0].GetProperty("period").GetInt32());
        using var store = fixture.Open();
        var votes = store.LoadMatrix(new MatrixQuery());
        var c = Multipolar.Countries.CountryReference.Default;
        var expected = ReferenceAlignment.Compute(votes, new Dyad(c["RUS"], c["CHN"]), Measure.Kappa, Slice.All, 2019);
        var last = rows[^1];
        Assert.Equal(expected.N, last.GetProperty("n").GetInt32());
        Assert.Equal(expected.Value, last.GetProperty("value").GetDouble(), 1e-12);
    }

    [Fact]
    public void Align_BySessionCsv_HasSessionPeriods()
    {
        // When
        var (exit, output, _) = CliRunner.Run("align", "USA", "IND", "--by", "session", "--from", "70", "--to", "74", "--db", fixture.DbPath, "--format", "csv");

        // Then
        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("period,value,n", lines[0].TrimEnd('\r'));
        Assert.Equal(["70", "71", "72", "73", "74"], lines.Skip(1).Select(l => l.Split(',')[0]));
    }

    [Fact]
    public void Matrix_2019Csv_SquareSymmetricWithOnesOnDiagonal()
    {
        // When
        var (exit, output, _) = CliRunner.Run("matrix", "--year", "2019", "--measure", "s", "--db", fixture.DbPath, "--format", "csv");

        // Then
        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r').Split(',')).ToArray();
        var n = lines.Length - 1;
        Assert.InRange(n, 185, 193);
        Assert.Equal(n + 1, lines[0].Length);
        for (var i = 1; i <= n; i += 17)
        {
            Assert.Equal(1.0, double.Parse(lines[i][i], CultureInfo.InvariantCulture), 12);
            for (var j = 1; j <= n; j += 13)
            {
                Assert.Equal(lines[i][j], lines[j][i]);
            }
        }
    }

    [Fact]
    public void Nearest_China2019_UnitedStatesAmongLeastAligned()
    {
        // When
        var (exit, output, _) = CliRunner.Run("nearest", "CHN", "--year", "2019", "--count", "5", "--db", fixture.DbPath, "--format", "csv");

        // Then
        Assert.Equal(0, exit);
        var least = output.Split('\n').Where(l => l.StartsWith("least,", StringComparison.Ordinal)).Select(l => l.Split(',')[2]).ToArray();
        Assert.Equal(5, least.Length);
        Assert.Contains("USA", least);
        Assert.Contains("ISR", least);
    }

    [Fact]
    public void Sensitivity_RusChn_OneColumnPerVariantAndSpread()
    {
        // When
        var (exit, output, _) = CliRunner.Run("sensitivity", "RUS", "CHN", "--from", "2015", "--to", "2019", "--db", fixture.DbPath, "--format", "csv");

        // Then
        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r').Split(',')).ToArray();
        Assert.Equal(["period", "default", "strict", "votes_only", "squared", "final_passage", "spread"], lines[0]);
        Assert.Equal(6, lines.Length);
        foreach (var row in lines.Skip(1))
        {
            var values = row[1..^1].Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            Assert.Equal(values.Max() - values.Min(), double.Parse(row[^1], CultureInfo.InvariantCulture), 12);
        }
    }

    public static TheoryData<string[], string> BadArguments => new()
    {
        { ["align", "RUS"], "B" },
        { ["align", "RUS", "CHN", "--measure", "tau"], "'tau' is not a measure" },
        { ["align", "RUS", "CHN", "--by", "decade"], "use year or session" },
        { ["align", "RUS", "Narnia"], "Unknown country 'Narnia'" },
        { ["matrix"], "--year is required" },
        { ["nearest", "CHN", "--year", "2019", "--abstention", "maybe"], "use soft, strict or votes-only" },
    };

    [Theory]
    [MemberData(nameof(BadArguments))]
    public void AlignmentCommands_BadArguments_OneLineError(string[] args, string words)
    {
        // When
        var (exit, _, err) = CliRunner.Run([.. args, "--db", fixture.DbPath]);

        // Then
        Assert.NotEqual(0, exit);
        var line = Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(words, line, StringComparison.Ordinal);
    }
}

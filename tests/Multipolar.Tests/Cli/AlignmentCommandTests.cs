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
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r').Split(',')).ToArray();
        Assert.Equal(TidyOutputTests.DyadHeader, string.Join(',', lines[0]));
        Assert.Equal(["70", "71", "72", "73", "74"], lines.Skip(1).Select(l => l[3]));
        Assert.All(lines.Skip(1), l => Assert.Equal(["USA", "IND", "session", "agree", "all"], [l[0], l[1], l[2], l[4], l[5]]));
    }

    [Fact]
    public void Matrix_2019Csv_OneRowPerPairEqualToPairMatrix()
    {
        // When
        var (exit, output, _) = CliRunner.Run("matrix", "--year", "2019", "--measure", "s", "--db", fixture.DbPath, "--format", "csv");

        // Then: every pair once (a before b), named by ISO3, with the engine's value and N
        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r').Split(',')).ToArray();
        Assert.Equal(TidyOutputTests.DyadHeader, string.Join(',', lines[0]));
        var states = lines.Skip(1).SelectMany(l => new[] { l[0], l[1] }).Distinct().Count();
        Assert.InRange(states, 185, 193);
        Assert.Equal(states * (states - 1) / 2, lines.Length - 1);
        using var store = fixture.Open();
        var m = AlignmentEngine.PairMatrix(store.LoadMatrix(new MatrixQuery { FromYear = 2019, ToYear = 2019 }), 2019, Measure.S);
        var c = Multipolar.Countries.CountryReference.Default;
        foreach (var l in lines.Skip(1).Where((_, i) => i % 997 == 0))
        {
            Assert.True(string.CompareOrdinal(l[0], l[1]) < 0);
            Assert.Equal(m[c[l[0]], c[l[1]]].Value, double.Parse(l[6], CultureInfo.InvariantCulture), 12);
            Assert.Equal(m[c[l[0]], c[l[1]]].N, int.Parse(l[7], CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Nearest_China2019_UnitedStatesAmongLeastAligned()
    {
        // When
        var (exit, output, _) = CliRunner.Run("nearest", "CHN", "--year", "2019", "--count", "5", "--db", fixture.DbPath, "--format", "csv");

        // Then
        Assert.Equal(0, exit);
        var least = output.Split('\n').Select(l => l.Split(',')).Where(l => l.Length > 7 && l[7] == "least").Select(l => l[1]).ToArray();
        Assert.Equal(5, least.Length);
        Assert.Contains("USA", least);
        Assert.Contains("ISR", least);
    }

    [Fact]
    public void Sensitivity_RusChnCsv_OneRowPerPeriodAndVariantWithTheSpread()
    {
        // When
        var (exit, output, _) = CliRunner.Run("sensitivity", "RUS", "CHN", "--from", "2015", "--to", "2019", "--db", fixture.DbPath, "--format", "csv");

        // Then
        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r').Split(',')).ToArray();
        Assert.Equal(TidyOutputTests.SensitivityHeader, string.Join(',', lines[0]));
        Assert.Equal(1 + (5 * 6), lines.Length);
        foreach (var period in lines.Skip(1).GroupBy(l => l[3]))
        {
            Assert.Equal(["default", "strict", "votes-only", "squared", "final-passage", "non-unanimous"], period.Select(l => l[6]));
            var values = period.Select(l => double.Parse(l[7], CultureInfo.InvariantCulture)).ToArray();
            Assert.All(period, l => Assert.Equal(values.Max() - values.Min(), double.Parse(l[^1], CultureInfo.InvariantCulture), 12));
        }
    }

    public static TheoryData<string[], string> BadArguments => new()
    {
        { ["align", "RUS"], "B" },
        { ["align", "RUS", "CHN", "--measure", "tau"], "'tau' is not a measure" },
        { ["align", "RUS", "CHN", "--by", "decade"], "use year or session" },
        { ["align", "RUS", "Narnia"], "Unknown country 'Narnia'" },
        { ["align", "RUS", "CHN", "--from", "2000", "--to", "1990"], "--from 2000 is after --to 1990." },
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

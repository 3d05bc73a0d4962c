using System.Globalization;
using Multipolar.Alignment;
using Multipolar.Countries;
using Multipolar.Data.Store;
using Multipolar.Tests.Cli;
using Multipolar.Tests.Store;

namespace Multipolar.Tests.Alignment;

/// <summary>
/// The agreement columns published with Bailey, Strezhnev and Voeten's ideal points (June 2024 release:
/// <c>RUSSAgree</c>, <c>BrazilAgree</c>, <c>ChinaAgree</c>, <c>IndiaAgree</c>, <c>IsraelAgree</c> of the United States'
/// rows; fixture and provenance in Alignment/Published/) equal identity by session with unanimous roll calls
/// left out, on the unvotes record (sessions 1–74). Their filter also leaves out amendment and paragraph votes
/// cast after 1989, so from session 45 (1990–91) the comparison adds <c>--final-only</c> (docs/measures.md).
/// </summary>
[Collection("Real data")]
public sealed class PublishedAgreementTests(SharedStoreFixture fixture)
{
    private static readonly (string Iso3, string Column)[] Partners =
        [("RUS", "RUSSAgree"), ("BRA", "BrazilAgree"), ("CHN", "ChinaAgree"), ("IND", "IndiaAgree"), ("ISR", "IsraelAgree")];

    /// <summary>The first session whose published scores leave out amendment and paragraph votes (year &gt; 1989).</summary>
    private const int FinalOnlyFrom = 45;

    /// <summary>The last session of the unvotes record.</summary>
    private const int LastSession = 74;

    [Fact]
    public void IdentityBySessionDropUnanimous_EqualsThePublishedAgreementColumns()
    {
        // Given
        var published = Published();
        using var store = fixture.Open();
        var votes = store.LoadMatrix(new MatrixQuery { WithText = false });
        var usa = CountryReference.Default["USA"];
        var options = AlignmentOptions.Default with { Period = PeriodKind.Session, DropUnanimous = true };

        // When
        var compared = 0;
        foreach (var (iso3, column) in Partners)
        {
            var dyad = new Dyad(usa, CountryReference.Default[iso3]);
            var query = AlignmentQuery.ForDyad(dyad) with { Measures = [Measure.Identity], Options = options };
            var all = AlignmentEngine.Compute(votes, query).Series(dyad, Measure.Identity, Slice.All).ToDictionary(p => p.Period, p => p.Value);
            var final = AlignmentEngine.Compute(votes, query with { Options = options with { FinalPassageOnly = true } })
                .Series(dyad, Measure.Identity, Slice.All).ToDictionary(p => p.Period, p => p.Value);

            // Then: every published value of sessions 1–74 to 1e-6 (the published figures have 7 significant digits)
            foreach (var (session, value) in published[column].Where(p => p.Key <= LastSession))
            {
                var mine = (session < FinalOnlyFrom ? all : final)[session];
                Assert.True(Math.Abs(mine.Value - value) < 1e-6, $"USA–{iso3} session {session}: published {value}, computed {mine}");
                compared++;
            }
        }

        Assert.Equal(339, compared);
    }

    [Fact]
    public void AlignCommand_UsaRusBySessionDropUnanimous_EqualsRussAgree()
    {
        // When: the command a user runs to check the published figures
        var (exit, output, err) = CliRunner.Run("align", "USA", "RUS", "--by", "session", "--measure", "identity", "--drop-unanimous",
            "--to", (FinalOnlyFrom - 1).ToString(CultureInfo.InvariantCulture), "--db", fixture.DbPath, "--format", "csv");
        var (exit2, output2, _) = CliRunner.Run("align", "USA", "RUS", "--by", "session", "--measure", "identity", "--drop-unanimous", "--final-only",
            "--from", FinalOnlyFrom.ToString(CultureInfo.InvariantCulture), "--db", fixture.DbPath, "--format", "csv");

        // Then
        Assert.True(exit == 0 && exit2 == 0, err);
        var rows = (output + output2).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r').Split(','))
            .Where(l => l[0] == "USA").ToDictionary(l => int.Parse(l[3], CultureInfo.InvariantCulture), l => double.Parse(l[6], CultureInfo.InvariantCulture));
        var published = Published()["RUSSAgree"];

        // Session 19 (1964–65) had one recorded vote: Bailey, Strezhnev and Voeten leave the session out (no row).
        Assert.Equal(1.0, rows[19]);
        rows.Remove(19);
        Assert.Equal(published.Keys.Where(s => s <= LastSession).Order(), rows.Keys.Order());
        Assert.All(rows, r => Assert.True(Math.Abs(published[r.Key] - r.Value) < 1e-6, $"session {r.Key}: published {published[r.Key]}, align {r.Value}"));
    }

    private static Dictionary<string, Dictionary<int, double>> Published()
    {
        var lines = File.ReadAllLines(Path.Combine(TestPaths.Root, "tests", "Multipolar.Tests", "Alignment", "Published", "bsv-agreement-usa-jun2024.csv"));
        var header = lines[0].Split(',');
        return Partners.ToDictionary(p => p.Column, p =>
        {
            var c = Array.IndexOf(header, p.Column);
            return lines.Skip(1).Select(l => l.Split(','))
                .Where(f => f[c] != "NA")
                .ToDictionary(f => int.Parse(f[1], CultureInfo.InvariantCulture), f => double.Parse(f[c], CultureInfo.InvariantCulture));
        });
    }
}

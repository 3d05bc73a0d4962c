using Multipolar.Countries;
using Multipolar.Data.Formats;
using Multipolar.Data.Reconciliation;
using Multipolar.Data.Store;
using Multipolar.Tests.Cli;
using Multipolar.Votes;

namespace Multipolar.Tests.Store;

/// <summary>Every shared vote source ingested together: the record 1946 – June 2026 (issue 10).</summary>
[Collection("All sources")]
public sealed class AllSourcesRealDataTests(AllSourcesStoreFixture fixture)
{
    [Fact]
    public void Coverage_EveryYear1946To2025HasRollCallsBut1964_2026PartialToJune()
    {
        // Given every shared source
        using var store = fixture.Open();

        // When
        var years = store.Coverage().ToDictionary(y => y.Year);

        // Then no year 1946–2025 lacks roll calls but 1964, which is named; 2026 is partial, to 4 June
        Assert.Equal(Enumerable.Range(1946, 2026 - 1946 + 1), years.Keys.Order());
        Assert.Equal([1964], years.Values.Where(y => y.RollCalls == 0).Select(y => y.Year));
        Assert.Contains("Article 19", years[1964].Gap, StringComparison.Ordinal);
        Assert.Equal("partial", years[2026].GapMarker);
        Assert.Contains("4 June 2026", years[2026].Gap, StringComparison.Ordinal);
        Assert.InRange(years[2022].RollCalls, 85, 95);
        Assert.InRange(years[2024].RollCalls, 85, 100);
        Assert.All(new[] { 2021, 2022, 2023, 2024, 2025 }, y => Assert.Equal("", years[y].GapMarker));
    }

    [Fact]
    public void RollCalls2022_Es11OneToFive_OfficialTallies()
    {
        // When the command line lists 2022
        var (exit, output, _) = CliRunner.Run("rollcalls", "--year", "2022", "--db", fixture.DbPath, "--format", "csv");

        // Then ES-11/1 to ES-11/5 are there with the official yes-no-abstain, tagged ukraine
        Assert.Equal(0, exit);
        var rows = output.Split('\n').Where(l => l.Contains("A/RES/ES-11/", StringComparison.Ordinal)).ToArray();
        var expected = new[] { ("1", "141,5,35"), ("2", "140,5,38"), ("3", "93,24,58"), ("4", "143,5,35"), ("5", "94,14,73") };
        Assert.Equal(5, rows.Length);
        foreach (var (n, tally) in expected)
        {
            var row = Assert.Single(rows, r => r.Contains($"A/RES/ES-11/{n},", StringComparison.Ordinal));
            Assert.EndsWith(tally, row.TrimEnd('\r'), StringComparison.Ordinal);
            Assert.Contains("ukraine", row, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Ingest_UnxmlQuirks_EachReportedWithItsNumbers()
    {
        // Given what the ingest of the shared set reported
        var quirks = fixture.Result.Quirks;

        // Then each quirk of the README is reported, with the resolution and both numbers where they disagree
        Assert.Contains(quirks, q => q.Kind == SourceQuirkKind.EmptyVoteLists && q.Detail.StartsWith("A/RES/75/254 A-C", StringComparison.Ordinal));
        Assert.Contains(quirks, q => q.Kind == SourceQuirkKind.RepeatedNames && q.Detail.StartsWith("A/RES/75/290 A", StringComparison.Ordinal));
        var mismatch = Assert.Single(quirks, q => q.Kind == SourceQuirkKind.CountMismatch);
        Assert.Contains("A/RES/77/293", mismatch.Detail, StringComparison.Ordinal);
        Assert.Contains("58 abstaining", mismatch.Detail, StringComparison.Ordinal);
        Assert.Contains("59", mismatch.Detail, StringComparison.Ordinal);
        Assert.Equal(39, quirks.Where(q => q.Kind == SourceQuirkKind.RepeatedSymbol).Sum(q => int.Parse(q.Detail.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.DoesNotContain(quirks, q => q.Kind == SourceQuirkKind.RepeatedSymbolDiffers);
        Assert.Contains(quirks, q => q.Kind == SourceQuirkKind.NameVariants && q.Detail.StartsWith("TUR", StringComparison.Ordinal));
        Assert.Contains(quirks, q => q.Kind == SourceQuirkKind.NameVariants && q.Detail.StartsWith("NLD", StringComparison.Ordinal));
        Assert.Contains(quirks, q => q.Kind == SourceQuirkKind.DateFormats && q.File.EndsWith("74.json.gz", StringComparison.Ordinal));
        Assert.Contains(quirks, q => q.Kind == SourceQuirkKind.NotAvailableCount);
        Assert.Equal(4, quirks.Count(q => q.Kind == SourceQuirkKind.AdoptionNotStated));
    }

    [Fact]
    public void Resolutions_WithoutAVoteKeptButNoRollCall_VotedOnesLinkToTheirRollCall()
    {
        // Given the store
        using var store = fixture.Open();

        // When the 2023 resolutions and roll calls are read
        var resolutions = store.Resolutions(2023);
        var rollCalls = store.RollCalls(2023).Select(r => r.RollCall.Id.Value).ToHashSet();
        var matrix = store.LoadMatrix(new MatrixQuery { FromYear = 2023, ToYear = 2023, WithText = false });

        // Then resolutions adopted without a vote have no roll call, and no roll call (nor matrix column) was made for them
        var without = resolutions.Where(r => r.Adoption == "without a vote").ToArray();
        Assert.True(without.Length > 100);
        Assert.All(without, r => Assert.Null(r.RollCallId));
        Assert.All(resolutions.Where(r => r.RollCallId is not null), r => Assert.Contains(r.RollCallId!.Value, rollCalls));
        Assert.Equal(rollCalls.Count, matrix.RollCalls.Length);
        Assert.DoesNotContain(store.RollCalls(2023), r => without.Any(w => w.Symbol == r.RollCall.Resolution));
        Assert.All(store.Resolutions(2022).Where(r => r.Symbol.StartsWith("A/RES/ES-11/", StringComparison.Ordinal)), r => Assert.Contains("ukraine:symbol", r.IssueBasis, StringComparison.Ordinal));
    }

    [Fact]
    public void Overlap_Undl2025Scrape_AgreesWithTheResolutionRecord()
    {
        // Given the 2025 scrape, then the resolution record of sessions 79 and 80, in a fresh store
        using var dir = TestPaths.Temp();

        // When the overlap is measured
        var o = SourceOverlap.Measure(
            dir.File("o.duckdb"),
            [TestPaths.Shared("undl", "un_votes_2025_processed_wide.csv.gz")],
            [TestPaths.Shared("unxml", "79.json.gz"), TestPaths.Shared("unxml", "80.json.gz")],
            CountryReference.Default);

        // Then every 2025 roll call of the record is matched and no state's vote differs (docs/sources.md)
        Assert.Equal(o.IncomingRollCalls, o.Matched);
        Assert.True(o.IncomingRollCalls >= 180);
        Assert.Equal(0, o.CastConflicts + o.AbsenceConflicts);
        Assert.True(o.SameVotes > 30_000);
    }
}

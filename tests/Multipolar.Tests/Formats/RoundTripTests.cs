using Multipolar.Countries;
using Multipolar.Data.Formats;
using Multipolar.Data.Store;
using Multipolar.Votes;

namespace Multipolar.Tests.Formats;

/// <summary>Each layout, written from a known data set, read into the store and back, gives the data set again.</summary>
public sealed class RoundTripTests
{
    public static TheoryData<int, bool> Seeds => new() { { 1, false }, { 2, true }, { 3, false } };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Unvotes_WrittenAndIngested_StoreReturnsSameVotesAndRollCalls(int seed, bool gzip)
    {
        // Given
        var data = TestDataSet.Random(seed);
        using var dir = TestPaths.Temp();
        var folder = Directory.CreateDirectory(dir.File("unvotes")).FullName;
        Write(Path.Combine(folder, "un_roll_calls.csv"), data.UnvotesRollCalls(), gzip);
        Write(Path.Combine(folder, "un_roll_call_issues.csv"), data.UnvotesIssues(), gzip);
        Write(Path.Combine(folder, "un_votes.csv"), data.UnvotesVotes(), gzip);

        // When
        using var store = VoteStore.Open(dir.File("s.duckdb"));
        store.Ingest(SourceReader.Read([folder], CountryReference.Default));

        // Then
        AssertSame(data, store, keepIds: true, withAbsences: false);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void VoetenLong_WrittenAndIngested_StoreReturnsSameVotesAndAbsences(int seed, bool gzip)
    {
        // Given
        var data = TestDataSet.Random(seed);
        using var dir = TestPaths.Temp();
        var file = Write(dir.File("voeten.csv"), data.VoetenLong(), gzip);

        // When
        using var store = VoteStore.Open(dir.File("s.duckdb"));
        var result = store.Ingest(SourceReader.Read([file], CountryReference.Default));

        // Then
        Assert.Equal(SourceFormat.VoetenLong, result.Files[0].Format);
        AssertSame(data, store, keepIds: true, withAbsences: true);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void UndlBulk_WrittenAndIngested_StoreReturnsSameVotesWithAssignedIds(int seed, bool gzip)
    {
        // Given
        var data = TestDataSet.Random(seed);
        using var dir = TestPaths.Temp();
        var file = Write(dir.File("undl.csv"), data.UndlBulk(), gzip);

        // When
        using var store = VoteStore.Open(dir.File("s.duckdb"));
        store.Ingest(SourceReader.Read([file], CountryReference.Default));

        // Then: ids are assigned (no rcid in the layout); match the roll calls by symbol and date
        AssertSame(data, store, keepIds: false, withAbsences: true);
    }

    private static void AssertSame(TestDataSet data, VoteStore store, bool keepIds, bool withAbsences)
    {
        var matrix = store.LoadMatrix(new MatrixQuery());
        Assert.Equal(data.RollCalls.Count, matrix.RollCalls.Length);
        foreach (var expected in data.RollCalls)
        {
            var actual = keepIds
                ? matrix.RollCalls.Single(r => r.Id == expected.Id)
                : matrix.RollCalls.Single(r => r.Resolution == expected.Resolution && r.Date == expected.Date);
            Assert.Equal(expected.Date, actual.Date);
            Assert.Equal(expected.Resolution, actual.Resolution);
            Assert.Equal(expected.Title, actual.Title);
            Assert.Equal(expected.Session, actual.Session);
            if (keepIds)
            {
                Assert.Equal(expected.Amendment, actual.Amendment);
                Assert.Equal(expected.Paragraph, actual.Paragraph);
                Assert.Equal(expected.Important, actual.Important);
                Assert.Equal(expected.Issues.Select(i => i.Code).Order(), actual.Issues.Select(i => i.Code).Order());
            }

            var column = matrix.RollCalls.IndexOf(actual);
            var cast = data.Votes.Where(v => v.Rcid == expected.Id.Value).ToDictionary(v => v.State, v => v.Vote);
            foreach (var state in data.Votes.Select(v => v.State).Distinct())
            {
                var row = matrix.IndexOf(state);
                Assert.True(row >= 0, $"{state} missing from the store");
                var want = cast.TryGetValue(state, out var v) ? v : withAbsences ? Vote.Absent : Vote.None;
                Assert.Equal(want, matrix[row, column]);
            }
        }
    }

    private static string Write(string path, string text, bool gzip)
    {
        if (gzip)
        {
            LayoutWriter.WriteGzip(path + ".gz", text);
            return path + ".gz";
        }

        File.WriteAllText(path, text);
        return path;
    }
}

using Multipolar.Alignment;
using Multipolar.Data.Store;
using Multipolar.Tests.Store;
using Multipolar.Votes;

namespace Multipolar.Tests.Alignment;

/// <summary>The option that leaves out unanimous roll calls (docs/measures.md, "Unanimous roll calls").</summary>
public sealed class DropUnanimousTests
{
    [Fact]
    public void Compute_DropUnanimous_LeavesOutRollCallsWhereEveryVoterAgreed()
    {
        // Given: three states; roll calls 1 (all yes) and 4 (yes, absent, yes) are unanimous, 2 (Y, N, Y) and 3 (A, A, N) are not
        var matrix = AlignmentFixtures.FromStrings(2000, "YYAY", "YNAX", "YYNY");
        var dyad = new Dyad(matrix.States[0], matrix.States[1]);
        var query = AlignmentQuery.ForDyad(dyad) with { Measures = [Measure.Identity], Options = AlignmentOptions.Default with { DropUnanimous = true } };

        // When
        var kept = AlignmentEngine.Compute(matrix, query with { Options = AlignmentOptions.Default })[Measure.Identity, Slice.All, 2000, dyad];
        var dropped = AlignmentEngine.Compute(matrix, query)[Measure.Identity, Slice.All, 2000, dyad];

        // Then: A and B share 3 votes (Y–Y, Y–N, A–A), 2 identical; without roll call 1: 2 votes, 1 identical
        Assert.Equal(new MeasureValue(2.0 / 3, 3), kept);
        Assert.Equal(new MeasureValue(0.5, 2), dropped);
        Assert.Equal([true, false, false, true], Enumerable.Range(0, 4).Select(matrix.IsUnanimous));
    }

    [Fact]
    public void IsUnanimous_FlagOnTheRollCall_WinsOverTheMatrixVotes()
    {
        // Given: two states that agree on the one roll call, which the record (all states) says was not unanimous
        var matrix = AlignmentFixtures.FromStrings(2000, "Y", "Y");
        var flagged = new VoteMatrix(matrix.States, [matrix.RollCalls[0] with { Unanimous = false }], [Vote.Yes, Vote.Yes]);
        var dyad = new Dyad(matrix.States[0], matrix.States[1]);
        var query = AlignmentQuery.ForDyad(dyad) with { Options = AlignmentOptions.Default with { DropUnanimous = true } };

        // When / Then
        Assert.Equal(0, AlignmentEngine.Compute(matrix, query)[Measure.Agreement, Slice.All, 2000, dyad].N);
        Assert.Equal(new MeasureValue(1, 1), AlignmentEngine.Compute(flagged, query)[Measure.Agreement, Slice.All, 2000, dyad]);
        Assert.Equal(new MeasureValue(1, 1), ReferenceAlignment.Compute(flagged, dyad, Measure.Agreement, Slice.All, 2000, query.Options));
    }

    [Fact]
    public void Options_DropUnanimous_PrintedWithTheOptions()
    {
        Assert.EndsWith("unanimous=dropped", (AlignmentOptions.Default with { DropUnanimous = true }).ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("unanimous", AlignmentOptions.Default.ToString(), StringComparison.Ordinal);
    }
}

/// <summary>The store decides unanimity from every state's vote, so that a matrix of two states knows it.</summary>
[Collection("Real data")]
public sealed class StoreUnanimityTests(SharedStoreFixture fixture)
{
    [Fact]
    public void LoadMatrix_TwoStates_CarriesTheWholeAssemblysUnanimity()
    {
        // Given
        using var store = fixture.Open();
        var all = store.LoadMatrix(new MatrixQuery { FromYear = 1990, ToYear = 1995, WithText = false });

        // When
        var two = store.LoadMatrix(new MatrixQuery { FromYear = 1990, ToYear = 1995, States = ["USA", "RUS"], WithText = false });
        var recomputed = new VoteMatrix(all.States, [.. all.RollCalls.Select(r => r with { Unanimous = null })], Cells(all));

        // Then: the store's flag equals the matrix's own verdict over all states, and the two-state matrix keeps it
        var expected = Enumerable.Range(0, all.RollCalls.Length).Select(recomputed.IsUnanimous).ToArray();
        Assert.Equal(expected, all.RollCalls.Select(r => r.Unanimous!.Value));
        Assert.Equal(expected, two.RollCalls.Select(r => r.Unanimous!.Value));
        Assert.Contains(true, expected);
        Assert.Contains(false, expected);
    }

    private static Vote[] Cells(VoteMatrix m)
    {
        var cells = new Vote[m.States.Length * m.RollCalls.Length];
        for (var s = 0; s < m.States.Length; s++)
        {
            m.Row(s).CopyTo(cells.AsSpan(s * m.RollCalls.Length));
        }

        return cells;
    }
}

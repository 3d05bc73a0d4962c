using MathNet.Numerics.Statistics;
using Multipolar.Alignment;
using Multipolar.Poles;
using Multipolar.Votes;
using static Multipolar.Tests.Poles.PoleFixtures;

namespace Multipolar.Tests.Poles;

/// <summary>The null model of the multi-alignment threshold on hand-made matrices.</summary>
public sealed class MultiAlignmentNullTests
{
    private static readonly MultiAlignmentOptions Options = new() { Areas = [Slice.Of(IssueArea.HumanRights), Slice.Of(IssueArea.MiddleEast)] };

    private static PoleProfileTable Table()
    {
        // Twenty hr and twenty me roll calls: the US always yes, China always no; India with the US on hr and with China
        // on me; the UK always with the US
        var votes = Matrix(new DateOnly(2019, 1, 1), new string('h', 20) + new string('m', 20),
            ("USA", new string('Y', 40)), ("CHN", new string('N', 40)),
            ("IND", new string('Y', 20) + new string('N', 20)), ("GBR", new string('Y', 40)));
        return PoleProfiles.Compute(votes, MultiAlignment.QueryFor(PoleSet.Parse("USA,CHN"), Measure.Agreement, default, null, null, Options));
    }

    [Fact]
    public void StateAlwaysWithOnePole_HasNoSamplingNoise_NullIsZero()
    {
        // Given the UK: agreement 1 with the US, 0 with China, so u(1 - u) = 0 in every area
        var draws = MultiAlignmentNull.Simulate(Table(), C["GBR"], 2019, 200, 1, Options);

        // Then every draw has the same nearest pole everywhere: index 0
        Assert.Equal(200, draws.Length);
        Assert.All(draws, d => Assert.Equal(0.0, d, 12));
    }

    [Fact]
    public void StateSplitBetweenOpposedPoles_ExceedsItsNull()
    {
        // Given India: agreement 0.5 with each pole overall; observed MAI sqrt(0.5) (with the US on hr, China on me)
        var table = Table();
        var observed = MultiAlignment.Classify(table, C["IND"], 2019, Options).Index;

        // When: 2,000 draws of a state with agreement 0.5 with each pole in both areas, 20 votes per area
        var draws = MultiAlignmentNull.Simulate(table, C["IND"], 2019, 2000, 1, Options);

        // Then the null is not degenerate (the nearest pole flips by noise) and stays well below the observed index;
        // the same seed gives the same draws
        Assert.Equal(Math.Sqrt(0.5), observed, 12);
        Assert.All(draws, d => Assert.InRange(d, 0, 1));
        Assert.True(draws.Count(d => d > 0) > 500, "noise alone changes the nearest pole in some draws");
        Assert.True(draws.Quantile(0.95) < observed, $"null q95 {draws.Quantile(0.95)} >= observed {observed}");
        Assert.True(draws.SequenceEqual(MultiAlignmentNull.Simulate(table, C["IND"], 2019, 2000, 1, Options)));
        Assert.False(draws.SequenceEqual(MultiAlignmentNull.Simulate(table, C["IND"], 2019, 2000, 2, Options)));
    }

    [Fact]
    public void Pooled_CoversEveryStateWithADefinedIndex()
    {
        // Given the table: IND and GBR have an index; the poles are profiled against one pole only (one area set each)
        var table = Table();
        var defined = table.States.Count(s => !double.IsNaN(MultiAlignment.Classify(table, s, 2019, Options).Index));

        // When
        var pooled = MultiAlignmentNull.Pooled(table, 10, 0, Options);

        // Then
        Assert.Equal(defined * 10, pooled.Length);
    }
}

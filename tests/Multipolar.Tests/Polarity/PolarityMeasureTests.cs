using Multipolar.Communities;
using Multipolar.Countries;
using Multipolar.Polarity;

namespace Multipolar.Tests.Polarity;

/// <summary>The pieces of the polarity output on hand-computed cases.</summary>
public sealed class PolarityMeasureTests
{
    [Fact]
    public void LaaksoTaagepera_HandComputed()
    {
        Assert.Equal(2, EffectiveNumber.LaaksoTaagepera([50, 50]), 12);
        Assert.Equal(3, EffectiveNumber.LaaksoTaagepera([7, 7, 7]), 12);
        Assert.Equal(100.0 * 100 / (90 * 90 + 10), EffectiveNumber.LaaksoTaagepera([90, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), 12);
        Assert.Throws<ArgumentException>(() => EffectiveNumber.LaaksoTaagepera([]));
    }

    [Fact]
    public void Spectral_TwoSeparateCliques_IsTwo()
    {
        // Given: two K5 without a link. B = A − kkᵀ/2m has one positive eigenvalue (the split vector);
        // inside a clique A's other eigenvalues are −1.
        var edges = new List<WeightedEdge>();
        for (var c = 0; c < 2; c++)
        {
            for (var i = 0; i < 5; i++)
            {
                for (var j = i + 1; j < 5; j++)
                {
                    edges.Add(new(c * 5 + i, c * 5 + j, 1));
                }
            }
        }

        // When
        var spectral = EffectiveNumber.Spectral(WeightedGraph.FromEdges(10, [.. edges]), 1);

        // Then
        Assert.Equal(2, spectral, 9);
    }

    [Fact]
    public void PoleLabel_NamesPolesAlphabetically()
    {
        var c = CountryReference.Default;
        Assert.Equal("no pole", PoleLabel.For([]));
        Assert.Equal("with USA", PoleLabel.For([c["USA"]]));
        Assert.Equal("with CHN and RUS", PoleLabel.For([c["RUS"], c["CHN"]]));
        Assert.Equal("with CHN, RUS and USA", PoleLabel.For([c["USA"], c["RUS"], c["CHN"]]));
    }

    [Fact]
    public void AdjustedRand_HandComputed()
    {
        // a = {01}{23}, b = {02}{13}: no pair together in both; expected index = (2·2)/6, max = 2 → (0 − 2/3)/(2 − 2/3) = −0.5.
        Assert.Equal(-0.5, CoMembership.AdjustedRand([0, 0, 1, 1], [0, 1, 0, 1]), 12);
        Assert.Equal(1, CoMembership.AdjustedRand([0, 0, 1, 2], [5, 5, 3, 4]), 12);
    }

    [Fact]
    public void Stability_CountsTogetherPairsOverRuns()
    {
        // Given: reference {0,1,2}{3}; runs put 0–1 together twice of two, 0–2 and 1–2 once.
        Partition P(params int[] m) => new([.. m], 0, 1, 0);
        var runs = new[] { P(0, 0, 0, 1), P(0, 0, 1, 1) };

        // When
        var together = CoMembership.Together([0, 0, 0, 1], runs);

        // Then: pairs 01 (1), 02 (½), 12 (½) → mean 2/3.
        Assert.Equal(0.5, together[0, 2], 12);
        Assert.Equal(2.0 / 3, CoMembership.Stability([0, 0, 0, 1], together), 12);
    }

    [Theory]
    [InlineData(1, 3)]
    [InlineData(21, 7)]
    [InlineData(40, 0)]
    public void Together_IsTheShareOfRunsForEveryPair(int n, int runCount)
    {
        // Given random partitions of n nodes (rows long enough for whole vectors and a remainder), or none
        var rng = new Random(n);
        Partition P() => new([.. Enumerable.Range(0, n).Select(_ => rng.Next(3))], 0, 1, 0);
        var runs = Enumerable.Range(0, runCount).Select(_ => P()).ToArray();

        // When
        var together = CoMembership.Together(new int[n], runs);

        // Then: 1 on the diagonal, else the share of runs with both in one community (NaN with no run), symmetric
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var expected = i == j ? 1 : (double)runs.Count(r => r.Membership[i] == r.Membership[j]) / runCount;
                Assert.Equal(expected, together[i, j]);
            }
        }
    }
}

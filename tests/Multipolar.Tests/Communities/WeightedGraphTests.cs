using Multipolar.Communities;

namespace Multipolar.Tests.Communities;

/// <summary>The compressed rows <see cref="WeightedGraph.FromEdges"/> builds, whatever the order of the edges.</summary>
public sealed class WeightedGraphTests
{
    [Fact]
    public void FromEdges_InAnyOrderWithParallelEdges_RowsAscendByTargetAndParallelEdgesAddUp()
    {
        // Given: edges out of order, 0–1 given twice (once as 1–0).
        WeightedEdge[] edges = [new(2, 0, 1.0), new(0, 1, 0.5), new(3, 1, -2.0), new(1, 0, 0.25), new(0, 3, 4.0)];

        // When
        var graph = WeightedGraph.FromEdges(4, edges);

        // Then
        Assert.Equal([(1, 0.75), (2, 1.0), (3, 4.0)], graph.Neighbours(0));
        Assert.Equal([(0, 0.75), (3, -2.0)], graph.Neighbours(1));
        Assert.Equal(4, graph.EdgeCount);
        Assert.Equal(2 * (0.75 + 1.0 + 4.0), graph.TwicePositiveWeight, 12);
        Assert.Equal(4.0, graph.TwiceNegativeWeight, 12);
    }

    [Fact]
    public void FromEdges_AscendingPairs_GiveTheSameRowsAsTheSameEdgesShuffled()
    {
        // Given: every pair i < j of 6 nodes in ascending order (as the polarity networks list them), and shuffled.
        var ascending = new List<WeightedEdge>();
        for (var i = 0; i < 6; i++)
        {
            for (var j = i + 1; j < 6; j++)
            {
                ascending.Add(new(i, j, (i * 6) + j + 0.5));
            }
        }

        var shuffled = ascending.Select(e => e with { A = e.B, B = e.A }).ToArray();
        new Random(3).Shuffle(shuffled);

        // When
        var a = WeightedGraph.FromEdges(6, [.. ascending]);
        var b = WeightedGraph.FromEdges(6, shuffled);

        // Then
        for (var v = 0; v < 6; v++)
        {
            Assert.Equal(b.Neighbours(v), a.Neighbours(v));
            Assert.Equal(Enumerable.Range(0, 6).Where(u => u != v), a.Neighbours(v).Select(x => x.Node));
        }
    }
}

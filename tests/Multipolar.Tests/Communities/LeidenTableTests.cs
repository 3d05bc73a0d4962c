using Multipolar.Communities;

namespace Multipolar.Tests.Communities;

/// <summary>
/// Dense graphs go through community-weight tables (local moving, refinement, aggregation); every other graph, and any
/// graph with <c>WithoutTables</c>, through the row sums. The two must find the same partitions.
/// </summary>
public sealed class LeidenTableTests
{
    [Theory]
    [InlineData(false, 0.0)]
    [InlineData(false, 0.05)]
    [InlineData(true, 0.0)]
    [InlineData(true, 0.05)]
    public void Tables_FindTheRowSumsPartitions_OnRandomDenseGraphs(bool signed, double missing)
    {
        for (var seed = 0; seed < 12; seed++)
        {
            // Given: three planted groups in the Assembly's shape (every pair joined, or all but a few).
            var n = seed % 2 == 0 ? 31 : 86;
            var (_, graph) = TestGraphs.Planted(n, 3, 1 - missing, 1 - missing, signed, seed);
            var tables = new LeidenOptions { Seed = seed, Resolution = 0.9 + (0.02 * seed) };

            // When
            var withTables = Leiden.Run(graph, tables);
            var withRows = Leiden.Run(graph, tables with { WithoutTables = true });

            // Then
            Assert.True(Leiden.UsesTable(graph));
            Assert.Equal(string.Join(",", withRows.Membership), string.Join(",", withTables.Membership));
            Assert.Equal(withRows.Modularity, withTables.Modularity, 12);
        }
    }

    [Fact]
    public void Tables_FromAStartingPartition_FindTheRowSumsPartition()
    {
        // Given: a complete graph with weights near the Assembly's (0.4–1) and a starting partition in halves.
        var random = new Random(7);
        var edges = new List<WeightedEdge>();
        for (var a = 0; a < 60; a++)
        {
            for (var b = a + 1; b < 60; b++)
            {
                edges.Add(new(a, b, 0.4 + (0.6 * random.NextDouble()) + ((a % 4 == b % 4) ? 0.2 : 0)));
            }
        }

        var graph = WeightedGraph.FromEdges(60, [.. edges]);
        int[] halves = [.. Enumerable.Range(0, 60).Select(v => v < 30 ? 0 : 1)];

        // When
        var withTables = Leiden.Run(graph, new LeidenOptions { Seed = 3 }, halves);
        var withRows = Leiden.Run(graph, new LeidenOptions { Seed = 3, WithoutTables = true }, halves);

        // Then
        Assert.Equal(string.Join(",", withRows.Membership), string.Join(",", withTables.Membership));
        Assert.Equal(withRows.Modularity, withTables.Modularity, 12);
        Assert.Equal(Modularity.Of(graph, withTables.Membership.AsSpan()), withTables.Modularity, 12);
    }

    [Fact]
    public void SparseGraphs_DoNotUseTheTables()
    {
        var (_, sparse) = TestGraphs.Planted(80, 4, 0.12, 0.04, false, 1);
        var (_, dense) = TestGraphs.Planted(80, 4, 0.9, 0.5, false, 1);
        Assert.False(Leiden.UsesTable(sparse));
        Assert.True(Leiden.UsesTable(dense));
    }
}

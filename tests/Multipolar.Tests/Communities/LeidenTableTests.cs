using FsCheck.Xunit;
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

    [Property(MaxTest = 120)]
    public void Tables_FindTheRowSumsPartitions_OnRandomDenseGraphsWithAndWithoutTies(int seed)
    {
        // Given: a random dense graph (3–70 nodes, 1–5 planted groups; complete, as most of the Assembly's rows are, or each
        // pair joined with probability 0.55–1), its
        // weights continuous, signed, or all equal to 1 (exact ties between moves everywhere: the row order decides).
        var random = new Random(seed);
        var n = random.Next(3, 71);
        var groups = random.Next(1, 6);
        var join = random.Next(2) == 0 ? 1.0 : 0.55 + (0.45 * random.NextDouble());
        var kind = random.Next(3);
        var edges = new List<WeightedEdge>();
        for (var a = 0; a < n; a++)
        {
            for (var b = a + 1; b < n; b++)
            {
                if (random.NextDouble() < join)
                {
                    var same = a % groups == b % groups;
                    var w = kind switch
                    {
                        0 => (same ? 0.5 : 0.2) + random.NextDouble(),
                        1 => (same ? 0.3 : -0.4) + random.NextDouble(),
                        _ => 1.0,
                    };
                    edges.Add(new(a, b, w));
                }
            }
        }

        var graph = WeightedGraph.FromEdges(n, [.. edges]);
        // θ up to 1: the refinement's draws spread over many candidates, so their order matters.
        var options = new LeidenOptions { Seed = seed, Resolution = 0.5 + random.NextDouble(), Randomness = 0.01 + random.NextDouble() };

        // When
        var withTables = Leiden.Run(graph, options);
        var withRows = Leiden.Run(graph, options with { WithoutTables = true });

        // Then
        Assert.Equal(Leiden.UsesTable(graph), 2 * graph.EdgeCount * 4 >= n * (n - 1) && n >= 2);
        Assert.Equal(string.Join(",", withRows.Membership), string.Join(",", withTables.Membership));
        Assert.Equal(withRows.Modularity, withTables.Modularity, 12);
    }

    [Property(MaxTest = 300)]
    public void RefinementTables_DrawTheRowSumsMerges(int seed)
    {
        // Given: a random dense graph (complete or not, continuous or equal weights), a random partition into 1–6
        // communities, and θ up to 1, so that each merge is drawn among many candidates and their order matters.
        var random = new Random(seed);
        var n = random.Next(2, 61);
        var complete = random.Next(2) == 0;
        var equal = random.Next(3) == 0;
        var edges = new List<WeightedEdge>();
        for (var a = 0; a < n; a++)
        {
            for (var b = a + 1; b < n; b++)
            {
                if (complete || random.NextDouble() < 0.8)
                {
                    edges.Add(new(a, b, equal ? 1.0 : 0.2 + random.NextDouble()));
                }
            }
        }

        var graph = WeightedGraph.FromEdges(n, [.. edges]);
        var groups = random.Next(1, 7);
        int[] membership = [.. Enumerable.Range(0, n).Select(_ => random.Next(groups) * 10)];
        var options = new LeidenOptions { Seed = seed, Resolution = 0.3 + random.NextDouble(), Randomness = 0.01 + random.NextDouble() };

        // When
        var withTables = Leiden.RefineOnce(graph, membership, options);
        var withRows = Leiden.RefineOnce(graph, membership, options with { WithoutTables = true });

        // Then: the same refined label for every node.
        Assert.True(string.Join(",", withRows) == string.Join(",", withTables), $"seed {seed}: rows {string.Join(",", withRows)}, tables {string.Join(",", withTables)}");
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

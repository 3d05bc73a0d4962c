using Multipolar.Communities;

namespace Multipolar.Tests.Communities;

/// <summary>Leiden and modularity on graphs with known optimum partitions.</summary>
public sealed class LeidenTests
{
    [Fact]
    public void TwoCliquesJoinedByOneEdge_SplitsIntoTheCliques_WithHandComputedModularity()
    {
        // Given: two K5 joined by the edge 0–5. m = 21; each clique: 10 edges inside, strength 21.
        var edges = new List<WeightedEdge> { new(0, 5, 1) };
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

        var graph = WeightedGraph.FromEdges(10, [.. edges]);

        // When
        var p = Leiden.Run(graph);

        // Then: Q = 2 (10/21 − (21/42)²)
        Assert.Equal("0,0,0,0,0,1,1,1,1,1", string.Join(",", p.Membership));
        Assert.Equal(2 * ((10.0 / 21) - 0.25), p.Modularity, 12);
    }

    [Fact]
    public void RingOfTenFiveCliques_FindsEveryClique()
    {
        // Given
        var graph = TestGraphs.RingOfCliques(10, 5);

        // When
        var p = Leiden.Run(graph, new LeidenOptions { Seed = 3 });

        // Then
        Assert.Equal(10, p.CommunityCount);
        for (var c = 0; c < 10; c++)
        {
            Assert.Single(p.Membership.Skip(c * 5).Take(5).Distinct());
        }

        Assert.Equal(TestGraphs.RingOfCliquesModularity(10, 5), p.Modularity, 12);
    }

    [Fact]
    public void RingOfThirtyFiveCliques_ShowsTheResolutionLimit_AndHigherGammaResolvesIt()
    {
        // Given: with r > k(k−1) + 2 = 22 cliques, joining neighbouring pairs beats the cliques at γ = 1
        // (Fortunato and Barthélemy 2007).
        var graph = TestGraphs.RingOfCliques(30, 5);
        var cliques = Enumerable.Range(0, 150).Select(v => v / 5).ToArray();

        // When
        var atOne = Leiden.Run(graph);
        var atThree = Leiden.Run(graph, new LeidenOptions { Resolution = 3 });

        // Then
        Assert.True(atOne.Modularity > Modularity.Of(graph, cliques) + 1e-3, $"{atOne.Modularity} vs cliques {Modularity.Of(graph, cliques)}");
        Assert.True(atOne.CommunityCount < 30);
        Assert.Equal(30, atThree.CommunityCount);
        Assert.Equal(TestGraphs.RingOfCliquesModularity(30, 5, 3), atThree.Modularity, 12);
    }

    [Fact]
    public void KarateClub_ReachesTheKnownMaximumModularity()
    {
        // Given: the maximum is 0.4197896 with four communities (Brandes et al. 2008, by integer programming).
        var graph = TestGraphs.Karate();

        // When
        var best = Enumerable.Range(0, 10).Select(s => Leiden.Run(graph, new LeidenOptions { Seed = s })).MaxBy(p => p.Modularity)!;

        // Then
        Assert.Equal(0.4197896, best.Modularity, 6);
        Assert.Equal(4, best.CommunityCount);
        Assert.Equal(0.4197896120973044, Modularity.Of(graph, best.Membership.AsSpan()), 12);
    }

    [Fact]
    public void Modularity_KarateFactionSplit_EqualsPublishedValue()
    {
        // Given: the club's two factions (Mr Hi's vs the officers', node 8 with the officers); python-igraph's
        // Graph.modularity gives 0.37146614069691 for this split.
        var graph = TestGraphs.Karate();
        int[] officers = [8, 9, 14, 15, 18, 20, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33];
        var split = Enumerable.Range(0, 34).Select(v => officers.Contains(v) ? 1 : 0).ToArray();

        // When
        var q = Modularity.Of(graph, split);

        // Then
        Assert.Equal(0.37146614069691, q, 12);
    }

    [Theory]
    [InlineData(false, 1.0, 1)]
    [InlineData(false, 1.5, 2)]
    [InlineData(true, 1.0, 3)]
    [InlineData(true, 0.5, 4)]
    public void Modularity_EqualsTheSlowDefinition(bool signed, double gamma, int seed)
    {
        // Given
        var (dense, graph) = TestGraphs.Planted(40, 3, 0.6, 0.3, signed, seed);
        var random = new Random(seed);
        var membership = Enumerable.Range(0, 40).Select(_ => random.Next(5)).ToArray();

        // When
        var q = Modularity.Of(graph, membership, gamma);

        // Then
        Assert.Equal(TestGraphs.SlowModularity(dense, membership, gamma), q, 12);
    }

    [Fact]
    public void Modularity_SignedHandComputed()
    {
        // Given: a triangle 0–1 (+2), 1–2 (−1), 0–2 (+1). k⁺ = (3, 2, 1), 2w⁺ = 6; k⁻ = (0, 1, 1), 2w⁻ = 2.
        var graph = WeightedGraph.FromEdges(3, [new(0, 1, 2), new(1, 2, -1), new(0, 2, 1)]);

        // When: {0, 1}, {2}
        var q = Modularity.Of(graph, [0, 0, 1]);

        // Then: the ordered pairs in one community, A_ij − k⁺_i k⁺_j/6 + k⁻_i k⁻_j/2, over 2w⁺ + 2w⁻ = 8:
        // (0,0): −9/6; (1,1): −4/6 + 1/2; (0,1) and (1,0): 2 − 6/6 each; (2,2): −1/6 + 1/2.
        var sum = (-9.0 / 6) + (-4.0 / 6 + 0.5) + (2 * (2 - 1.0)) + (-1.0 / 6 + 0.5);
        Assert.Equal(sum / 8, q, 12);
    }

    [Theory]
    [InlineData(false, 11)]
    [InlineData(true, 12)]
    public void PlantedGroups_AreRecovered_AndTheReportedModularityIsTheGraphs(bool signed, int seed)
    {
        // Given: three groups of 20, dense inside, sparse (and repelling when signed) across.
        var (_, graph) = TestGraphs.Planted(60, 3, 0.7, 0.1, signed, seed);

        // When
        var p = Leiden.Run(graph, new LeidenOptions { Seed = seed });

        // Then
        Assert.Equal(3, p.CommunityCount);
        for (var v = 0; v < 60; v++)
        {
            Assert.Equal(p.Membership[v % 3], p.Membership[v]);
        }

        Assert.Equal(Modularity.Of(graph, p.Membership.AsSpan()), p.Modularity, 12);
    }

    [Fact]
    public void Communities_AreConnected_OnRandomSparseGraphs()
    {
        // Leiden's guarantee (Traag et al. 2019, Theorem 1 and after): every community is connected.
        for (var seed = 0; seed < 20; seed++)
        {
            var (dense, graph) = TestGraphs.Planted(80, 4, 0.12, 0.04, false, seed);
            var p = Leiden.Run(graph, new LeidenOptions { Seed = seed });
            for (var c = 0; c < p.CommunityCount; c++)
            {
                var nodes = Enumerable.Range(0, 80).Where(v => p.Membership[v] == c).ToHashSet();
                var reached = new HashSet<int> { nodes.First() };
                var stack = new Stack<int>(reached);
                while (stack.TryPop(out var v))
                {
                    foreach (var u in nodes.Where(u => dense[v, u] != 0 && reached.Add(u)))
                    {
                        stack.Push(u);
                    }
                }

                Assert.Equal(nodes.Count, reached.Count);
            }
        }
    }

    [Fact]
    public void SameSeed_SamePartition_DifferentInitialPartition_StillOptimal()
    {
        // Given
        var graph = TestGraphs.Karate();

        // When
        var a = Leiden.Run(graph, new LeidenOptions { Seed = 5 });
        var b = Leiden.Run(graph, new LeidenOptions { Seed = 5 });
        var fromHalf = Leiden.Run(graph, new LeidenOptions { Seed = 5 }, [.. Enumerable.Range(0, 34).Select(v => v < 17 ? 0 : 1)]);

        // Then
        Assert.Equal(string.Join(",", a.Membership), string.Join(",", b.Membership));
        Assert.True(fromHalf.Modularity >= 0.41, $"{fromHalf.Modularity}");
    }

    [Fact]
    public void BadInput_ThrowsNamingTheValue()
    {
        Assert.Contains("itself", Assert.Throws<ArgumentException>(() => WeightedGraph.FromEdges(3, [new(1, 1, 1)])).Message, StringComparison.Ordinal);
        Assert.Contains("nodes run 0 to 2", Assert.Throws<ArgumentException>(() => WeightedGraph.FromEdges(3, [new(0, 3, 1)])).Message, StringComparison.Ordinal);
        Assert.Contains("finite", Assert.Throws<ArgumentException>(() => WeightedGraph.FromEdges(3, [new(0, 1, double.NaN)])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => Leiden.Run(TestGraphs.Karate(), new LeidenOptions { Resolution = 0 }));
        Assert.Contains("34 nodes", Assert.Throws<ArgumentException>(() => Modularity.Of(TestGraphs.Karate(), [0, 1])).Message, StringComparison.Ordinal);
    }
}

using Multipolar.Alignment;
using Multipolar.Communities;
using Multipolar.Countries;
using Multipolar.Poles;
using Multipolar.Data.Store;
using Multipolar.Polarity;
using Multipolar.Tests.Store;

namespace Multipolar.Tests.Polarity;

/// <summary>The polarity engine on the shared unvotes record.</summary>
[Collection("Real data")]
public sealed class PolarityRealDataTests(SharedStoreFixture fixture)
{
    private static readonly CountryReference C = CountryReference.Default;
    private static readonly PoleSet Poles = PoleSet.Parse("USA,RUS,CHN");

    private Multipolar.Votes.VoteMatrix Votes(int from, int to)
    {
        using var store = fixture.Open();
        return store.LoadMatrix(new MatrixQuery { FromYear = from, ToYear = to, WithText = false });
    }

    [Fact]
    public void Network_2019_IsTheAgreementMatrixCentredOnItsMean()
    {
        // Given
        var votes = Votes(2019, 2019);
        var pairs = AlignmentEngine.PairMatrix(votes, 2019, Measure.Agreement);

        // When
        var network = Assert.Single(PolarityNetwork.Build(votes, PolarityOptions.Default));
        var raw = Assert.Single(PolarityNetwork.Build(votes, PolarityOptions.Default with { Signed = false }));

        // Then: every state has 10+ votes, every pair 10+ joint votes, and w = agree − mean.
        Assert.InRange(network.States.Length, 185, 193);
        var withTenJoint = 0;
        for (var i = 0; i < network.States.Length; i++)
        {
            for (var j = i + 1; j < network.States.Length; j++)
            {
                withTenJoint += pairs[network.States[i], network.States[j]].N >= 10 ? 1 : 0;
            }
        }

        Assert.Equal(withTenJoint, network.Graph.EdgeCount);
        int usa = network.States.IndexOf(C["USA"]), chn = network.States.IndexOf(C["CHN"]);
        var expected = pairs[C["USA"], C["CHN"]].Value;
        Assert.Equal(expected - network.MeanWeight, network.Graph.Neighbours(usa).Single(e => e.Node == chn).Weight, 12);
        Assert.Equal(expected, raw.Graph.Neighbours(usa).Single(e => e.Node == chn).Weight, 12);
        var mean = raw.Graph.TwicePositiveWeight / 2 / raw.Graph.EdgeCount;
        Assert.Equal(mean, network.MeanWeight, 9);
    }

    [Fact]
    public void ColdWarAndAfter_PolesSitWhereTheRecordPutsThem()
    {
        // Given
        var votes = Votes(1962, 2005);

        // When
        var result = PolarityEngine.Compute(votes, PolarityOptions.Default with { Seeds = 4 }, Poles, 1962, 2005);
        var byYear = result.Years.ToDictionary(y => y.Period);

        // Then: the two Cold War camps, the Soviet bloc with the Third World and China in the 1980s, the West apart.
        Assert.NotEqual(Community(byYear[1962], "USA"), Community(byYear[1962], "RUS"));
        Assert.Equal("with CHN and RUS", Community(byYear[1985], "RUS").Label);
        Assert.Equal("with USA", Community(byYear[1985], "USA").Label);
        Assert.Equal("with CHN and RUS", Community(byYear[2005], "CHN").Label);
        Assert.Contains(C["IND"], Community(byYear[2005], "CHN").Members);
        Assert.Contains(C["GBR"], Community(byYear[2005], "USA").Members);
    }

    [Fact]
    public void EveryYear_ReportsTheModularityAndEffectiveNumberOfItsPartition()
    {
        // Given
        var votes = Votes(1980, 1984);

        // When
        var result = PolarityEngine.Compute(votes, PolarityOptions.Default with { Seeds = 3 }, Poles);

        // Then
        Assert.Equal([1980, 1981, 1982, 1983, 1984], result.Years.Select(y => y.Period));
        foreach (var y in result.Years)
        {
            Assert.Equal(Modularity.Of(y.Network.Graph, y.Partition.Membership.AsSpan(), 1), y.Modularity, 12);
            Assert.True(y.Modularity >= y.ModularityMin);
            Assert.Equal(y.Network.States.Length, y.Communities.Sum(c => c.Size));
            var shares = y.Communities.Select(c => (double)c.Size / y.Network.States.Length);
            Assert.Equal(1 / shares.Sum(s => s * s), y.EffectivePoles, 12);
            Assert.InRange(y.Stability, 0, 1);
            Assert.Equal(9, y.Runs);
        }
    }

    [Fact]
    public void Compute_IsDeterministic()
    {
        var votes = Votes(1990, 1991);
        var options = PolarityOptions.Default with { Seeds = 2, NeighbourStep = 0 };
        var a = PolarityEngine.Compute(votes, options, Poles);
        var b = PolarityEngine.Compute(votes, options, Poles);
        Assert.Equal(a.Years.Select(y => string.Join(",", y.Partition.Membership)), b.Years.Select(y => string.Join(",", y.Partition.Membership)));
    }

    [Fact]
    public void Robustness_ComparesEachVariantWithTheDefault()
    {
        // Given
        var votes = Votes(1985, 1985);

        // When
        var rows = PolarityEngine.Robustness(votes, PolarityOptions.Default with { Seeds = 2, NeighbourStep = 0 }, Poles,
            [new PolarityVariant(true, 1), new PolarityVariant(false, 1), new PolarityVariant(false, 1.1)]);

        // Then: the default against itself is identical; raw weights at γ = 1.1 shatter the Assembly.
        Assert.Equal(3, rows.Length);
        Assert.Equal(1, rows.Single(r => r.Variant == new PolarityVariant(true, 1)).AdjustedRand, 12);
        Assert.True(rows.Single(r => r.Variant == new PolarityVariant(false, 1.1)).Year.CommunityCount > 20);
    }

    [Fact]
    public void Spectral_RealNetworks_EqualsTheFullEigenDecomposition()
    {
        // Given the signed and the raw networks of three years (Cold War, 1990s, today)
        foreach (var year in new[] { 1965, 1995, 2019 })
        {
            foreach (var signed in new[] { true, false })
            {
                var graph = Assert.Single(PolarityNetwork.Build(Votes(year, year), PolarityOptions.Default with { Signed = signed })).Graph;

                // When / Then: the values-only solver gives the participation ratio of Math.NET's full EVD of B
                Assert.Equal(ReferenceSpectral(graph, 1), EffectiveNumber.Spectral(graph, 1), 9);
            }
        }
    }

    /// <summary>The spectral effective number from Math.NET's eigen-decomposition of the dense modularity matrix, built entry by entry.</summary>
    private static double ReferenceSpectral(WeightedGraph graph, double gamma)
    {
        var n = graph.NodeCount;
        double wPos = graph.TwicePositiveWeight, wNeg = graph.TwiceNegativeWeight;
        var b = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(n, n, (i, j) =>
            -(wPos > 0 ? gamma * graph.PositiveStrength[i] * graph.PositiveStrength[j] / wPos : 0)
            + (wNeg > 0 ? gamma * graph.NegativeStrength[i] * graph.NegativeStrength[j] / wNeg : 0));
        for (var i = 0; i < n; i++)
        {
            foreach (var e in graph.Neighbours(i))
            {
                b[i, e.Node] += e.Weight;
            }
        }

        var positive = b.Evd(MathNet.Numerics.LinearAlgebra.Symmetricity.Symmetric).EigenValues.Select(l => l.Real).Where(l => l > 1e-9).ToArray();
        return 1 + (positive.Sum() * positive.Sum() / positive.Sum(l => l * l));
    }

    private static Community Community(PolarityYear year, string iso3) => year.Communities.Single(c => c.Members.Contains(C[iso3]));
}

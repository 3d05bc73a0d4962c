using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Multipolar.Communities;
using Multipolar.Countries;
using Multipolar.Poles;
using Multipolar.Votes;

namespace Multipolar.Polarity;

/// <summary>
/// The polarity of the Assembly per year: communities of the states' alignment network by modularity
/// maximisation with <see cref="Leiden"/>, labelled by the poles they contain, with modularity, effective
/// numbers of poles and stability (docs/polarity.md). The one API the CLI, web and briefs call.
/// </summary>
/// <remarks>
/// Per period: the network (<see cref="PolarityNetwork"/>); Leiden with seeds 0 … Seeds − 1 at γ, the
/// partition of highest modularity reported; the same seeds at γ(1 − step) and γ(1 + step) for stability.
/// Periods are built and computed in parallel (<see cref="PolarityNetwork.BuildEach"/>); the result does not depend on
/// the thread count. Pure and thread-safe.
/// </remarks>
public static partial class PolarityEngine
{
    /// <summary>The polarity series of the periods of <paramref name="matrix"/> within [from, to].</summary>
    /// <param name="matrix">The votes.</param>
    /// <param name="options">The network definition and search settings.</param>
    /// <param name="poles">The poles that label communities (<see cref="PoleSet"/>, e.g. USA, CHN, RUS).</param>
    /// <param name="from">First period, or null.</param>
    /// <param name="to">Last period, or null.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static PolarityResult Compute(VoteMatrix matrix, PolarityOptions options, PoleSet poles, int? from = null, int? to = null)
    {
        ArgumentNullException.ThrowIfNull(poles);
        var years = PolarityNetwork.BuildEach(matrix, options, from, to, network => Year(network, options, poles));
        return new PolarityResult(options, poles, [.. years]);
    }

    /// <summary>The polarity of one network.</summary>
    public static PolarityYear Year(PolarityNetwork network, PolarityOptions options, PoleSet poles)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(poles);
        options.Validate();
        var gamma = options.Resolution;
        var atGamma = Runs(network.Graph, gamma, options.Seeds);
        var best = atGamma.OrderByDescending(p => p.Modularity).ThenBy(p => p.Seed).First();
        var runs = new List<Partition>(atGamma);
        if (options.NeighbourStep > 0)
        {
            runs.AddRange(Runs(network.Graph, gamma * (1 - options.NeighbourStep), options.Seeds));
            runs.AddRange(Runs(network.Graph, gamma * (1 + options.NeighbourStep), options.Seeds));
        }

        var together = CoMembership.Together(best.Membership.AsSpan(), runs);
        var communities = Communities(network, best, together, [.. poles.Poles.Select(p => p.State)]);
        return new PolarityYear(
            network.Period,
            network,
            best,
            communities,
            EffectiveNumber.LaaksoTaagepera(best.Sizes()),
            EffectiveNumber.Spectral(network.Graph, gamma),
            CoMembership.Stability(best.Membership.AsSpan(), together),
            atGamma.Min(p => p.Modularity),
            runs.Count);
    }

    private static List<Partition> Runs(WeightedGraph graph, double gamma, int seeds)
    {
        var list = new List<Partition>(seeds);
        for (var s = 0; s < seeds; s++)
        {
            list.Add(Leiden.Run(graph, new LeidenOptions { Resolution = gamma, Seed = s }));
        }

        return list;
    }

    /// <summary>The communities of <paramref name="best"/>: members, poles, label and each member's stability.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static ImmutableArray<Community> Communities(PolarityNetwork network, Partition best, double[,] together, IReadOnlyList<Country> poles)
    {
        var m = best.Membership;
        // The nodes of each community in node order, one pass.
        var nodesOf = new int[best.CommunityCount][];
        var filled = new int[nodesOf.Length];
        foreach (var (c, size) in best.Sizes().Index())
        {
            nodesOf[c] = new int[size];
        }

        for (var v = 0; v < m.Length; v++)
        {
            nodesOf[m[v]][filled[m[v]]++] = v;
        }

        var builder = ImmutableArray.CreateBuilder<Community>(nodesOf.Length);
        for (var c = 0; c < nodesOf.Length; c++)
        {
            var nodes = nodesOf[c];
            var members = nodes.Select(v => network.States[v]).ToImmutableArray();
            var inside = poles.Where(members.Contains).ToImmutableArray();
            var stability = ImmutableArray.CreateBuilder<double>(nodes.Length);
            foreach (var v in nodes)
            {
                stability.Add(nodes.Length == 1 ? 1.0 : MeanTogether(together, v, nodes));
            }

            builder.Add(new Community(c, members, inside, PoleLabel.For(inside), stability.MoveToImmutable()));
        }

        return builder.MoveToImmutable();
    }

    /// <summary>The mean of together[v, u] over the other nodes u of the community, summed in node order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double MeanTogether(double[,] together, int v, int[] nodes)
    {
        double sum = 0;
        foreach (var u in nodes)
        {
            if (u != v)
            {
                sum += together[v, u];
            }
        }

        return sum / (nodes.Length - 1);
    }
}

using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace Multipolar.Communities;

/// <summary>
/// A partition of a graph's nodes into communities with its modularity: communities numbered 0, 1, … by
/// size, largest first (ties: the community holding the lower node first).
/// </summary>
/// <param name="Membership">The community of each node.</param>
/// <param name="Modularity">The <see cref="Communities.Modularity"/> of the partition at <paramref name="Resolution"/>.</param>
/// <param name="Resolution">The resolution γ it was found and scored at.</param>
/// <param name="Seed">The seed of the run that found it.</param>
public sealed record Partition(ImmutableArray<int> Membership, double Modularity, double Resolution, int Seed)
{
    /// <summary>The number of communities.</summary>
    public int CommunityCount { get; } = Membership.IsDefaultOrEmpty ? 0 : Membership.Max() + 1;

    /// <summary>The number of nodes in each community, by community number.</summary>
    public ImmutableArray<int> Sizes()
    {
        var sizes = new int[CommunityCount];
        foreach (var c in Membership)
        {
            sizes[c]++;
        }

        return [.. sizes];
    }

    /// <summary>Labels renumbered by size (largest first, ties by lowest node).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int[] Canonical(ReadOnlySpan<int> membership)
    {
        var labels = 0;
        foreach (var c in membership)
        {
            labels = Math.Max(labels, c + 1);
        }

        var size = new int[labels];
        var first = new int[labels];
        Array.Fill(first, int.MaxValue);
        for (var v = 0; v < membership.Length; v++)
        {
            size[membership[v]]++;
            first[membership[v]] = Math.Min(first[membership[v]], v);
        }

        var used = Enumerable.Range(0, labels).Where(c => size[c] > 0)
            .OrderByDescending(c => size[c]).ThenBy(c => first[c]).ToArray();
        var map = new int[labels];
        for (var i = 0; i < used.Length; i++)
        {
            map[used[i]] = i;
        }

        var result = new int[membership.Length];
        for (var v = 0; v < membership.Length; v++)
        {
            result[v] = map[membership[v]];
        }

        return result;
    }
}

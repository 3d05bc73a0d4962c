using System.Collections.Immutable;
using Multipolar.Communities;
using Multipolar.Countries;
using Multipolar.Poles;

namespace Multipolar.Polarity;

/// <summary>A community of a year's partition, with its members and the poles among them.</summary>
/// <param name="Number">The community's number in the year (0 = largest).</param>
/// <param name="Members">Its states, in vote-matrix (ISO3) order.</param>
/// <param name="Poles">The poles among the members, by ISO3.</param>
/// <param name="Label">"with USA", "with CHN and RUS", "no pole" (<see cref="PoleLabel"/>).</param>
/// <param name="MemberStability">For each member: how often, over the stability runs, it is in one community with the community's other members (mean over them; 1 for a community of one).</param>
public sealed record Community(int Number, ImmutableArray<Country> Members, ImmutableArray<Country> Poles, string Label, ImmutableArray<double> MemberStability)
{
    /// <summary>The number of members.</summary>
    public int Size => Members.Length;
}

/// <summary>The polarity of one year: the best partition of its network and what it says.</summary>
/// <param name="Period">The year (or session).</param>
/// <param name="Network">The network it was found in.</param>
/// <param name="Partition">The partition of highest modularity over the seeds at γ (ties: lowest seed).</param>
/// <param name="Communities">The communities, largest first.</param>
/// <param name="EffectivePoles">Laakso–Taagepera's effective number over community sizes, 1 / Σ sᵢ² (sᵢ = size share).</param>
/// <param name="SpectralPoles">1 + the participation ratio (Σλ)² / Σλ² of the modularity matrix's positive eigenvalues (<see cref="EffectiveNumber.Spectral"/>).</param>
/// <param name="Stability">Over pairs of states in one community of the partition: the mean share of the stability runs (seeds × γ and its neighbours) that also put them together.</param>
/// <param name="ModularityMin">The lowest modularity reached over the seeds at γ.</param>
/// <param name="Runs">The number of Leiden runs behind <see cref="Stability"/>.</param>
public sealed record PolarityYear(
    int Period,
    PolarityNetwork Network,
    Partition Partition,
    ImmutableArray<Community> Communities,
    double EffectivePoles,
    double SpectralPoles,
    double Stability,
    double ModularityMin,
    int Runs)
{
    /// <summary>The partition's modularity.</summary>
    public double Modularity => Partition.Modularity;

    /// <summary>The number of communities.</summary>
    public int CommunityCount => Communities.Length;
}

/// <summary>The polarity series: one <see cref="PolarityYear"/> per period with a network.</summary>
/// <param name="Options">The network definition and search settings.</param>
/// <param name="Poles">The poles communities were labelled with.</param>
/// <param name="Years">The periods, ascending.</param>
public sealed record PolarityResult(PolarityOptions Options, PoleSet Poles, ImmutableArray<PolarityYear> Years);

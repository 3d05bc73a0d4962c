using Multipolar.Polarity;
using Multipolar.Poles;
using Multipolar.Votes;

namespace Multipolar.Cases;

/// <summary>
/// The voting-polarity series the case <c>how-many-poles</c> and <c>multipolar power</c> print beside material
/// polarity: per year, the effective number of poles (Laakso and Taagepera 1979, 1/Σ sᵢ² over the sizes of the
/// Leiden communities of the states' signed agreement network; <see cref="PolarityEngine"/>, docs/polarity.md).
/// </summary>
/// <remarks>
/// The options are <see cref="PolarityOptions.Default"/> except that no runs at the neighbouring resolutions are
/// made (<see cref="PolarityOptions.NeighbourStep"/> 0): the partition, its modularity and the effective numbers
/// are those of <c>multipolar polarity</c> (the best of the same seeds at γ), computed in a third of the time;
/// only the stability is over the seeds alone. Compute it once per matrix and reuse the result
/// (<see cref="CaseInputs"/> holds it for the cases).
/// </remarks>
public static class VotingPolarity
{
    /// <summary>The options of the series.</summary>
    public static PolarityOptions Options { get; } = PolarityOptions.Default with { NeighbourStep = 0 };

    /// <summary>Citations of the method.</summary>
    public static IReadOnlyList<string> Citations { get; } =
    [
        "Leiden: Traag, Waltman and van Eck (2019), From Louvain to Leiden, Sci. Rep. 9: 5233; signed modularity: Traag and Bruggeman (2009), Phys. Rev. E 80: 036115",
        "Effective number: Laakso and Taagepera (1979), \"Effective\" Number of Parties, Comparative Political Studies 12(1): 3–27",
    ];

    /// <summary>The series of the matrix's years from <paramref name="from"/> to <paramref name="to"/>, communities labelled by USA, RUS and CHN.</summary>
    public static PolarityResult Compute(VoteMatrix votes, int? from = null, int? to = null)
    {
        return PolarityEngine.Compute(votes, Options, PoleSet.Parse("USA,RUS,CHN"), from, to);
    }
}

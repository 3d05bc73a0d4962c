using System.Collections.Immutable;

namespace Multipolar.Alignment;

/// <summary>
/// What <see cref="AlignmentEngine.Compute"/> computes: a set of measures for a set of dyads (or all pairs)
/// over a set of slices and every period, under one <see cref="AlignmentOptions"/>.
/// </summary>
/// <remarks>
/// Defaults: every measure, all pairs of states of the matrix, the slice <see cref="Slice.All"/>,
/// <see cref="AlignmentOptions.Default"/>, every period of the matrix. <c>default</c> arrays mean the same
/// as empty ones for <see cref="Measures"/> (every measure) and <see cref="Dyads"/> (all pairs).
/// </remarks>
public sealed record AlignmentQuery
{
    /// <summary>The measures to compute; empty means every measure.</summary>
    public ImmutableArray<Measure> Measures { get; init; } = MeasureRegistry.Measures;

    /// <summary>The dyads to compute; empty means every unordered pair of distinct states of the matrix.</summary>
    public ImmutableArray<Dyad> Dyads { get; init; } = [];

    /// <summary>The slices of roll calls; must not be empty.</summary>
    public ImmutableArray<Slice> Slices { get; init; } = [Slice.All];

    /// <summary>The measurement choices, recorded in the result.</summary>
    public AlignmentOptions Options { get; init; }

    /// <summary>The first period (year or session) to report, or null for the first of the matrix.</summary>
    public int? From { get; init; }

    /// <summary>The last period (year or session) to report, or null for the last of the matrix.</summary>
    public int? To { get; init; }

    /// <summary>A query for one dyad.</summary>
    public static AlignmentQuery ForDyad(Dyad dyad) => new() { Dyads = [dyad] };
}

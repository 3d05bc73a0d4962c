using System.Collections.Immutable;
using Multipolar.Alignment;
using Multipolar.Countries;

namespace Multipolar.Poles;

/// <summary>What <see cref="PoleProfiles.Compute"/> computes: every state's alignment with each pole, per slice and period.</summary>
/// <remarks>Defaults: the default poles (USA, CHN, RUS), Voeten's agreement, the standard slices (all, the six issue
/// areas, important), <see cref="AlignmentOptions.Default"/>, every period and every state of the matrix.</remarks>
public sealed record ProfileQuery
{
    /// <summary>The poles.</summary>
    public PoleSet Poles { get; init; } = PoleSet.Default;

    /// <summary>Any engine measure (<see cref="MeasureRegistry"/>); default agreement.</summary>
    public Measure Measure { get; init; } = Measure.Agreement;

    /// <summary>The slices; default <see cref="Slice.Standard"/>.</summary>
    public ImmutableArray<Slice> Slices { get; init; } = [.. Slice.Standard];

    /// <summary>The engine's measurement choices.</summary>
    public AlignmentOptions Options { get; init; }

    /// <summary>The first period, or null for the matrix's first.</summary>
    public int? From { get; init; }

    /// <summary>The last period, or null for the matrix's last.</summary>
    public int? To { get; init; }

    /// <summary>The states to profile; empty means every state of the matrix.</summary>
    public ImmutableArray<Country> States { get; init; } = [];
}

using System.Collections.Immutable;
using Multipolar.Alignment;
using Multipolar.Votes;

namespace Multipolar.Poles;

/// <summary>The choices of the multi-alignment index and its classification (docs/analytics.md, "Multi-alignment").</summary>
/// <remarks><c>default</c> holds the documented defaults: the six standard issue areas, at least 10 joint votes with
/// every pole per area, multi-aligned from an index of 0.22 (calibrated, <see cref="MultiAlignmentNull"/>), hedging below a net alignment of 0.10 in absolute value.</remarks>
public readonly record struct MultiAlignmentOptions
{
    private readonly int? minVotes;
    private readonly double? multiAligned;
    private readonly double? hedging;
    private readonly ImmutableArray<Slice> areas;

    /// <summary>The documented defaults.</summary>
    public static MultiAlignmentOptions Default => default;

    /// <summary>The issue areas compared; default the six standard areas (me, nu, di, hr, co, ec).</summary>
    public ImmutableArray<Slice> Areas
    {
        get => areas.IsDefaultOrEmpty ? [.. IssueArea.Standard.Select(Slice.Of)] : areas;
        init => areas = value;
    }

    /// <summary>An area counts only when the state has at least this many joint votes with every pole in it. Default 10.</summary>
    public int MinVotes { get => minVotes ?? 10; init => minVotes = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MinVotes), value, "MinVotes must be at least 1."); }

    /// <summary>
    /// Index from which a state is multi-aligned. Default 0.22: the 99th percentile (0.224) of the index of a state with one
    /// alignment on every issue under sampling noise, pooled over every state and year 1946–2025 (<see cref="MultiAlignmentNull"/>).
    /// </summary>
    public double MultiAlignedThreshold { get => multiAligned ?? 0.22; init => multiAligned = value; }

    /// <summary>|net alignment| over all roll calls below which a state that is not multi-aligned is hedging. Default 0.10.</summary>
    public double HedgingThreshold { get => hedging ?? 0.10; init => hedging = value; }
}

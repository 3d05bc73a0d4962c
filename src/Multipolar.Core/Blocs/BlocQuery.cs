using Multipolar.Alignment;

namespace Multipolar.Blocs;

/// <summary>Which roll calls a bloc analysis uses: one slice, the engine's period kind, roll-call set, window and
/// abstention scoring (<see cref="AlignmentOptions"/>), and a range of periods.</summary>
/// <remarks>Only <see cref="AlignmentOptions.Period"/>, <see cref="AlignmentOptions.FinalPassageOnly"/>,
/// <see cref="AlignmentOptions.Window"/> and <see cref="AlignmentOptions.Abstention"/> (for the pairwise agreement)
/// matter here; the agreement index and the centre always use the yes/abstain/no counts.</remarks>
public sealed record BlocQuery
{
    /// <summary>The slice of roll calls; default all.</summary>
    public Slice Slice { get; init; }

    /// <summary>The engine's measurement choices.</summary>
    public AlignmentOptions Options { get; init; }

    /// <summary>The first period, or null for the matrix's first.</summary>
    public int? From { get; init; }

    /// <summary>The last period, or null for the matrix's last.</summary>
    public int? To { get; init; }
}

using Multipolar.Alignment;

namespace Multipolar.Polarity;

/// <summary>
/// The network definition and search settings of a polarity computation (docs/polarity.md), recorded in
/// every result; change them with <c>with</c>.
/// </summary>
/// <remarks>
/// <para><c>default</c> is <see cref="Default"/>: agreement, signed (weights centred on the year's mean
/// pairwise agreement), γ = 1, states with at least 10 votes in the year, edges for pairs with at least
/// 10 joint votes, 10 seeds, neighbouring resolutions γ × (1 ± 0.1).</para>
/// <para>Why signed by default: every pair of states agrees on most Assembly votes (mean agreement 0.75–0.85
/// in every year), so raw weights are nearly uniform; at γ = 1 their modularity is a few hundredths
/// and the partition falls apart into singletons a few per cent above γ = 1. Centring removes the
/// Assembly-wide consensus: pairs agreeing more than usual attract, less than usual repel (Traag and
/// Bruggeman 2009), modularity rises to 0.2–0.35 and the partition is stable across seeds and
/// neighbouring γ (docs/polarity.md, Robustness).</para>
/// </remarks>
public readonly record struct PolarityOptions
{
    private readonly Measure? measure;
    private readonly bool? signed;
    private readonly double? resolution;
    private readonly int? minVotes;
    private readonly int? minJointVotes;
    private readonly int? seeds;
    private readonly double? neighbourStep;

    /// <summary>The documented defaults (equal to <c>default</c>).</summary>
    public static PolarityOptions Default => default;

    /// <summary>The alignment measure that weights the edges. Default <see cref="Alignment.Measure.Agreement"/>.</summary>
    public Measure Measure { get => measure ?? Measure.Agreement; init => measure = value; }

    /// <summary>The roll calls the measure is computed over. Default all.</summary>
    public Slice Slice { get; init; }

    /// <summary>How the measure is computed (abstentions, distance, votes, periods). Default <see cref="AlignmentOptions.Default"/>.</summary>
    public AlignmentOptions Alignment { get; init; }

    /// <summary>When true (default), each edge weighs the measure minus the year's mean over all edges (signed modularity).</summary>
    public bool Signed { get => signed ?? true; init => signed = value; }

    /// <summary>The resolution γ. Default 1; positive.</summary>
    public double Resolution { get => resolution ?? 1.0; init => resolution = value; }

    /// <summary>States with fewer cast votes (yes, abstain, no) in the period are left out. Default 10; at least 1.</summary>
    public int MinVotes { get => minVotes ?? 10; init => minVotes = value; }

    /// <summary>Pairs with fewer joint votes get no edge. Default 10; at least 1.</summary>
    public int MinJointVotes { get => minJointVotes ?? 10; init => minJointVotes = value; }

    /// <summary>Leiden runs (seeds 0 … Seeds − 1) at γ; the best is reported. Also the runs at each neighbouring γ. Default 10; at least 1.</summary>
    public int Seeds { get => seeds ?? 10; init => seeds = value; }

    /// <summary>The stability runs use γ × (1 − step) and γ × (1 + step) besides γ. Default 0.1; 0 to 0.9 (0: seeds only).</summary>
    public double NeighbourStep { get => neighbourStep ?? 0.1; init => neighbourStep = value; }

    /// <summary>Throws for a value out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range (the message names it).</exception>
    internal void Validate()
    {
        if (!Enum.IsDefined(Measure))
        {
            throw new ArgumentOutOfRangeException(nameof(Measure), Measure, "Not a measure.");
        }

        if (!(Resolution > 0) || !double.IsFinite(Resolution))
        {
            throw new ArgumentOutOfRangeException(nameof(Resolution), Resolution, "The resolution γ must be positive.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(MinVotes, 1, nameof(MinVotes));
        ArgumentOutOfRangeException.ThrowIfLessThan(MinJointVotes, 1, nameof(MinJointVotes));
        ArgumentOutOfRangeException.ThrowIfLessThan(Seeds, 1, nameof(Seeds));
        if (!(NeighbourStep >= 0 && NeighbourStep <= 0.9))
        {
            throw new ArgumentOutOfRangeException(nameof(NeighbourStep), NeighbourStep, "The neighbouring-γ step must be between 0 and 0.9.");
        }

        Alignment.Validate(nameof(Alignment));
    }

    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant(
        $"measure={Measure.Key()} slice={Slice.Key} signed={(Signed ? "true" : "false")} resolution={Resolution} min_votes={MinVotes} min_joint_votes={MinJointVotes} seeds={Seeds} neighbour_step={NeighbourStep} {Alignment}");
}

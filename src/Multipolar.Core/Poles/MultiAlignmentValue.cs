using Multipolar.Countries;

namespace Multipolar.Poles;

/// <summary>The classes of <see cref="MultiAlignment.Classify"/>.</summary>
public enum AlignmentClass
{
    /// <summary>Fewer than two issue areas with enough votes (or the state is a pole whose net alignment is undefined).</summary>
    Insufficient = 0,

    /// <summary>Sides with one pole across issue areas (<see cref="MultiAlignmentValue.AlignedWith"/>).</summary>
    Aligned = 1,

    /// <summary>Sides with different poles on different issue areas (index ≥ the threshold).</summary>
    MultiAligned = 2,

    /// <summary>Near neither side: |net alignment| below the hedging threshold, index below the multi-aligned one.</summary>
    Hedging = 3,
}

/// <summary>A state's multi-alignment index, its parts and its class in one period.</summary>
/// <param name="State">The state.</param>
/// <param name="Period">The year or session.</param>
/// <param name="Index">MAI = √(D·σ) in [0, 1]; NaN when insufficient.</param>
/// <param name="Dispersion">D: how much the nearest pole changes across areas (vote-weighted), in [0, 1].</param>
/// <param name="Spread">σ: vote-weighted standard deviation of the net alignment across areas, in [0, 1].</param>
/// <param name="Net">Net alignment over all roll calls (first pole against the others), in [−1, 1].</param>
/// <param name="Areas">Issue areas that passed the minimum of votes.</param>
/// <param name="Votes">Joint votes over those areas (the N of the weights).</param>
/// <param name="Nearest">The nearest pole over all roll calls, if defined.</param>
/// <param name="Class">The classification.</param>
/// <param name="AlignedWith">The pole of an <see cref="AlignmentClass.Aligned"/> state, else null.</param>
public readonly record struct MultiAlignmentValue(
    Country State, int Period, double Index, double Dispersion, double Spread, double Net, int Areas, int Votes, Pole? Nearest, AlignmentClass Class, Pole? AlignedWith)
{
    /// <summary>The class as written in outputs: <c>aligned:USA</c>, <c>multi-aligned</c>, <c>hedging</c>, <c>insufficient</c>.</summary>
    public string Label => Class switch
    {
        AlignmentClass.Aligned => $"aligned:{AlignedWith?.Code}",
        AlignmentClass.MultiAligned => "multi-aligned",
        AlignmentClass.Hedging => "hedging",
        _ => "insufficient",
    };
}

/// <summary>How stable a state's class is across the engine's measurement variants (<see cref="MultiAlignment.Stability"/>).</summary>
/// <param name="State">The state.</param>
/// <param name="Period">The period.</param>
/// <param name="Baseline">The class label under the baseline options.</param>
/// <param name="Agreeing">Variants giving the same label (the baseline included).</param>
/// <param name="Variants">Variants compared.</param>
/// <param name="Labels">Each variant's name and label, in variant order.</param>
public readonly record struct ClassStability(Country State, int Period, string Baseline, int Agreeing, int Variants, string Labels)
{
    /// <summary>Share of variants agreeing with the baseline label.</summary>
    public double Share => Variants == 0 ? double.NaN : (double)Agreeing / Variants;
}

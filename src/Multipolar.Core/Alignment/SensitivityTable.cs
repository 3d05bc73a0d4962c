using System.Collections.Immutable;

namespace Multipolar.Alignment;

/// <summary>
/// The series of one dyad, measure and slice under several measurement choices side by side, with the
/// spread per period (<see cref="AlignmentEngine.Sensitivity"/>): how much a reading depends on choices.
/// </summary>
/// <param name="Dyad">The pair of states.</param>
/// <param name="Measure">The measure.</param>
/// <param name="Slice">The slice of roll calls.</param>
/// <param name="Variants">The variants (columns).</param>
/// <param name="Rows">One row per period in which any variant has roll calls, ascending.</param>
public sealed record SensitivityTable(
    Dyad Dyad,
    Measure Measure,
    Slice Slice,
    ImmutableArray<SensitivityVariant> Variants,
    ImmutableArray<SensitivityRow> Rows)
{
    /// <summary>The largest spread over all periods (NaN when no period has a defined value).</summary>
    public double MaxSpread => Rows.Select(r => r.Spread).Where(s => !double.IsNaN(s)).DefaultIfEmpty(double.NaN).Max();
}

using System.Collections.Immutable;

namespace Multipolar.Alignment;

/// <summary>One period of a <see cref="SensitivityTable"/>: the value under each variant and their spread.</summary>
/// <param name="Period">The year or session.</param>
/// <param name="Values">One value per variant, in <see cref="SensitivityTable.Variants"/> order.</param>
/// <param name="Spread">max − min over the defined values; 0 when one is defined, NaN when none is.</param>
public readonly record struct SensitivityRow(int Period, ImmutableArray<MeasureValue> Values, double Spread);

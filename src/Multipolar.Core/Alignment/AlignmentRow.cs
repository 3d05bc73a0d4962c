namespace Multipolar.Alignment;

/// <summary>One value of an <see cref="AlignmentResult"/> in long (tidy) form: the layout of exports, stores and oracle tests.</summary>
/// <param name="Dyad">The pair of states.</param>
/// <param name="Slice">The slice of roll calls.</param>
/// <param name="Period">The year or session (the last period of the window).</param>
/// <param name="Measure">The measure.</param>
/// <param name="Value">The value with its N.</param>
public readonly record struct AlignmentRow(Dyad Dyad, Slice Slice, int Period, Measure Measure, MeasureValue Value);

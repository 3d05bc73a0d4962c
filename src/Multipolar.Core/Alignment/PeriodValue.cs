namespace Multipolar.Alignment;

/// <summary>One point of an alignment series: a period (year or session) and the measure's value in it.</summary>
/// <param name="Period">The year or session number (see <see cref="AlignmentOptions.Period"/>); with a window of
/// k periods, the last period of the window.</param>
/// <param name="Value">The measure with its N.</param>
public readonly record struct PeriodValue(int Period, MeasureValue Value);

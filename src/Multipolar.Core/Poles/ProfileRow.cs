using Multipolar.Alignment;
using Multipolar.Countries;

namespace Multipolar.Poles;

/// <summary>One value of a profile: a state's alignment with one pole in one slice and period, with its N.</summary>
/// <param name="State">The state.</param>
/// <param name="Pole">The pole.</param>
/// <param name="Slice">The slice (issue area).</param>
/// <param name="Period">The year or session.</param>
/// <param name="Value">The measure and its N (joint votes); NaN with N = 0 when undefined.</param>
public readonly record struct ProfileRow(Country State, Pole Pole, Slice Slice, int Period, MeasureValue Value);

/// <summary>The pole a state is nearest to in one slice and period.</summary>
/// <param name="State">The state.</param>
/// <param name="Slice">The slice.</param>
/// <param name="Period">The year or session.</param>
/// <param name="Pole">The nearest pole (highest value of the measure), or null when no pole's value is defined.</param>
/// <param name="Value">The measure against the nearest pole, with its N.</param>
/// <param name="Margin">The gap to the second-nearest pole's value (NaN with fewer than two defined values).</param>
public readonly record struct NearestPole(Country State, Slice Slice, int Period, Pole? Pole, MeasureValue Value, double Margin);

/// <summary>A state's net alignment between the first pole and the others in one slice and period (<see cref="NetAlignment.FromMeasures"/>).</summary>
/// <param name="State">The state.</param>
/// <param name="Slice">The slice.</param>
/// <param name="Period">The year or session.</param>
/// <param name="Value">In [−1, 1]: +1 entirely with the first pole; NaN when undefined.</param>
/// <param name="N">The smallest N among the values combined.</param>
public readonly record struct NetValue(Country State, Slice Slice, int Period, double Value, int N);

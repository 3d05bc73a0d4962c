using Multipolar.Countries;

namespace Multipolar.Alignment;

/// <summary>A state and its alignment with a reference state (an entry of <see cref="NearestStates"/>).</summary>
/// <param name="State">The other state.</param>
/// <param name="Value">The measure for the dyad (reference state, <paramref name="State"/>) with its N.</param>
public readonly record struct AlignedState(Country State, MeasureValue Value);

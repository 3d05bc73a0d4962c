using Multipolar.Countries;

namespace Multipolar.Power;

/// <summary>One state's material shares in one year.</summary>
/// <param name="State">The state.</param>
/// <param name="Year">The year.</param>
/// <param name="Cinc">CINC score (its share of the state system's capabilities); NaN when missing.</param>
/// <param name="GdpShare">Its share of the summed GDP of the states with a figure that year; NaN when missing.</param>
/// <param name="GdpStates">The N of the GDP share (states with a figure that year).</param>
public readonly record struct StateShare(Country State, int Year, double Cinc, double GdpShare, int GdpStates);

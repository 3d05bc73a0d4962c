using System.Collections.Immutable;
using Multipolar.Countries;

namespace Multipolar.Power;

/// <summary>A major power's figures in one year.</summary>
/// <param name="State">The major power.</param>
/// <param name="Cinc">Its CINC score (share of the whole state system's capabilities); NaN when missing.</param>
/// <param name="CincShare">Its share of the major powers' summed CINC; NaN when a major power's CINC is missing.</param>
/// <param name="GdpUsd">Its GDP in current US$; NaN when missing.</param>
/// <param name="GdpShare">Its share of the summed GDP of the states with a figure that year; NaN when missing.</param>
public readonly record struct MajorPowerShare(Country State, double Cinc, double CincShare, double GdpUsd, double GdpShare);

/// <summary>
/// The material polarity of one year: the major powers' shares, the Ray and Singer (1973) concentration
/// index and the effective number of major powers, by CINC and by GDP.
/// </summary>
/// <param name="Year">The year.</param>
/// <param name="Majors">The major powers (COW list) with their figures.</param>
/// <param name="CincConcentration">Ray–Singer CON of the major powers' CINC shares; NaN when a major power has no CINC.</param>
/// <param name="CincEffectiveNumber">1/Σ share² of the major powers' CINC shares; NaN likewise.</param>
/// <param name="GdpConcentration">Ray–Singer CON of the major powers' GDP; NaN when a major power has no GDP figure (the USSR before 1989).</param>
/// <param name="GdpEffectiveNumber">1/Σ share² of the major powers' GDP; NaN likewise.</param>
/// <param name="CincStates">States with a CINC score this year (the N of the CINC figures).</param>
/// <param name="GdpStates">States with a GDP figure this year (the N of the GDP shares).</param>
/// <param name="Version">The NMC release the year's CINC scores come from; null when none has the year.</param>
public sealed record PowerYear(
    int Year,
    ImmutableArray<MajorPowerShare> Majors,
    double CincConcentration,
    double CincEffectiveNumber,
    double GdpConcentration,
    double GdpEffectiveNumber,
    int CincStates,
    int GdpStates,
    NmcVersion? Version);

/// <summary>Two states' material ratio in one year (A's figure over B's).</summary>
/// <param name="Year">The year.</param>
/// <param name="CincA">A's CINC.</param>
/// <param name="CincB">B's CINC.</param>
/// <param name="CincRatio">CINC A / CINC B; NaN when either is missing or B's is zero.</param>
/// <param name="GdpA">A's GDP (current US$).</param>
/// <param name="GdpB">B's GDP.</param>
/// <param name="GdpRatio">GDP A / GDP B; NaN when either is missing.</param>
/// <param name="Version">The NMC release of the CINC scores.</param>
public readonly record struct PowerRatio(int Year, double CincA, double CincB, double CincRatio, double GdpA, double GdpB, double GdpRatio, NmcVersion? Version);

using Multipolar.Countries;

namespace Multipolar.Power;

/// <summary>The release of the Correlates of War National Material Capabilities data a figure comes from.</summary>
public enum NmcVersion
{
    /// <summary>NMC v6.0 (1816–2016; Greig and Enterline 2021), as COW distributes it (−9 for missing).</summary>
    V6 = 6,

    /// <summary>NMC v7.0 (1816–2022), as the R package peacesciencer distributes it (empty cells for missing).</summary>
    V7 = 7,
}

/// <summary>
/// One state-year of the Correlates of War National Material Capabilities data: the Composite Index of
/// National Capability (CINC; Singer, Bremer and Stuckey 1972), the state's share of the whole state system's
/// capabilities (mean of its shares of military expenditure, military personnel, iron and steel, energy,
/// total and urban population).
/// </summary>
/// <param name="State">The state (through the country reference's COW codes).</param>
/// <param name="Year">The year.</param>
/// <param name="Cinc">CINC score in [0, 1]; NaN when the release has none for this state-year.</param>
/// <param name="Version">The NMC release the value comes from.</param>
public readonly record struct Capability(Country State, int Year, double Cinc, NmcVersion Version);

/// <summary>One state-year of GDP in current US dollars (World Bank indicator NY.GDP.MKTP.CD).</summary>
/// <param name="State">The state (by ISO3 through the country reference).</param>
/// <param name="Year">The year.</param>
/// <param name="GdpUsd">GDP in current US$.</param>
public readonly record struct EconomicSize(Country State, int Year, double GdpUsd);

/// <summary>
/// The material figures the power analysis reads: capabilities (one release per year, v7 where it has the
/// year, else v6, as the store resolves it) and GDP. Immutable.
/// </summary>
/// <param name="Capabilities">State-years of CINC.</param>
/// <param name="Gdp">State-years of GDP.</param>
/// <param name="Version">An identifier of the ingested files (their checksums), printed with every result.</param>
public sealed record PowerData(IReadOnlyList<Capability> Capabilities, IReadOnlyList<EconomicSize> Gdp, string Version)
{
    /// <summary>No figures.</summary>
    public static readonly PowerData Empty = new([], [], "");

    /// <summary>True when neither capabilities nor GDP are present.</summary>
    public bool IsEmpty => Capabilities.Count == 0 && Gdp.Count == 0;
}

namespace Multipolar.Data.Power;

/// <summary>The layouts of material-power files Multipolar reads.</summary>
public enum PowerFormat
{
    /// <summary>COW National Material Capabilities v6.0, abridged (<c>stateabb, ccode, year, milex, milper, irst, pec, tpop, upop, cinc, version</c>; −9 missing).</summary>
    NmcV6,

    /// <summary>COW NMC v7.0 as peacesciencer writes it (<c>ccode, year, milex, milper, irst, pec, tpop, upop, cinc</c>; empty missing).</summary>
    NmcV7,

    /// <summary>World Bank GDP, current US$ (<c>Country Name, Country Code, Year, Value</c>).</summary>
    WorldBankGdp,
}

/// <summary>A material-power file read: its layout, checksum and what was kept and left out.</summary>
/// <param name="Path">The file.</param>
/// <param name="Format">Its layout.</param>
/// <param name="Sha256">Checksum.</param>
/// <param name="Rows">Data rows read.</param>
/// <param name="Kept">Rows kept (states of the country reference).</param>
/// <param name="Skipped">Rows left out, by reason and code (e.g. "not in the country reference", "WLD").</param>
public sealed record PowerFile(string Path, PowerFormat Format, string Sha256, long Rows, long Kept, IReadOnlyList<PowerSkip> Skipped);

/// <summary>Rows of a material-power file left out for one reason and code.</summary>
/// <param name="Reason">Why (e.g. "not in the country reference").</param>
/// <param name="Code">The code (COW code or World Bank code).</param>
/// <param name="Count">Rows.</param>
public readonly record struct PowerSkip(string Reason, string Code, long Count);

/// <summary>One row of a capabilities file for a state of the country reference.</summary>
/// <param name="Iso3">The state.</param>
/// <param name="Cow">The COW code of the row.</param>
/// <param name="Year">The year.</param>
/// <param name="Milex">Military expenditure (thousands of US$ from 1914, of pounds before); null when missing.</param>
/// <param name="Milper">Military personnel (thousands).</param>
/// <param name="Irst">Iron and steel production (thousands of tons).</param>
/// <param name="Pec">Primary energy consumption (thousands of coal-ton equivalents).</param>
/// <param name="Tpop">Total population (thousands).</param>
/// <param name="Upop">Urban population (thousands).</param>
/// <param name="Cinc">CINC score; null when missing.</param>
/// <param name="Line">Line in the file.</param>
public readonly record struct CapabilityRow(string Iso3, int Cow, int Year, double? Milex, double? Milper, double? Irst, double? Pec, double? Tpop, double? Upop, double? Cinc, long Line);

/// <summary>One row of a GDP file for a state of the country reference.</summary>
/// <param name="Iso3">The state.</param>
/// <param name="Year">The year.</param>
/// <param name="GdpUsd">GDP in current US$.</param>
/// <param name="Line">Line in the file.</param>
public readonly record struct GdpRow(string Iso3, int Year, double GdpUsd, long Line);

/// <summary>What <see cref="PowerReader.Read"/> read, validated: the unit of a material-power ingest (all or nothing).</summary>
/// <param name="Files">The files.</param>
/// <param name="Capabilities">Capability rows by release (v6 and v7 kept apart; the store resolves precedence per year).</param>
/// <param name="Gdp">GDP rows.</param>
public sealed record PowerBatch(IReadOnlyList<PowerFile> Files, IReadOnlyDictionary<PowerFormat, IReadOnlyList<CapabilityRow>> Capabilities, IReadOnlyList<GdpRow> Gdp);

using System.Collections.Immutable;

namespace Multipolar.Countries;

/// <summary>
/// A state that has held (or holds) a seat in the United Nations, as the country reference
/// (<c>Countries/countries.csv</c>) records it.
/// </summary>
/// <remarks>
/// <para><see cref="Iso3"/> is the identity used everywhere in Multipolar. A seat that was continued by
/// another state under a new name keeps one identity, as in Voeten's data and the Correlates of War list:
/// the USSR seat is <c>RUS</c>, the Federal Republic of Germany is <c>DEU</c>, the Yemen Arab Republic
/// is <c>YEM</c>, Tanganyika is <c>TZA</c>, the United Arab Republic is <c>EGY</c>, Yugoslavia (and
/// Serbia and Montenegro) is <c>SRB</c>. States that ended without a continuing seat are entries of their
/// own with <see cref="Successors"/>: Czechoslovakia <c>CSK</c>, the German Democratic Republic <c>DDR</c>,
/// the Yemen People's Democratic Republic <c>YMD</c>, Zanzibar <c>ZAN</c> (not an ISO code: ISO never
/// assigned one). The Republic of China is <c>TWN</c>; it held the China seat until 25 October 1971
/// (see <see cref="CountryReference.ChinaSeatTransfer"/>).</para>
/// <para>Instances are immutable and compared by reference; there is one instance per state in a
/// <see cref="CountryReference"/>.</para>
/// </remarks>
public sealed class Country
{
    internal Country(
        int index,
        string iso3,
        string? iso2,
        int? cow,
        ImmutableArray<int> otherCowCodes,
        int? m49,
        string name,
        ImmutableArray<string> aliases,
        DateOnly? memberFrom,
        DateOnly? memberUntil,
        ImmutableArray<string> successors)
    {
        Index = index;
        Iso3 = iso3;
        Iso2 = iso2;
        Cow = cow;
        OtherCowCodes = otherCowCodes;
        M49 = m49;
        Name = name;
        Aliases = aliases;
        MemberFrom = memberFrom;
        MemberUntil = memberUntil;
        Successors = successors;
    }

    /// <summary>Position of this state in its reference (0-based, dense): the row index of vote matrices.</summary>
    public int Index { get; }

    /// <summary>ISO 3166-1 alpha-3 code (or the project's code for a state ISO never coded, e.g. <c>ZAN</c>).</summary>
    public string Iso3 { get; }

    /// <summary>ISO 3166-1 alpha-2 code (including withdrawn codes such as <c>SU</c>, <c>DD</c>, <c>CS</c>), if any.</summary>
    public string? Iso2 { get; }

    /// <summary>Correlates of War numeric state code, if any.</summary>
    public int? Cow { get; }

    /// <summary>Further COW codes of predecessors continued by this seat (e.g. 260 German Federal Republic for <c>DEU</c>).</summary>
    public ImmutableArray<int> OtherCowCodes { get; }

    /// <summary>UN M49 numeric code, if any.</summary>
    public int? M49 { get; }

    /// <summary>Short English name.</summary>
    public string Name { get; }

    /// <summary>Other names (UN spellings, historical names, common short forms), as written in the reference.</summary>
    public ImmutableArray<string> Aliases { get; }

    /// <summary>Date of admission to the UN (or of the seat's first vote), if known.</summary>
    public DateOnly? MemberFrom { get; }

    /// <summary>Last day of UN membership for a state that no longer exists; null for current members.</summary>
    public DateOnly? MemberUntil { get; }

    /// <summary>ISO3 codes of the states that took over this state's territory, for historical states.</summary>
    public ImmutableArray<string> Successors { get; }

    /// <summary>True for a state that no longer holds a seat (the USSR is not: its seat is <c>RUS</c>).</summary>
    public bool IsHistorical => MemberUntil is not null;

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Iso3})";
}

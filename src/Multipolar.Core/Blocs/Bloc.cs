using System.Collections.Immutable;
using Multipolar.Countries;

namespace Multipolar.Blocs;

/// <summary>
/// A group of states whose votes are analysed together (BRICS, NATO, the EU, ...), with dated membership:
/// a state counts for the bloc on a roll call only when it is a member on the roll call's date.
/// </summary>
/// <remarks>Built by <see cref="BlocTable"/> from the shipped table (<c>Blocs/blocs.csv</c>) or a user file.
/// Immutable; safe to share between threads.</remarks>
public sealed class Bloc
{
    internal Bloc(string code, string name, DateOnly founded, string source, ImmutableArray<BlocMembership> memberships)
    {
        Code = code;
        Name = name;
        Founded = founded;
        Source = source;
        Memberships = memberships;
        States = [.. memberships.Select(m => m.State).Distinct().OrderBy(c => c.Iso3, StringComparer.Ordinal)];
    }

    /// <summary>The bloc's code (<c>BRICS</c>, <c>NATO</c>, <c>EU</c>, ...), its identity in every output.</summary>
    public string Code { get; }

    /// <summary>The full name.</summary>
    public string Name { get; }

    /// <summary>The founding date (the first membership spell starts no earlier).</summary>
    public DateOnly Founded { get; }

    /// <summary>The citation of the membership dates.</summary>
    public string Source { get; }

    /// <summary>Every membership spell, in file order.</summary>
    public ImmutableArray<BlocMembership> Memberships { get; }

    /// <summary>Every state that has ever been a member, by ISO3.</summary>
    public ImmutableArray<Country> States { get; }

    /// <summary>True when <paramref name="state"/> is a member on <paramref name="date"/>.</summary>
    public bool IsMember(Country state, DateOnly date)
    {
        foreach (var m in Memberships)
        {
            if (ReferenceEquals(m.State, state) && m.IsOn(date))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The members on <paramref name="date"/>, by ISO3.</summary>
    public ImmutableArray<Country> MembersOn(DateOnly date) =>
        [.. States.Where(s => IsMember(s, date))];

    /// <summary>The states that were members on some day of calendar year <paramref name="year"/>, by ISO3.</summary>
    public ImmutableArray<Country> MembersIn(int year) =>
        [.. States.Where(s => Memberships.Any(m => ReferenceEquals(m.State, s) && m.Overlaps(year)))];

    /// <inheritdoc />
    public override string ToString() => $"{Code} ({Name})";
}

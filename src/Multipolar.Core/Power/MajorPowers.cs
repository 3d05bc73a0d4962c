using System.Collections.Immutable;
using Multipolar.Countries;

namespace Multipolar.Power;

/// <summary>A spell of major-power status of one state (COW code), first and last year inclusive.</summary>
/// <param name="Cow">The state's Correlates of War code.</param>
/// <param name="From">First year.</param>
/// <param name="To">Last year (null: to the present).</param>
public readonly record struct MajorPowerSpell(int Cow, int From, int? To);

/// <summary>
/// The major powers of the Correlates of War State System Membership list (v2016, file <c>majors2016</c>):
/// United States 1898–, United Kingdom 1816–, France 1816–1940 and 1945–, Germany 1816–1918, 1925–1945 and
/// 1991–, Austria-Hungary 1816–1918, Italy 1860–1943, Russia/USSR 1816–1917 and 1922–, China 1950–, Japan
/// 1895–1945 and 1991–. The list ends in 2016; the spells still open then are taken to continue to the
/// latest year (an assumption, documented in docs/power.md).
/// </summary>
/// <remarks>Austria-Hungary (COW 300) held no UN seat and is not in the country reference: years before
/// 1919 leave it out, and <see cref="In"/> says so through <see cref="Unresolved"/>.</remarks>
public static class MajorPowers
{
    /// <summary>The spells, as COW lists them.</summary>
    public static readonly ImmutableArray<MajorPowerSpell> Spells =
    [
        new(2, 1898, null),
        new(200, 1816, null),
        new(220, 1816, 1940), new(220, 1945, null),
        new(255, 1816, 1918), new(255, 1925, 1945), new(255, 1991, null),
        new(300, 1816, 1918),
        new(325, 1860, 1943),
        new(365, 1816, 1917), new(365, 1922, null),
        new(710, 1950, null),
        new(740, 1895, 1945), new(740, 1991, null),
    ];

    /// <summary>The citation of the list.</summary>
    public const string Citation = "Correlates of War Project (2017), State System Membership List v2016 (major powers)";

    /// <summary>The major powers of <paramref name="year"/> that the country reference knows, ordered by COW code.</summary>
    public static ImmutableArray<Country> In(int year, CountryReference? reference = null)
    {
        reference ??= CountryReference.Default;
        var list = ImmutableArray.CreateBuilder<Country>();
        foreach (var s in Spells)
        {
            if (year >= s.From && (s.To is not int to || year <= to) && reference.TryResolveCow(s.Cow, out var c) && !list.Contains(c))
            {
                list.Add(c);
            }
        }

        return list.ToImmutable();
    }

    /// <summary>The COW codes of major powers of <paramref name="year"/> that the country reference does not know (Austria-Hungary before 1919).</summary>
    public static ImmutableArray<int> Unresolved(int year, CountryReference? reference = null)
    {
        reference ??= CountryReference.Default;
        return [.. Spells.Where(s => year >= s.From && (s.To is not int to || year <= to) && !reference.TryResolveCow(s.Cow, out _)).Select(s => s.Cow)];
    }
}

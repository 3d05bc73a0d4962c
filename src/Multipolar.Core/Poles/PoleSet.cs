using System.Collections.Immutable;
using Multipolar.Countries;

namespace Multipolar.Poles;

/// <summary>
/// The poles states are measured against: by default the United States, China and Russia; any two or more
/// states by code (<see cref="Parse"/>). The first pole is the reference of the net alignment and of contests
/// (first against the others).
/// </summary>
/// <remarks>
/// <para>Seats: Russia's pole is the USSR's seat before 24 December 1991 (one identity, <c>RUS</c>, as in Voeten's
/// data). China's pole has no votes before 25 October 1971 (General Assembly resolution 2758): the Republic of China
/// held the seat and its votes are recorded under <c>TWN</c>; they are not used as China's, so every measure against
/// China is undefined (N = 0) before then, and <see cref="Notes"/> says so.</para>
/// <para>Immutable; safe to share between threads.</para>
/// </remarks>
public sealed class PoleSet
{
    private PoleSet(ImmutableArray<Pole> poles)
    {
        Poles = poles;
    }

    /// <summary>The United States, China and Russia.</summary>
    public static PoleSet Default { get; } = Parse("USA,CHN,RUS");

    /// <summary>The poles, in the order given.</summary>
    public ImmutableArray<Pole> Poles { get; }

    /// <summary>The first pole: the reference side of net alignment and contests.</summary>
    public Pole First => Poles[0];

    /// <summary>The poles' codes joined by commas (<c>USA,CHN,RUS</c>): the pole set's identity in outputs.</summary>
    public string Key => string.Join(',', Poles.Select(p => p.Code));

    /// <summary>The notes of the poles that have one (seat continuity, periods without votes).</summary>
    public IEnumerable<string> Notes => Poles.Where(p => p.Note is not null).Select(p => $"{p.Code}: {p.Note}");

    /// <summary>The pole of <paramref name="state"/>, or null when it is not a pole.</summary>
    public Pole? Find(Country state)
    {
        foreach (var p in Poles)
        {
            if (ReferenceEquals(p.State, state))
            {
                return p;
            }
        }

        return null;
    }

    /// <summary>Parses a comma-separated list of states (any code or name the country reference resolves).</summary>
    /// <param name="codes">E.g. <c>USA,CHN,RUS</c> or <c>USA,CHN,IND</c>.</param>
    /// <param name="countries">The reference; default <see cref="CountryReference.Default"/>.</param>
    /// <exception cref="ArgumentException">Fewer than two states, a state twice, or a historical state with no seat today
    /// that cannot be a pole of the record.</exception>
    /// <exception cref="CountryLookupException">A code names no state.</exception>
    public static PoleSet Parse(string codes, CountryReference? countries = null)
    {
        ArgumentNullException.ThrowIfNull(codes);
        countries ??= CountryReference.Default;
        var states = codes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(countries.Resolve).ToArray();
        if (states.Length < 2)
        {
            throw new ArgumentException($"'{codes}' names {states.Length} pole(s); give at least two, e.g. USA,CHN,RUS.", nameof(codes));
        }

        if (states.Distinct().Count() != states.Length)
        {
            throw new ArgumentException($"'{codes}' names a state twice.", nameof(codes));
        }

        return new PoleSet([.. states.Select(s => Describe(s, countries))]);
    }

    /// <inheritdoc />
    public override string ToString() => Key;

    private static Pole Describe(Country state, CountryReference countries)
    {
        if (ReferenceEquals(state, countries.China))
        {
            return new Pole(state, CountryReference.ChinaSeatTransfer,
                "no votes before 25 October 1971, when the People's Republic took the China seat (GA resolution 2758); the Republic of China's votes (TWN) are not used for it, so values against CHN are undefined (N = 0) before then.");
        }

        if (state.Iso3 == "RUS")
        {
            return new Pole(state, null, "the Soviet Union's seat before 24 December 1991, continued by the Russian Federation (one identity, RUS, as in Voeten's data).");
        }

        return state.MemberUntil is { } until
            ? new Pole(state, null, $"a historical state: no votes after {until:yyyy-MM-dd}.")
            : new Pole(state, state.MemberFrom is { } from && from.Year > 1946 ? from : null, null);
    }
}

using Multipolar.Countries;

namespace Multipolar.Poles;

/// <summary>
/// One pole of a <see cref="PoleSet"/>: a state whose votes other states are measured against.
/// </summary>
/// <param name="State">The state (its seat: <c>RUS</c> is the Soviet seat before 1992).</param>
/// <param name="VotesFrom">The first day the pole's own votes count, or null for every day of the record. China's pole
/// starts on 25 October 1971, when the People's Republic took the seat; the Republic of China's votes before (stored
/// under <c>TWN</c>) are never used for it.</param>
/// <param name="Note">What a reader must know about the pole's record (seat continuity, a period without votes), or null.</param>
public readonly record struct Pole(Country State, DateOnly? VotesFrom, string? Note)
{
    /// <summary>The pole's code in every output: the state's ISO3.</summary>
    public string Code => State.Iso3;

    /// <summary>True when the pole's votes count on <paramref name="date"/>.</summary>
    public bool HasVotesOn(DateOnly date) => VotesFrom is not { } f || date >= f;

    /// <summary>True when the pole's votes count on some day of year <paramref name="year"/>.</summary>
    public bool HasVotesIn(int year) => VotesFrom is not { } f || year >= f.Year;

    /// <inheritdoc />
    public override string ToString() => Code;
}

using Multipolar.Countries;

namespace Multipolar.Blocs;

/// <summary>
/// One spell of a state's membership of a bloc: from <see cref="From"/> to <see cref="Until"/> inclusive
/// (open when null). A state that left and rejoined (a suspension, the Quad's two lives) has several spells.
/// </summary>
/// <param name="State">The member state.</param>
/// <param name="From">The first day of membership (accession, or the bloc's founding for founders).</param>
/// <param name="Until">The last day of membership, or null while the state is a member.</param>
/// <param name="Note">What the data file says about the spell (e.g. "left on EU accession", "approximate").</param>
public readonly record struct BlocMembership(Country State, DateOnly From, DateOnly? Until, string? Note)
{
    /// <summary>True when the state is a member on <paramref name="date"/>.</summary>
    public bool IsOn(DateOnly date) => From <= date && (Until is not { } u || date <= u);

    /// <summary>True when the spell overlaps calendar year <paramref name="year"/>.</summary>
    public bool Overlaps(int year) => From.Year <= year && (Until is not { } u || u.Year >= year);
}

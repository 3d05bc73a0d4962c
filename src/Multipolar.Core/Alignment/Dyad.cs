using Multipolar.Countries;

namespace Multipolar.Alignment;

/// <summary>An unordered pair of states. All measures are symmetric, so (A, B) and (B, A) give the same values.</summary>
/// <param name="A">The first state.</param>
/// <param name="B">The second state (may equal <paramref name="A"/>: a state's alignment with itself).</param>
/// <remarks><c>default</c> has null states and is not a valid dyad.</remarks>
public readonly record struct Dyad(Country A, Country B)
{
    /// <inheritdoc />
    public override string ToString() => $"{A?.Iso3}–{B?.Iso3}";
}

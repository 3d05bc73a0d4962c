namespace Multipolar.Votes;

/// <summary>The store's identity of a roll call (Voeten's <c>rcid</c> where the source has one).</summary>
public readonly record struct RollCallId(long Value) : IComparable<RollCallId>
{
    /// <summary>The first identity given to roll calls from sources without a Voeten <c>rcid</c>.</summary>
    public const long FirstAssigned = 1_000_000;

    /// <inheritdoc />
    public int CompareTo(RollCallId other) => Value.CompareTo(other.Value);

    /// <inheritdoc />
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

namespace Multipolar.Alignment;

/// <summary>The value of an alignment measure for one dyad and cell, with the number of votes it rests on.</summary>
/// <param name="Value">The measure; NaN when undefined (no joint votes, or a zero denominator).</param>
/// <param name="N">The number of joint votes the value was computed over (for coincidence and
/// <see cref="AbstentionScoring.VotesOnly"/>, the number of yes/no pairs).</param>
/// <remarks><c>default</c> is 0 with N = 0, which no computation returns (they return NaN with N = 0).</remarks>
public readonly record struct MeasureValue(double Value, int N)
{
    /// <summary>True when <see cref="Value"/> is not NaN.</summary>
    public bool IsDefined => !double.IsNaN(Value);

    /// <summary>An undefined value (NaN) resting on <paramref name="n"/> votes.</summary>
    public static MeasureValue Undefined(int n) => new(double.NaN, n);

    /// <inheritdoc />
    public override string ToString() =>
        FormattableString.Invariant($"{(IsDefined ? Value.ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture) : "NaN")} (N={N})");
}

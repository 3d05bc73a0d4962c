using System.Collections.Immutable;
using Multipolar.Countries;

namespace Multipolar.Alignment;

/// <summary>
/// One measure for every pair of states in one slice and period, as a symmetric states × states matrix
/// (<see cref="AlignmentEngine.PairMatrix"/>); the diagonal holds each state's alignment with itself
/// (1 for every measure when the state cast a vote, else NaN).
/// </summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class DyadMatrix
{
    private readonly MeasureValue[] cells;

    internal DyadMatrix(ImmutableArray<Country> states, int period, Measure measure, Slice slice, AlignmentOptions options, MeasureValue[] cells)
    {
        States = states;
        Period = period;
        Measure = measure;
        Slice = slice;
        Options = options;
        this.cells = cells;
    }

    /// <summary>The states (rows and columns), in the vote matrix's order.</summary>
    public ImmutableArray<Country> States { get; }

    /// <summary>The year or session.</summary>
    public int Period { get; }

    /// <summary>The measure.</summary>
    public Measure Measure { get; }

    /// <summary>The slice of roll calls.</summary>
    public Slice Slice { get; }

    /// <summary>The measurement choices.</summary>
    public AlignmentOptions Options { get; }

    /// <summary>The value for rows <paramref name="i"/> and <paramref name="j"/>.</summary>
    public MeasureValue this[int i, int j] => cells[(i * States.Length) + j];

    /// <summary>The value for two states of <see cref="States"/>.</summary>
    /// <exception cref="ArgumentException">A state is not in this matrix.</exception>
    public MeasureValue this[Country a, Country b] => this[Row(a, nameof(a)), Row(b, nameof(b))];

    private int Row(Country c, string paramName)
    {
        var i = States.IndexOf(c);
        return i >= 0 ? i : AlignmentThrow.Argument<int>(paramName, $"{c} is not a state of this matrix.");
    }
}

using System.Collections.Immutable;
using Multipolar.Countries;

namespace Multipolar.Alignment;

/// <summary>
/// The output of <see cref="AlignmentEngine.Compute"/>: a value with its N for every measure, dyad, slice
/// and period of the query, with the <see cref="AlignmentOptions"/> it was computed under.
/// </summary>
/// <remarks>
/// <para>Values are stored densely (8 bytes per value plus 8 per dyad-cell for the two Ns); a value is NaN
/// when undefined. Every period of <see cref="Periods"/> is present for every slice and dyad, even when the
/// slice has no roll calls in it (NaN, N = 0).</para>
/// <para>Immutable; safe to share between threads.</para>
/// </remarks>
public sealed class AlignmentResult
{
    private readonly int[] rowA;
    private readonly int[] rowB;
    private readonly AlignmentStorage storage;
    private readonly Lazy<Dictionary<(int, int), int>> dyadIndex;
    private readonly ImmutableArray<Country> states;

    internal AlignmentResult(
        ImmutableArray<Country> states,
        AlignmentOptions options,
        ImmutableArray<Measure> measures,
        ImmutableArray<Slice> slices,
        ImmutableArray<int> periods,
        ImmutableArray<Dyad> dyads,
        int[] rowA,
        int[] rowB,
        AlignmentStorage storage)
    {
        this.states = states;
        Options = options;
        Measures = measures;
        Slices = slices;
        Periods = periods;
        Dyads = dyads;
        this.rowA = rowA;
        this.rowB = rowB;
        this.storage = storage;
        dyadIndex = new(BuildIndex);
    }

    /// <summary>The measurement choices the values were computed under.</summary>
    public AlignmentOptions Options { get; }

    /// <summary>The measures computed, in query order.</summary>
    public ImmutableArray<Measure> Measures { get; }

    /// <summary>The slices computed, in query order.</summary>
    public ImmutableArray<Slice> Slices { get; }

    /// <summary>The periods (years or sessions), ascending.</summary>
    public ImmutableArray<int> Periods { get; }

    /// <summary>The dyads computed, in query order (all pairs: row i &lt; row j of the matrix, lexicographic).</summary>
    public ImmutableArray<Dyad> Dyads { get; }

    /// <summary>The value of <paramref name="measure"/> for <paramref name="dyad"/> (either order) in one slice and period.</summary>
    /// <exception cref="ArgumentException">The measure, slice, period or dyad is not in this result.</exception>
    public MeasureValue this[Measure measure, Slice slice, int period, Dyad dyad] =>
        At(MeasureIndex(measure), CellIndex(slice, period), DyadIndex(dyad));

    /// <summary>The values of <paramref name="measure"/> for every dyad (in <see cref="Dyads"/> order) in one slice and period.</summary>
    public ReadOnlySpan<double> Values(Measure measure, Slice slice, int period) =>
        storage.Values[MeasureIndex(measure)].AsSpan(CellIndex(slice, period) * Dyads.Length, Dyads.Length);

    /// <summary>
    /// Joint votes (both states cast yes, abstain or no) of every dyad in one cell, in <see cref="Dyads"/>
    /// order: the N of every measure except coincidence and the votes-only variants.
    /// </summary>
    public ReadOnlySpan<int> JointCounts(Slice slice, int period) =>
        storage.JointN.AsSpan(CellIndex(slice, period) * Dyads.Length, Dyads.Length);

    /// <summary>Joint yes/no pairs (abstentions left out) of every dyad in one cell: the N of coincidence and the votes-only variants.</summary>
    public ReadOnlySpan<int> YesNoCounts(Slice slice, int period) =>
        storage.YesNoN.AsSpan(CellIndex(slice, period) * Dyads.Length, Dyads.Length);

    /// <summary>
    /// Every value of <paramref name="measure"/>, laid out by slice, then period, then dyad: the value of
    /// slice <c>s</c>, period <c>p</c> and dyad <c>d</c> (indices into <see cref="Slices"/>,
    /// <see cref="Periods"/> and <see cref="Dyads"/>) is at <c>((s × Periods.Length) + p) × Dyads.Length + d</c>.
    /// For writers that walk the result in another order than <see cref="Values(Measure, Slice, int)"/> gives.
    /// </summary>
    public ReadOnlyMemory<double> AllValues(Measure measure) => storage.Values[MeasureIndex(measure)];

    /// <summary>Every joint-vote count, in the layout of <see cref="AllValues"/>.</summary>
    public ReadOnlyMemory<int> AllJointCounts() => storage.JointN;

    /// <summary>Every yes/no-pair count, in the layout of <see cref="AllValues"/>.</summary>
    public ReadOnlyMemory<int> AllYesNoCounts() => storage.YesNoN;

    /// <summary>The series of one dyad: the measure in every period of one slice.</summary>
    public ImmutableArray<PeriodValue> Series(Dyad dyad, Measure measure, Slice slice)
    {
        var m = MeasureIndex(measure);
        var d = DyadIndex(dyad);
        var s = SliceIndex(slice);
        var builder = ImmutableArray.CreateBuilder<PeriodValue>(Periods.Length);
        for (var p = 0; p < Periods.Length; p++)
        {
            builder.Add(new PeriodValue(Periods[p], At(m, (s * Periods.Length) + p, d)));
        }

        return builder.MoveToImmutable();
    }

    /// <summary>Every value in long form, ordered by slice, period, dyad, measure.</summary>
    public IEnumerable<AlignmentRow> Rows()
    {
        for (var s = 0; s < Slices.Length; s++)
        {
            for (var p = 0; p < Periods.Length; p++)
            {
                for (var d = 0; d < Dyads.Length; d++)
                {
                    for (var m = 0; m < Measures.Length; m++)
                    {
                        yield return new AlignmentRow(Dyads[d], Slices[s], Periods[p], Measures[m], At(m, (s * Periods.Length) + p, d));
                    }
                }
            }
        }
    }

    /// <summary>True when <paramref name="dyad"/> (either order) is in this result.</summary>
    public bool Contains(Dyad dyad) => TryDyadIndex(dyad, out _);

    private MeasureValue At(int m, int cell, int d)
    {
        var i = (cell * Dyads.Length) + d;
        var n = Measures[m] == Measure.Coincidence || Options.Abstention == AbstentionScoring.VotesOnly
            ? storage.YesNoN[i]
            : storage.JointN[i];
        return new MeasureValue(storage.Values[m][i], n);
    }

    private int MeasureIndex(Measure measure)
    {
        var m = Measures.IndexOf(measure);
        return m >= 0 ? m : AlignmentThrow.Argument<int>(nameof(measure), $"{measure} was not computed; this result has {string.Join(", ", Measures)}.");
    }

    private int SliceIndex(Slice slice)
    {
        var s = Slices.IndexOf(slice);
        return s >= 0 ? s : AlignmentThrow.Argument<int>(nameof(slice), $"Slice '{slice}' was not computed; this result has {string.Join(", ", Slices)}.");
    }

    private int CellIndex(Slice slice, int period)
    {
        var s = SliceIndex(slice);
        var p = Periods.BinarySearch(period);
        return p >= 0
            ? (s * Periods.Length) + p
            : AlignmentThrow.Argument<int>(nameof(period), Periods.IsEmpty
                ? $"Period {period} is not in this result, which has no periods."
                : $"Period {period} is not in this result; periods run {Periods[0]} to {Periods[^1]} (those with roll calls).");
    }

    private int DyadIndex(Dyad dyad) => TryDyadIndex(dyad, out var d)
        ? d
        : AlignmentThrow.Argument<int>(nameof(dyad), $"Dyad {dyad} was not computed.");

    private bool TryDyadIndex(Dyad dyad, out int index)
    {
        index = -1;
        if (dyad.A is null || dyad.B is null)
        {
            return false;
        }

        int a = states.IndexOf(dyad.A), b = states.IndexOf(dyad.B);
        return a >= 0 && b >= 0 && dyadIndex.Value.TryGetValue((Math.Min(a, b), Math.Max(a, b)), out index);
    }

    private Dictionary<(int, int), int> BuildIndex()
    {
        var index = new Dictionary<(int, int), int>(rowA.Length);
        for (var d = 0; d < rowA.Length; d++)
        {
            index.TryAdd((Math.Min(rowA[d], rowB[d]), Math.Max(rowA[d], rowB[d])), d);
        }

        return index;
    }
}

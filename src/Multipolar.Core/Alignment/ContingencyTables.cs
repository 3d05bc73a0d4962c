using System.Collections.Immutable;

namespace Multipolar.Alignment;

/// <summary>
/// The output of <see cref="AlignmentEngine.Tabulate"/>: the 3 × 3 <see cref="ContingencyTable"/> of joint votes of
/// every dyad in every slice and period of a query, from which every measure follows
/// (<see cref="MeasureFormulas.Evaluate(Measure, ContingencyTable, AlignmentOptions)"/>). What <c>precompute</c>
/// stores: nine small counts per cell instead of six doubles.
/// </summary>
/// <remarks>
/// <para>Stored densely, 18 bytes per dyad-cell: nine counts (rows A's vote, columns B's: yes, abstain, no, row-major)
/// for every slice, dyad and period, laid out [slice][dyad][period][9] so that one dyad's series in one slice is
/// contiguous (<see cref="Series"/>). A dyad's table has A = <see cref="Dyad.A"/> as its rows.</para>
/// <para>Immutable; safe to share between threads.</para>
/// </remarks>
public sealed class ContingencyTables
{
    /// <summary>Counts per table.</summary>
    public const int CountsPerTable = 9;

    private readonly ushort[] counts;

    internal ContingencyTables(AlignmentOptions options, ImmutableArray<Slice> slices, ImmutableArray<int> periods, ImmutableArray<Dyad> dyads, ushort[] counts)
    {
        Options = options;
        Slices = slices;
        Periods = periods;
        Dyads = dyads;
        this.counts = counts;
    }

    /// <summary>The options the roll calls were chosen under (period kind, window, final passage, unanimous votes).</summary>
    public AlignmentOptions Options { get; }

    /// <summary>The slices, in query order.</summary>
    public ImmutableArray<Slice> Slices { get; }

    /// <summary>The periods (years or sessions), ascending: those with a roll call, as in <see cref="AlignmentResult.Periods"/>.</summary>
    public ImmutableArray<int> Periods { get; }

    /// <summary>The dyads, in query order (all pairs of the matrix when the query names none).</summary>
    public ImmutableArray<Dyad> Dyads { get; }

    /// <summary>The table of dyad <paramref name="dyad"/> in slice <paramref name="slice"/> and period <paramref name="period"/> (indices into <see cref="Dyads"/>, <see cref="Slices"/>, <see cref="Periods"/>).</summary>
    public ContingencyTable this[int slice, int period, int dyad]
    {
        get
        {
            var c = Series(slice, dyad).Slice(period * CountsPerTable, CountsPerTable);
            return new(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8]);
        }
    }

    /// <summary>
    /// The counts of one dyad's tables in one slice, period by period (<see cref="Periods"/> order), nine per period
    /// in the order of <see cref="ContingencyTable"/>'s cells (yes-yes, yes-abstain, yes-no, abstain-yes, …, no-no).
    /// </summary>
    public ReadOnlySpan<ushort> Series(int slice, int dyad)
    {
        var length = Periods.Length * CountsPerTable;
        return counts.AsSpan(((slice * Dyads.Length) + dyad) * length, length);
    }
}

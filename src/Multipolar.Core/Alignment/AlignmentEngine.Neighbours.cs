using System.Collections.Immutable;
using Multipolar.Countries;
using Multipolar.Votes;

namespace Multipolar.Alignment;

public static partial class AlignmentEngine
{
    /// <summary>
    /// The <paramref name="count"/> states most and least aligned with <paramref name="state"/> on
    /// <paramref name="measure"/> in one period and slice.
    /// </summary>
    /// <param name="matrix">The votes.</param>
    /// <param name="state">The reference state.</param>
    /// <param name="period">The year or session (per <paramref name="options"/>).</param>
    /// <param name="measure">The measure to rank by.</param>
    /// <param name="slice">The slice of roll calls; default all.</param>
    /// <param name="options">The measurement choices; default <see cref="AlignmentOptions.Default"/>.</param>
    /// <param name="count">How many states in each list; at least 1.</param>
    /// <param name="minimumN">States with fewer joint votes are left out; at least 1 (undefined values are always left out).</param>
    /// <remarks>Ties are broken by the state's ISO3 code.</remarks>
    /// <exception cref="ArgumentException">The state is not in the matrix, the period has no roll calls, or count or minimumN is below 1.</exception>
    public static NearestStates Nearest(
        VoteMatrix matrix,
        Country state,
        int period,
        Measure measure,
        Slice slice = default,
        AlignmentOptions options = default,
        int count = 10,
        int minimumN = 1)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumN, 1);
        var row = matrix.IndexOf(state);
        if (row < 0)
        {
            AlignmentThrow.Argument(nameof(state), $"{state} is not a state of the matrix.");
        }

        var others = Enumerable.Range(0, matrix.States.Length).Where(r => r != row).ToArray();
        var rowA = Enumerable.Repeat(row, others.Length).ToArray();
        var dyads = others.Select(r => new Dyad(state, matrix.States[r])).ToImmutableArray();
        var result = ComputeRows(matrix, [measure], dyads, rowA, others, [slice], Checked(options), period, period);
        var ranked = new List<AlignedState>();
        for (var d = 0; d < dyads.Length; d++)
        {
            var v = result[measure, slice, period, dyads[d]];
            if (v.IsDefined && v.N >= minimumN)
            {
                ranked.Add(new AlignedState(dyads[d].B, v));
            }
        }

        var most = ranked.OrderByDescending(a => a.Value.Value).ThenBy(a => a.State.Iso3, StringComparer.Ordinal).Take(count);
        var least = ranked.OrderBy(a => a.Value.Value).ThenBy(a => a.State.Iso3, StringComparer.Ordinal).Take(count);
        return new NearestStates(state, period, measure, slice, options, [.. most], [.. least]);
    }

    /// <summary>
    /// One measure for every pair of states of the matrix (and each state with itself) in one period and slice.
    /// </summary>
    /// <exception cref="ArgumentException">The period has no roll calls in the matrix, or an option is undefined.</exception>
    public static DyadMatrix PairMatrix(VoteMatrix matrix, int period, Measure measure, Slice slice = default, AlignmentOptions options = default)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var n = matrix.States.Length;
        var count = n * (n + 1) / 2;
        var rowA = new int[count];
        var rowB = new int[count];
        var dyads = ImmutableArray.CreateBuilder<Dyad>(count);
        var k = 0;
        for (var i = 0; i < n; i++)
        {
            for (var j = i; j < n; j++, k++)
            {
                rowA[k] = i;
                rowB[k] = j;
                dyads.Add(new Dyad(matrix.States[i], matrix.States[j]));
            }
        }

        var result = ComputeRows(matrix, [measure], dyads.MoveToImmutable(), rowA, rowB, [slice], Checked(options), period, period);
        var cells = new MeasureValue[n * n];
        for (k = 0; k < count; k++)
        {
            var v = result[measure, slice, period, result.Dyads[k]];
            cells[(rowA[k] * n) + rowB[k]] = v;
            cells[(rowB[k] * n) + rowA[k]] = v;
        }

        return new DyadMatrix(matrix.States, period, measure, slice, options, cells);
    }

    private static AlignmentOptions Checked(AlignmentOptions options)
    {
        options.Validate(nameof(options));
        return options;
    }
}

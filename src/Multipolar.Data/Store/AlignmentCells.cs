using System.Runtime.InteropServices;
using Multipolar.Alignment;

namespace Multipolar.Data.Store;

/// <summary>
/// The cells of an alignment result with joint votes as rows, dyad-major (a, b, slice, period), written a data
/// chunk at a time (<see cref="Fill"/>, a <see cref="ChunkFill"/>) into the columns period_kind (ENUM code),
/// period, slice (ENUM code: the slice's index in the codes given), a, b (state codes: one byte, or two),
/// n, n_yes_no, the result's measures in order (NULL when undefined), then drop_unanimous when given. The one
/// writer behind <c>precompute</c> (through <see cref="ChunkAppender"/>) and <c>export dyads</c> (through
/// <see cref="ChunkSource"/>).
/// </summary>
/// <remarks>
/// Dyad-major order puts one dyad's series in one or two of DuckDB's row groups, whose min/max statistics on a
/// and b let a dyad's query skip the rest. The result's arrays are period- and slice-major (dyad fastest), so
/// the cursor walks them with a stride; one chunk's worth of rows per call keeps the loop in tier-1 code.
/// </remarks>
internal sealed class AlignmentCells
{
    /// <summary>The first measure column.</summary>
    private const int FirstMeasure = 7;

    private readonly AlignmentResult result;
    private readonly (short A, short B)[] ids;
    private readonly bool byteStates;
    private readonly int[] order;
    private readonly byte[] codes;
    private readonly int[] sliceOrder;
    private readonly double[][] values;
    private readonly ReadOnlyMemory<int> joint;
    private readonly ReadOnlyMemory<int> yesNo;
    private readonly bool? dropUnanimous;
    private readonly byte kind;
    private int k;
    private int si;
    private int p;

    /// <param name="result">The values.</param>
    /// <param name="sliceCodes">The slice ENUM's members in order (a slice's code is its index here).</param>
    /// <param name="dropUnanimous">The drop_unanimous column's value, or null for no such column.</param>
    /// <param name="states">The codes of a dyad's two states (any order; written smaller first).</param>
    /// <param name="byteStates">True when the state columns are one byte wide (an ENUM of at most 255 members), else two (SMALLINT).</param>
    public AlignmentCells(AlignmentResult result, IReadOnlyList<Slice> sliceCodes, bool? dropUnanimous, Func<Dyad, (int A, int B)> states, bool byteStates)
    {
        this.result = result;
        this.dropUnanimous = dropUnanimous;
        this.byteStates = byteStates;
        ids = new (short A, short B)[result.Dyads.Length];
        for (var d = 0; d < ids.Length; d++)
        {
            var (x, y) = states(result.Dyads[d]);
            ids[d] = x < y ? ((short)x, (short)y) : ((short)y, (short)x);
        }

        order = Enumerable.Range(0, ids.Length).OrderBy(d => ids[d].A).ThenBy(d => ids[d].B).ToArray();
        codes = result.Slices.Select(s => (byte)IndexOf(sliceCodes, s)).ToArray();
        sliceOrder = Enumerable.Range(0, codes.Length).OrderBy(s => codes[s]).ToArray();
        values = result.Measures.Select(m => MemoryMarshal.TryGetArray(result.AllValues(m), out var segment) && segment.Offset == 0
            ? segment.Array!
            : result.AllValues(m).ToArray()).ToArray();
        joint = result.AllJointCounts();
        yesNo = result.AllYesNoCounts();
        kind = (byte)(result.Options.Period == PeriodKind.Year ? 0 : 1);
    }

    /// <summary>The share of dyads written so far.</summary>
    public double Fraction => ids.Length == 0 ? 1 : (double)k / ids.Length;

    /// <summary>Writes the next rows (up to the chunk's capacity) into <paramref name="chunk"/>; returns how many, 0 when done.</summary>
    public int Fill(ChunkColumns chunk)
    {
        var (dyads, periods, measures) = (ids.Length, result.Periods.Length, values.Length);
        var capacity = chunk.Capacity;
        var kinds = chunk.Column<byte>(0);
        var periodColumn = chunk.Column<int>(1);
        var sliceColumn = chunk.Column<byte>(2);
        var nColumn = chunk.Column<int>(5);
        var yesNoColumn = chunk.Column<int>(6);
        var joints = joint.Span;
        var yesNos = yesNo.Span;
        var row = 0;
        for (; k < dyads; k++, si = 0)
        {
            var d = order[k];
            var (a, b) = ids[d];
            for (; si < sliceOrder.Length; si++, p = 0)
            {
                var s = sliceOrder[si];
                while (p < periods)
                {
                    var pp = p++;
                    var i = (((s * periods) + pp) * dyads) + d;
                    if (joints[i] == 0)
                    {
                        continue;
                    }

                    kinds[row] = kind;
                    periodColumn[row] = result.Periods[pp];
                    sliceColumn[row] = codes[s];
                    if (byteStates)
                    {
                        chunk.Column<byte>(3)[row] = (byte)a;
                        chunk.Column<byte>(4)[row] = (byte)b;
                    }
                    else
                    {
                        chunk.Column<short>(3)[row] = a;
                        chunk.Column<short>(4)[row] = b;
                    }

                    nColumn[row] = joints[i];
                    yesNoColumn[row] = yesNos[i];
                    for (var m = 0; m < measures; m++)
                    {
                        var v = values[m][i];
                        chunk.Column<double>(FirstMeasure + m)[row] = v;
                        if (double.IsNaN(v))
                        {
                            chunk.SetNull(FirstMeasure + m, row);
                        }
                    }

                    if (dropUnanimous is bool drop)
                    {
                        chunk.Column<bool>(FirstMeasure + measures)[row] = drop;
                    }

                    if (++row == capacity)
                    {
                        return row;
                    }
                }
            }
        }

        return row;
    }

    private static int IndexOf(IReadOnlyList<Slice> slices, Slice slice)
    {
        for (var i = 0; i < slices.Count; i++)
        {
            if (slices[i] == slice)
            {
                return i;
            }
        }

        throw new ArgumentException($"Slice '{slice}' is not one of {string.Join(", ", slices)}.", nameof(slice));
    }
}

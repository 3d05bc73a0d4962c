using System.Runtime.InteropServices;
using Multipolar.Alignment;

namespace Multipolar.Data.Store;

/// <summary>
/// The cells of an alignment result with joint votes as rows, in the result's own order (slice, period, a, b), written
/// a data chunk at a time (<see cref="Fill"/>, a <see cref="ChunkFill"/>) into the columns period_kind (ENUM code),
/// period, slice (ENUM code: the slice's index in the codes given), a, b (state codes: one byte, or two), n,
/// n_yes_no, then the result's measures in order (NULL when undefined). The writer behind <c>export dyads</c>
/// (through <see cref="ChunkSource"/>): one sequential pass over the result's arrays.
/// </summary>
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
    private readonly byte kind;
    private int k;
    private int si;
    private int p;

    /// <param name="result">The values.</param>
    /// <param name="sliceCodes">The slice ENUM's members in order (a slice's code is its index here).</param>
    /// <param name="states">The codes of a dyad's two states (any order; written smaller first).</param>
    /// <param name="byteStates">True when the state columns are one byte wide (an ENUM of at most 255 members), else two (SMALLINT).</param>
    public AlignmentCells(AlignmentResult result, IReadOnlyList<Slice> sliceCodes, Func<Dyad, (int A, int B)> states, bool byteStates)
    {
        this.result = result;
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

    /// <summary>Writes the next rows (up to the chunk's capacity) into <paramref name="chunk"/>; returns how many, 0 when done.</summary>
    public unsafe int Fill(ChunkColumns chunk)
    {
        var (dyads, periods, measures) = (ids.Length, result.Periods.Length, values.Length);
        var capacity = chunk.Capacity;
        var measureColumns = stackalloc double*[measures];
        for (var m = 0; m < measures; m++)
        {
            measureColumns[m] = chunk.Pointer<double>(FirstMeasure + m);
        }

        var joints = joint.Span;
        var yesNos = yesNo.Span;
        var row = 0;
        for (; si < sliceOrder.Length; si++, p = 0)
        {
            var s = sliceOrder[si];
            for (; p < periods; p++, k = 0)
            {
                var offset = ((s * periods) + p) * dyads;
                while (k < dyads)
                {
                    var d = order[k++];
                    var i = offset + d;
                    if (joints[i] == 0)
                    {
                        continue;
                    }

                    WriteKeys(chunk, row, s, p, d, joints[i], yesNos[i]);
                    for (var m = 0; m < measures; m++)
                    {
                        var v = values[m][i];
                        measureColumns[m][row] = v;
                        if (double.IsNaN(v))
                        {
                            chunk.SetNull(FirstMeasure + m, row);
                        }
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

    /// <summary>Writes row <paramref name="row"/>'s period kind, period, slice, states and counts.</summary>
    private unsafe void WriteKeys(ChunkColumns chunk, int row, int s, int p, int d, int n, int nYesNo)
    {
        chunk.Pointer<byte>(0)[row] = kind;
        chunk.Pointer<int>(1)[row] = result.Periods[p];
        chunk.Pointer<byte>(2)[row] = codes[s];
        var (a, b) = ids[d];
        if (byteStates)
        {
            chunk.Pointer<byte>(3)[row] = (byte)a;
            chunk.Pointer<byte>(4)[row] = (byte)b;
        }
        else
        {
            chunk.Pointer<short>(3)[row] = a;
            chunk.Pointer<short>(4)[row] = b;
        }

        chunk.Pointer<int>(5)[row] = n;
        chunk.Pointer<int>(6)[row] = nYesNo;
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

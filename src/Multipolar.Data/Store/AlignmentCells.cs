using System.Runtime.InteropServices;
using Multipolar.Alignment;

namespace Multipolar.Data.Store;

/// <summary>
/// The cells of an alignment result with joint votes as rows, dyad-major (a, b, slice, period) or in the
/// result's own order (slice, period, a, b), written a data chunk at a time (<see cref="Fill"/>, a <see cref="ChunkFill"/>) into the columns period_kind (ENUM code),
/// period, slice (ENUM code: the slice's index in the codes given), a, b (state codes: one byte, or two),
/// n, n_yes_no, the result's measures in order (NULL when undefined), then drop_unanimous when given. The one
/// writer behind <c>precompute</c> (through <see cref="ChunkAppender"/>) and <c>export dyads</c> (through
/// <see cref="ChunkSource"/>).
/// </summary>
/// <remarks>
/// Dyad-major order (<c>precompute</c>) puts one dyad's series in one or two of DuckDB's row groups, whose min/max statistics on a
/// and b let a dyad's query skip the rest. The result's arrays are period- and slice-major (dyad fastest), so
/// the cursor gathers eight dyads at a time into dyad-major buffers; one chunk's worth of rows per call keeps
/// the loop in tier-1 code.
/// </remarks>
internal sealed class AlignmentCells
{
    /// <summary>The first measure column.</summary>
    private const int FirstMeasure = 7;

    /// <summary>Dyads gathered at a time (<see cref="LoadBlock"/>): the block's cache lines of one cell stay in the cache between its dyads.</summary>
    private const int BlockSize = 32;

    private readonly AlignmentResult result;
    private readonly (short A, short B)[] ids;
    private readonly bool byteStates;
    private readonly bool dyadMajor;
    private readonly int[] order;
    private readonly byte[] codes;
    private readonly int[] sliceOrder;
    private readonly double[][] values;
    private readonly ReadOnlyMemory<int> joint;
    private readonly ReadOnlyMemory<int> yesNo;
    private readonly bool? dropUnanimous;
    private readonly byte kind;
    private readonly int[] blockJoint;
    private readonly int[] blockYesNo;
    private readonly double[][] blockValues;
    private int blockStart;
    private int blockLength;
    private int k;
    private int si;
    private int p;

    /// <param name="result">The values.</param>
    /// <param name="sliceCodes">The slice ENUM's members in order (a slice's code is its index here).</param>
    /// <param name="dropUnanimous">The drop_unanimous column's value, or null for no such column.</param>
    /// <param name="states">The codes of a dyad's two states (any order; written smaller first).</param>
    /// <param name="byteStates">True when the state columns are one byte wide (an ENUM of at most 255 members), else two (SMALLINT).</param>
    /// <param name="dyadMajor">True for rows dyad by dyad (a, b, slice, period), false for the arrays' own order (slice, period, a, b).</param>
    public AlignmentCells(AlignmentResult result, IReadOnlyList<Slice> sliceCodes, bool? dropUnanimous, Func<Dyad, (int A, int B)> states, bool byteStates, bool dyadMajor)
    {
        this.result = result;
        this.dyadMajor = dyadMajor;
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
        var block = dyadMajor ? BlockSize * result.Slices.Length * result.Periods.Length : 0;
        blockJoint = new int[block];
        blockYesNo = new int[block];
        blockValues = values.Select(_ => new double[block]).ToArray();
    }

    /// <summary>The share of dyads written so far.</summary>
    public double Fraction => ids.Length == 0 ? 1 : (double)k / ids.Length;

    /// <summary>Writes the next rows (up to the chunk's capacity) into <paramref name="chunk"/>; returns how many, 0 when done.</summary>
    public int Fill(ChunkColumns chunk) => dyadMajor ? FillDyadMajor(chunk) : FillPeriodMajor(chunk);

    /// <summary>Rows in the arrays' own order: no gather, one sequential pass.</summary>
    private unsafe int FillPeriodMajor(ChunkColumns chunk)
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

    /// <summary>Writes row <paramref name="row"/>'s period kind, period, slice, states, counts and drop_unanimous.</summary>
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
        if (dropUnanimous is bool drop)
        {
            chunk.Pointer<bool>(FirstMeasure + values.Length)[row] = drop;
        }
    }

    /// <summary>Rows dyad by dyad, through the block buffers.</summary>
    private unsafe int FillDyadMajor(ChunkColumns chunk)
    {
        var (dyads, periods, measures) = (ids.Length, result.Periods.Length, values.Length);
        var capacity = chunk.Capacity;
        var measureColumns = stackalloc double*[measures];
        for (var m = 0; m < measures; m++)
        {
            measureColumns[m] = chunk.Pointer<double>(FirstMeasure + m);
        }

        var cellsPerDyad = sliceOrder.Length * periods;
        var row = 0;
        for (; k < dyads; k++, si = 0)
        {
            if (k >= blockStart + blockLength)
            {
                LoadBlock(k);
            }

            var inBlock = (k - blockStart) * cellsPerDyad;
            for (; si < sliceOrder.Length; si++, p = 0)
            {
                var s = sliceOrder[si];
                var first = inBlock + (s * periods);
                while (p < periods)
                {
                    var pp = p++;
                    var c = first + pp;
                    if (blockJoint[c] == 0)
                    {
                        continue;
                    }

                    WriteKeys(chunk, row, s, pp, order[k], blockJoint[c], blockYesNo[c]);
                    for (var m = 0; m < measures; m++)
                    {
                        var v = blockValues[m][c];
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

    /// <summary>
    /// Copies the cells of the dyads <c>order[start..start + BlockSize]</c> into the block buffers, dyad-major:
    /// the result's arrays hold neighbouring dyads side by side, so one pass reads each cache line once for
    /// the whole block, where walking one dyad at a time would read a line per cell.
    /// </summary>
    private void LoadBlock(int start)
    {
        var cells = result.Slices.Length * result.Periods.Length;
        blockStart = start;
        blockLength = Math.Min(BlockSize, ids.Length - start);
        Gather(joint.Span, blockJoint, start, cells);
        Gather(yesNo.Span, blockYesNo, start, cells);
        for (var m = 0; m < values.Length; m++)
        {
            Gather(values[m], blockValues[m], start, cells);
        }
    }

    /// <summary>One array's part of <see cref="LoadBlock"/>: a simple loop, so that the cache misses of successive cells overlap.</summary>
    private void Gather<T>(ReadOnlySpan<T> from, T[] to, int start, int cells)
    {
        var dyads = ids.Length;
        for (var b = 0; b < blockLength; b++)
        {
            var d = order[start + b];
            var row = to.AsSpan(b * cells, cells);
            for (var cell = 0; cell < cells; cell++)
            {
                row[cell] = from[(cell * dyads) + d];
            }
        }
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

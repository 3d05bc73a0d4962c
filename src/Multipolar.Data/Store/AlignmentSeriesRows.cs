using System.Runtime.InteropServices;
using Multipolar.Alignment;

namespace Multipolar.Data.Store;

/// <summary>
/// The rows of <c>alignment_series</c> (docs/store.md) from one <see cref="ContingencyTables"/>: one row per dyad
/// and slice with joint votes, dyad-major (a, b, then slice), written a data chunk at a time (<see cref="Fill"/>, a
/// <see cref="ChunkFill"/>) into the columns period_kind (ENUM code), slice (ENUM code: the slice's index in
/// <see cref="Slice.Standard"/>), drop_unanimous, a, b (state ids, a &lt; b), period_from, periods, count_bytes and
/// tables: the dyad's tables for the periods period_from to period_from + periods − 1, nine counts each (rows: a's
/// vote; yes, abstain, no, row-major), each count_bytes (1 or 2) bytes wide, little-endian; a period without joint
/// votes inside the range is nine zeros. The range runs from the first to the last period with joint votes.
/// </summary>
/// <remarks>
/// One BLOB per dyad series instead of one row per dyad-period-slice with six doubles: DuckDB's per-value cost
/// (statistics, compression at the checkpoint) was most of <c>precompute</c>'s time (docs/benchmarks.md). A dyad's
/// query reads one row and evaluates its measure from the tables (<see cref="MeasureFormulas"/>), as the engine does.
/// </remarks>
internal sealed class AlignmentSeriesRows
{
    private const int Counts = ContingencyTables.CountsPerTable;

    /// <summary>Positions of a table's counts when a and b are swapped (rows become columns).</summary>
    private static readonly int[] Transposed = [0, 3, 6, 1, 4, 7, 2, 5, 8];

    private readonly ContingencyTables tables;
    private readonly (short A, short B, bool Swapped)[] ids;
    private readonly int[] order;
    private readonly byte[] sliceCodes;
    private readonly int[] sliceOrder;
    private readonly byte kind;
    private readonly bool dropUnanimous;
    private readonly byte[] buffer;
    private int k;
    private int si;

    /// <param name="tables">The tables.</param>
    /// <param name="stateId">The store's id of a state.</param>
    public AlignmentSeriesRows(ContingencyTables tables, Func<Multipolar.Countries.Country, short> stateId)
    {
        this.tables = tables;
        ids = tables.Dyads.Select(d => (x: stateId(d.A), y: stateId(d.B))).Select(p => p.x < p.y ? (p.x, p.y, false) : (p.y, p.x, true)).ToArray();
        order = Enumerable.Range(0, ids.Length).OrderBy(d => ids[d].A).ThenBy(d => ids[d].B).ToArray();
        var standard = Slice.Standard.ToList();
        sliceCodes = tables.Slices.Select(s => (byte)standard.IndexOf(s)).ToArray();
        sliceOrder = Enumerable.Range(0, sliceCodes.Length).OrderBy(s => sliceCodes[s]).ToArray();
        kind = (byte)(tables.Options.Period == PeriodKind.Year ? 0 : 1);
        dropUnanimous = tables.Options.DropUnanimous;
        var periods = tables.Periods;
        buffer = new byte[periods.IsEmpty ? 0 : (periods[^1] - periods[0] + 1) * Counts * 2];
    }

    /// <summary>The share of dyads written so far.</summary>
    public double Fraction => ids.Length == 0 ? 1 : (double)k / ids.Length;

    /// <summary>Tables with joint votes written so far (the dyad-period-slice cells the rows hold).</summary>
    public long Cells { get; private set; }

    /// <summary>Writes the next rows (up to the chunk's capacity) into <paramref name="chunk"/>; returns how many, 0 when done.</summary>
    public unsafe int Fill(ChunkColumns chunk)
    {
        var row = 0;
        for (; k < ids.Length; k++, si = 0)
        {
            var d = order[k];
            for (; si < sliceOrder.Length; si++)
            {
                if (row == chunk.Capacity)
                {
                    return row;
                }

                var s = sliceOrder[si];
                if (Encode(tables.Series(s, d), ids[d].Swapped) is not { } encoded)
                {
                    continue;
                }

                var (from, periods, width, length) = encoded;
                chunk.Pointer<byte>(0)[row] = kind;
                chunk.Pointer<byte>(1)[row] = sliceCodes[s];
                chunk.Pointer<bool>(2)[row] = dropUnanimous;
                chunk.Pointer<short>(3)[row] = ids[d].A;
                chunk.Pointer<short>(4)[row] = ids[d].B;
                chunk.Pointer<int>(5)[row] = from;
                chunk.Pointer<short>(6)[row] = (short)periods;
                chunk.Pointer<byte>(7)[row] = (byte)width;
                chunk.SetBytes(8, row, buffer.AsSpan(0, length));
                row++;
            }
        }

        return row;
    }

    /// <summary>Encodes one series into <see cref="buffer"/>; null when it has no joint vote.</summary>
    /// <remarks>
    /// On <c>precompute</c>'s writing thread, the pipeline's bottleneck (a fifth of its CPU in a scalar version):
    /// the range, the width and the empty periods are found with the vectorised span searches, and an unswapped
    /// table of two-byte counts is copied whole (little-endian, the format's byte order).
    /// </remarks>
    private (int From, int Periods, int Width, int Length)? Encode(ReadOnlySpan<ushort> series, bool swapped)
    {
        var firstCount = series.IndexOfAnyExcept((ushort)0);
        if (firstCount < 0)
        {
            return null;
        }

        var periods = tables.Periods.AsSpan();
        var (first, last) = (firstCount / Counts, series.LastIndexOfAnyExcept((ushort)0) / Counts);
        var used = series[(first * Counts)..((last + 1) * Counts)];
        var width = used.IndexOfAnyInRange((ushort)(byte.MaxValue + 1), ushort.MaxValue) < 0 ? 1 : 2;
        var (from, count) = (periods[first], periods[last] - periods[first] + 1);
        var length = count * Counts * width;
        var output = buffer.AsSpan(0, length);
        output.Clear();
        for (var p = first; p <= last; p++)
        {
            var table = series.Slice(p * Counts, Counts);
            if (table.IndexOfAnyExcept((ushort)0) < 0)
            {
                continue;   // a period without joint votes: nine zeros (cleared above)
            }

            Cells++;
            var at = (periods[p] - from) * Counts * width;
            if (!swapped && width == 2 && BitConverter.IsLittleEndian)
            {
                MemoryMarshal.AsBytes(table).CopyTo(output[at..]);
                continue;
            }

            for (var i = 0; i < Counts; i++)
            {
                var c = table[swapped ? Transposed[i] : i];
                if (width == 1)
                {
                    output[at + i] = (byte)c;
                }
                else
                {
                    output[at + (2 * i)] = (byte)c;
                    output[at + (2 * i) + 1] = (byte)(c >> 8);
                }
            }
        }

        return (from, count, width, length);
    }

    /// <summary>Decodes one row's tables (the inverse of the encoding above): period and table, periods without joint votes left out.</summary>
    public static IEnumerable<(int Period, ContingencyTable Table)> Decode(int from, int periods, int width, byte[] tables)
    {
        Span<int> c = stackalloc int[Counts];
        var list = new List<(int, ContingencyTable)>(periods);
        for (var p = 0; p < periods; p++)
        {
            for (var i = 0; i < Counts; i++)
            {
                var at = (p * Counts) + i;
                c[i] = width == 1 ? tables[at] : tables[2 * at] | (tables[(2 * at) + 1] << 8);
            }

            var table = new ContingencyTable(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8]);
            if (table.Joint > 0)
            {
                list.Add((from + p, table));
            }
        }

        return list;
    }
}

using DuckDB.NET.Data;
using DuckDB.NET.Native;

namespace Multipolar.Data.Store;

/// <summary>
/// The columnar bulk path into a DuckDB table: fills one data chunk (<see cref="ChunkColumns.Capacity"/> rows) column by
/// column through pointers to its vectors and hands it to DuckDB's appender whole (<c>duckdb_append_data_chunk</c>),
/// instead of one call per value. Fixed-width columns (integers, doubles, booleans, ENUMs as their
/// byte codes) and BLOBs (<see cref="ChunkColumns.SetBytes"/>), written through <see cref="ChunkColumns"/>.
/// </summary>
/// <remarks>
/// Written by hand because DuckDB.NET's appender is row by row (a call per value); this uses DuckDB.NET's
/// bindings of the C API (<c>NativeMethods</c>) and <see cref="DuckDBNative"/>. Not thread-safe. The rows are part of the
/// connection's transaction, like the appender's.
/// </remarks>
internal sealed class ChunkAppender : IDisposable
{
    private readonly DuckDB.NET.Native.DuckDBAppender appender;
    private readonly DuckDBLogicalType[] types;
    private readonly DuckDBDataChunk chunk;
    private bool closed;

    public ChunkAppender(DuckDBConnection connection, string table)
    {
        if (NativeMethods.Appender.DuckDBAppenderCreate(connection.NativeConnection, null, table, out appender) != DuckDBState.Success)
        {
            throw new StoreException($"Cannot append to the table {table}.");
        }

        var columns = (int)NativeMethods.Appender.DuckDBAppenderColumnCount(appender);
        types = new DuckDBLogicalType[columns];
        var handles = new IntPtr[columns];
        for (var c = 0; c < columns; c++)
        {
            types[c] = NativeMethods.Appender.DuckDBAppenderColumnType(appender, (ulong)c);
            handles[c] = types[c].DangerousGetHandle();
        }

        chunk = NativeMethods.DataChunks.DuckDBCreateDataChunk(handles, (ulong)columns);
        Chunk = new ChunkColumns(chunk.DangerousGetHandle(), columns);
    }

    /// <summary>The current chunk's columns, to fill before <see cref="Flush"/>.</summary>
    public ChunkColumns Chunk { get; private set; }

    /// <summary>Appends every row <paramref name="fill"/> writes, a chunk at a time, until it returns 0; returns the rows appended.</summary>
    public long Append(ChunkFill fill)
    {
        long rows = 0;
        for (int n; (n = fill(Chunk)) > 0; rows += n)
        {
            Flush(n);
        }

        return rows;
    }

    /// <summary>Appends the first <paramref name="rows"/> rows of the current chunk and starts a new one.</summary>
    public void Flush(int rows)
    {
        if (rows == 0)
        {
            return;
        }

        NativeMethods.DataChunks.DuckDBDataChunkSetSize(chunk, (ulong)rows);
        if (NativeMethods.Appender.DuckDBAppendDataChunk(appender, chunk) != DuckDBState.Success)
        {
            throw new StoreException("Bulk append of a data chunk failed (a value does not fit its column).");
        }

        NativeMethods.DataChunks.DuckDBDataChunkReset(chunk);
        Chunk = new ChunkColumns(chunk.DangerousGetHandle(), types.Length);
    }

    /// <summary>Flushes DuckDB's appender into the table (the rows are then visible to the transaction).</summary>
    public void Close()
    {
        if (closed)
        {
            return;
        }

        closed = true;
        if (NativeMethods.Appender.DuckDBAppenderClose(appender) != DuckDBState.Success)
        {
            throw new StoreException("Bulk append failed when DuckDB flushed the rows into the table.");
        }
    }

    public void Dispose()
    {
        try
        {
            Close();
        }
        finally
        {
            chunk.Dispose();
            foreach (var t in types)
            {
                t.Dispose();
            }

            appender.Dispose();
        }
    }
}

using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using DuckDB.NET.Data;

namespace Multipolar.Data.Store;

/// <summary>
/// The columnar path out of managed memory into a DuckDB query: a table function (DuckDB's C API,
/// <c>duckdb_create_table_function</c>) registered on the connection under <see cref="Name"/>, whose rows a
/// <see cref="ChunkFill"/> writes straight into the data chunks DuckDB asks for. <c>COPY (SELECT … FROM name())
/// TO 'file.parquet'</c> then streams them into the file: no scratch table, no copy of the rows.
/// </summary>
/// <remarks>
/// Written by hand because DuckDB.NET's table functions map one row at a time through boxed objects; this binds
/// the C API directly (<see cref="DuckDBNative"/>) with unmanaged callbacks, so it also works in the Native AOT
/// binary. Fixed-width columns only (integers, doubles, booleans, ENUMs as their codes). One source per query:
/// DuckDB calls the fill on one thread (the function declares no parallelism), in order, until it returns 0.
/// A function stays registered with the connection; <see cref="Dispose"/> only ends this source, so every
/// source needs a fresh name (<see cref="VoteStore"/> numbers them).
/// </remarks>
internal sealed unsafe class ChunkSource : IDisposable
{
    private readonly (string Name, IntPtr Type)[] columns;
    private readonly ChunkFill fill;
    private GCHandle self;
    private Exception? failure;

    /// <summary>Registers the table function <paramref name="name"/> with <paramref name="columns"/> (name and a DuckDB logical type, which this source then owns).</summary>
    public ChunkSource(DuckDBConnection connection, string name, (string Name, IntPtr Type)[] columns, ChunkFill fill)
    {
        this.columns = columns;
        this.fill = fill;
        Name = name;
        self = GCHandle.Alloc(this);
        var function = DuckDBNative.CreateTableFunction();
        try
        {
            DuckDBNative.TableFunctionSetName(function, name);
            DuckDBNative.TableFunctionSetExtraInfo(function, GCHandle.ToIntPtr(self), null);
            DuckDBNative.TableFunctionSetBind(function, &Bind);
            DuckDBNative.TableFunctionSetInit(function, &Init);
            DuckDBNative.TableFunctionSetFunction(function, &Produce);
            if (DuckDBNative.RegisterTableFunction(connection.NativeConnection.DangerousGetHandle(), function) != 0)
            {
                throw new StoreException($"Cannot register the table function {name}.");
            }
        }
        finally
        {
            DuckDBNative.DestroyTableFunction(&function);
        }
    }

    /// <summary>The table function's name, for <c>FROM name()</c>.</summary>
    public string Name { get; }

    /// <summary>An exception the fill threw while DuckDB pulled rows (DuckDB reports a generic error; this is the cause).</summary>
    public Exception? Failure => failure;

    public void Dispose()
    {
        foreach (var (_, type) in columns)
        {
            var t = type;
            DuckDBNative.DestroyLogicalType(&t);
        }

        if (self.IsAllocated)
        {
            self.Free();
        }
    }

    private static ChunkSource Of(IntPtr extraInfo) => (ChunkSource)GCHandle.FromIntPtr(extraInfo).Target!;

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Bind(IntPtr info)
    {
        var source = Of(DuckDBNative.BindGetExtraInfo(info));
        foreach (var (name, type) in source.columns)
        {
            DuckDBNative.BindAddResultColumn(info, name, type);
        }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Init(IntPtr info) => DuckDBNative.InitSetMaxThreads(info, 1);

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Produce(IntPtr info, IntPtr output)
    {
        var source = Of(DuckDBNative.FunctionGetExtraInfo(info));
        try
        {
            var chunk = new ChunkColumns(output, source.columns.Length);
            DuckDBNative.DataChunkSetSize(output, (ulong)source.fill(chunk));
        }
        catch (Exception e)
        {
            source.failure = e;
            DuckDBNative.FunctionSetError(info, e.Message);
        }
    }
}

/// <summary>Fills up to <see cref="ChunkColumns.Capacity"/> rows of <paramref name="chunk"/>; returns how many (0: no more rows).</summary>
internal delegate int ChunkFill(ChunkColumns chunk);

/// <summary>The column vectors of one DuckDB data chunk, written in place through pointers.</summary>
internal readonly unsafe struct ChunkColumns
{
    private readonly IntPtr[] vectors;
    private readonly IntPtr[] data;
    private readonly IntPtr[] validity;

    /// <summary>The vectors of the data chunk <paramref name="chunk"/> (a <c>duckdb_data_chunk</c>) with <paramref name="count"/> columns.</summary>
    public ChunkColumns(IntPtr chunk, int count)
    {
        vectors = new IntPtr[count];
        data = new IntPtr[count];
        validity = new IntPtr[count];
        for (var c = 0; c < count; c++)
        {
            vectors[c] = DuckDBNative.DataChunkGetVector(chunk, (ulong)c);
            data[c] = DuckDBNative.VectorGetData(vectors[c]);
        }

        Capacity = (int)DuckDBNative.VectorSize();
    }

    /// <summary>Rows per chunk (DuckDB's vector size, 2048).</summary>
    public int Capacity { get; }

    /// <summary>The values of column <paramref name="column"/> (<see cref="Capacity"/> of them).</summary>
    public Span<T> Column<T>(int column)
        where T : unmanaged => new((void*)data[column], Capacity);

    /// <summary>The first value of column <paramref name="column"/>, to write through.</summary>
    public T* Pointer<T>(int column)
        where T : unmanaged => (T*)data[column];

    /// <summary>Sets row <paramref name="row"/> of the BLOB or VARCHAR column <paramref name="column"/> to <paramref name="value"/> (DuckDB copies it).</summary>
    public void SetBytes(int column, int row, ReadOnlySpan<byte> value)
    {
        fixed (byte* p = value)
        {
            DuckDBNative.VectorAssignStringElementLen(vectors[column], (ulong)row, p, (ulong)value.Length);
        }
    }

    /// <summary>Marks row <paramref name="row"/> of column <paramref name="column"/> NULL.</summary>
    public void SetNull(int column, int row)
    {
        if (validity[column] == IntPtr.Zero)
        {
            DuckDBNative.VectorEnsureValidityWritable(vectors[column]);
            validity[column] = (IntPtr)DuckDBNative.VectorGetValidity(vectors[column]);
        }

        ((ulong*)validity[column])[row >> 6] &= ~(1UL << (row & 63));
    }
}

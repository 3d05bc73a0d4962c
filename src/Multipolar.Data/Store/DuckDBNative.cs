using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Multipolar.Data.Store;

/// <summary>
/// The few functions of DuckDB's C API (<c>duckdb.h</c>, DuckDB 1.5) that <see cref="ChunkSource"/> needs and
/// DuckDB.NET does not bind with raw pointers: table functions, data chunks and vectors as the callbacks receive
/// them, logical types. Bound from the same native library DuckDB.NET loads (<c>libduckdb</c>).
/// </summary>
internal static unsafe partial class DuckDBNative
{
    private const string Library = "duckdb";

    /// <summary>DuckDB's type ids (<c>duckdb_type</c>).</summary>
    public enum TypeId
    {
        Boolean = 1,
        TinyInt = 2,
        SmallInt = 3,
        Integer = 4,
        BigInt = 5,
        UTinyInt = 6,
        USmallInt = 7,
        Double = 11,
    }

    [LibraryImport(Library, EntryPoint = "duckdb_create_table_function")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial IntPtr CreateTableFunction();

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_table_function")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial void DestroyTableFunction(IntPtr* function);

    [LibraryImport(Library, EntryPoint = "duckdb_table_function_set_name", StringMarshalling = StringMarshalling.Utf8)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial void TableFunctionSetName(IntPtr function, string name);

    [LibraryImport(Library, EntryPoint = "duckdb_table_function_set_extra_info")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial void TableFunctionSetExtraInfo(IntPtr function, IntPtr extraInfo, delegate* unmanaged[Cdecl]<IntPtr, void> destroy);

    [LibraryImport(Library, EntryPoint = "duckdb_table_function_set_bind")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial void TableFunctionSetBind(IntPtr function, delegate* unmanaged[Cdecl]<IntPtr, void> bind);

    [LibraryImport(Library, EntryPoint = "duckdb_table_function_set_init")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial void TableFunctionSetInit(IntPtr function, delegate* unmanaged[Cdecl]<IntPtr, void> init);

    [LibraryImport(Library, EntryPoint = "duckdb_table_function_set_function")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial void TableFunctionSetFunction(IntPtr function, delegate* unmanaged[Cdecl]<IntPtr, IntPtr, void> callback);

    [LibraryImport(Library, EntryPoint = "duckdb_register_table_function")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int RegisterTableFunction(IntPtr connection, IntPtr function);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_get_extra_info")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial IntPtr BindGetExtraInfo(IntPtr info);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_add_result_column", StringMarshalling = StringMarshalling.Utf8)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial void BindAddResultColumn(IntPtr info, string name, IntPtr type);

    [LibraryImport(Library, EntryPoint = "duckdb_init_set_max_threads")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial void InitSetMaxThreads(IntPtr info, ulong threads);

    [LibraryImport(Library, EntryPoint = "duckdb_function_get_extra_info")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial IntPtr FunctionGetExtraInfo(IntPtr info);

    [LibraryImport(Library, EntryPoint = "duckdb_function_set_error", StringMarshalling = StringMarshalling.Utf8)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial void FunctionSetError(IntPtr info, string error);

    [LibraryImport(Library, EntryPoint = "duckdb_data_chunk_get_vector")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial IntPtr DataChunkGetVector(IntPtr chunk, ulong column);

    [LibraryImport(Library, EntryPoint = "duckdb_data_chunk_set_size")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial void DataChunkSetSize(IntPtr chunk, ulong size);

    [LibraryImport(Library, EntryPoint = "duckdb_vector_get_data")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial IntPtr VectorGetData(IntPtr vector);

    [LibraryImport(Library, EntryPoint = "duckdb_vector_assign_string_element_len")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial void VectorAssignStringElementLen(IntPtr vector, ulong index, byte* value, ulong length);

    [LibraryImport(Library, EntryPoint = "duckdb_vector_get_validity")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial ulong* VectorGetValidity(IntPtr vector);

    [LibraryImport(Library, EntryPoint = "duckdb_vector_ensure_validity_writable")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial void VectorEnsureValidityWritable(IntPtr vector);

    [LibraryImport(Library, EntryPoint = "duckdb_vector_size")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial ulong VectorSize();

    [LibraryImport(Library, EntryPoint = "duckdb_create_logical_type")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial IntPtr CreateLogicalType(TypeId type);

    [LibraryImport(Library, EntryPoint = "duckdb_create_enum_type")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    private static partial IntPtr CreateEnumType(IntPtr* names, ulong count);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_logical_type")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial void DestroyLogicalType(IntPtr* type);

    /// <summary>An ENUM type of <paramref name="members"/> in order (codes 0, 1, …; one byte up to 255 members, two up to 65,535).</summary>
    public static IntPtr CreateEnumType(IReadOnlyList<string> members)
    {
        var names = new IntPtr[members.Count];
        try
        {
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = Marshal.StringToCoTaskMemUTF8(members[i]);
            }

            fixed (IntPtr* p = names)
            {
                return CreateEnumType(p, (ulong)names.Length);
            }
        }
        finally
        {
            foreach (var n in names)
            {
                Marshal.FreeCoTaskMem(n);
            }
        }
    }
}

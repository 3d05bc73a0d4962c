using System.Data;
using System.Globalization;
using DuckDB.NET.Data;
using Multipolar.Countries;
using Multipolar.Data.Formats;

namespace Multipolar.Data.Store;

/// <summary>
/// The embedded analytical store: one DuckDB file holding the roll calls, votes, their sources and the
/// country reference. Opening creates the file and schema when missing and refuses a store written by a
/// newer Multipolar. Schema documented in docs/store.md.
/// </summary>
/// <remarks>
/// Writes happen in single transactions (<see cref="Ingest"/>): a process killed in the middle leaves the
/// previous contents, which DuckDB's write-ahead log restores on the next open. Not thread-safe: one
/// instance per thread.
/// </remarks>
public sealed partial class VoteStore : IDisposable
{
    private readonly DuckDBConnection connection;
    private readonly Dictionary<string, short> stateIds = new(StringComparer.Ordinal);
    private readonly Dictionary<short, Country> statesById = [];

    private VoteStore(string path, DuckDBConnection connection, CountryReference reference)
    {
        Path = path;
        this.connection = connection;
        Reference = reference;
    }

    /// <summary>The store file.</summary>
    public string Path { get; }

    /// <summary>The country reference the store's ISO3 codes are read with.</summary>
    public CountryReference Reference { get; }

    /// <summary>Opens (creating when missing) the store at <paramref name="path"/>.</summary>
    /// <exception cref="StoreException">The file is not a Multipolar store, or is from a newer version.</exception>
    public static VoteStore Open(string path, CountryReference? reference = null, bool readOnly = false)
    {
        reference ??= CountryReference.Default;
        var full = System.IO.Path.GetFullPath(path);
        if (readOnly && !File.Exists(full))
        {
            throw new StoreException($"No store at {full}: run 'multipolar ingest PATH' first (or pass --db).");
        }

        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        var connection = new DuckDBConnection($"Data Source={full}{(readOnly ? ";ACCESS_MODE=READ_ONLY" : "")}");
        try
        {
            connection.Open();
        }
        catch (DuckDBException e)
        {
            connection.Dispose();
            throw new StoreException($"Cannot open the store {full}: {e.Message}", e);
        }

        var store = new VoteStore(full, connection, reference);
        try
        {
            if (!readOnly)
            {
                store.EnsureSchema();
            }
            else
            {
                store.CheckVersion(readOnly: true);
            }

            store.SyncCountries(readOnly);
        }
        catch
        {
            store.Dispose();
            throw;
        }

        return store;
    }

    /// <summary>The schema version of this store.</summary>
    public int SchemaVersion => int.Parse(Scalar("SELECT value FROM meta WHERE key = 'schema_version'")?.ToString() ?? "0", CultureInfo.InvariantCulture);

    private void EnsureSchema()
    {
        var hasMeta = Convert.ToInt64(Scalar("SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'"), CultureInfo.InvariantCulture) > 0;
        if (hasMeta)
        {
            CheckVersion(readOnly: false);
            return;
        }

        var tables = Convert.ToInt64(Scalar("SELECT count(*) FROM information_schema.tables"), CultureInfo.InvariantCulture);
        if (tables > 0)
        {
            throw new StoreException($"{Path} is a DuckDB database but not a Multipolar store (it has tables but no 'meta'). Use another --db path.");
        }

        using var tx = connection.BeginTransaction();
        foreach (var sql in Schema.Create)
        {
            Execute(sql);
        }

        Execute($"INSERT INTO meta VALUES ('schema_version', '{Schema.Version}'), ('created_at', '{DateTime.UtcNow:O}')");
        tx.Commit();
    }

    /// <summary>
    /// Loads the store's state ids (stable within a store: votes refer to states by a small integer) and
    /// adds the reference's states the store does not have yet.
    /// </summary>
    private void SyncCountries(bool readOnly)
    {
        using (var r = Query("SELECT state_id, iso3 FROM countries"))
        {
            while (r.Read())
            {
                var id = r.GetInt16(0);
                var iso3 = r.GetString(1);
                stateIds[iso3] = id;
                if (Reference.TryGetByIso3(iso3, out var c))
                {
                    statesById[id] = c;
                }
            }
        }

        var missing = Reference.Countries.Where(c => !stateIds.ContainsKey(c.Iso3)).ToArray();
        if (missing.Length == 0 || readOnly)
        {
            return;
        }

        var next = (short)(stateIds.Count == 0 ? 1 : stateIds.Values.Max() + 1);
        using var appender = connection.CreateAppender("countries");
        foreach (var c in missing)
        {
            var id = next++;
            stateIds[c.Iso3] = id;
            statesById[id] = c;
            appender.CreateRow().AppendValue(id).AppendValue(c.Iso3).AppendValue(c.Iso2).AppendValue(c.Cow).AppendValue(c.M49).AppendValue(c.Name)
                .AppendValue(c.MemberFrom is { } f ? f.ToDateTime(TimeOnly.MinValue) : (DateTime?)null)
                .AppendValue(c.MemberUntil is { } u ? u.ToDateTime(TimeOnly.MinValue) : (DateTime?)null)
                .EndRow();
        }
    }

    /// <summary>The state with a store state id.</summary>
    internal Country StateOf(short stateId) => statesById.TryGetValue(stateId, out var c)
        ? c
        : throw new StoreException($"The store refers to state id {stateId}, which this Multipolar's country reference does not know.");

    /// <summary>The store state id of a state.</summary>
    internal short StateId(Country country) => stateIds.TryGetValue(country.Iso3, out var id)
        ? id
        : throw new StoreException($"{country.Iso3} is not in the store's country table; open the store for writing once to add it.");

    private void CheckVersion(bool readOnly)
    {
        var version = SchemaVersion;
        if (version > Schema.Version)
        {
            throw new StoreException($"{Path} has schema version {version}; this Multipolar reads up to {Schema.Version}. Upgrade Multipolar.");
        }

        if (version == Schema.Version)
        {
            return;
        }

        if (readOnly)
        {
            throw new StoreException($"{Path} has schema version {version}; this Multipolar upgrades it to {Schema.Version} when it opens the store for writing: run 'multipolar ingest' on it once (sources already ingested are skipped).");
        }

        using var tx = connection.BeginTransaction();
        for (var v = version; v < Schema.Version; v++)
        {
            foreach (var sql in Schema.Migrations[v])
            {
                Execute(sql);
            }
        }

        tx.Commit();
    }

    internal object? Scalar(string sql, params object?[] args)
    {
        using var cmd = Command(sql, args);
        var result = cmd.ExecuteScalar();
        return result is DBNull ? null : result;
    }

    internal int Execute(string sql, params object?[] args)
    {
        using var cmd = Command(sql, args);
        return cmd.ExecuteNonQuery();
    }

    internal DuckDBCommand Command(string sql, params object?[] args)
    {
        var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var a in args)
        {
            cmd.Parameters.Add(new DuckDBParameter(a ?? DBNull.Value));
        }

        return cmd;
    }

    internal DuckDBDataReader Query(string sql, params object?[] args)
    {
        var cmd = Command(sql, args);
        return (DuckDBDataReader)cmd.ExecuteReader();
    }

    /// <inheritdoc />
    public void Dispose() => connection.Dispose();
}

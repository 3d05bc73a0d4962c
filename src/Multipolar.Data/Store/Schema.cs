namespace Multipolar.Data.Store;

/// <summary>
/// The store's schema, versioned. Documented in docs/store.md; a change bumps <see cref="Version"/> and
/// adds a migration step to <see cref="Migrations"/>.
/// </summary>
internal static class Schema
{
    public const int Version = 1;

    public static readonly string[] Create =
    [
        "CREATE TABLE IF NOT EXISTS meta(key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)",
        """
        CREATE TABLE IF NOT EXISTS sources(
            source_id INTEGER PRIMARY KEY, path VARCHAR NOT NULL, file_name VARCHAR NOT NULL, format VARCHAR NOT NULL,
            sha256 VARCHAR NOT NULL UNIQUE, bytes BIGINT NOT NULL, data_rows BIGINT NOT NULL, precedence INTEGER NOT NULL,
            ingested_at TIMESTAMP NOT NULL)
        """,
        """
        CREATE TABLE IF NOT EXISTS countries(
            state_id SMALLINT PRIMARY KEY, iso3 VARCHAR NOT NULL UNIQUE, iso2 VARCHAR, cow INTEGER, m49 INTEGER, name VARCHAR NOT NULL,
            member_from DATE, member_until DATE)
        """,
        """
        CREATE TABLE IF NOT EXISTS rollcalls(
            rollcall_id BIGINT PRIMARY KEY, body VARCHAR NOT NULL, session INTEGER, date DATE NOT NULL,
            resolution VARCHAR, title VARCHAR, description VARCHAR, amend BOOLEAN NOT NULL, para BOOLEAN NOT NULL,
            important BOOLEAN NOT NULL, source_id INTEGER NOT NULL)
        """,
        "CREATE TABLE IF NOT EXISTS rollcall_issues(rollcall_id BIGINT NOT NULL, issue VARCHAR NOT NULL, inferred BOOLEAN NOT NULL)",
        "CREATE TABLE IF NOT EXISTS rollcall_sources(rollcall_id BIGINT NOT NULL, source_id INTEGER NOT NULL, source_key VARCHAR NOT NULL, line BIGINT NOT NULL)",
        """
        CREATE TABLE IF NOT EXISTS votes(
            rollcall_id BIGINT NOT NULL, state_id SMALLINT NOT NULL, vote UTINYINT NOT NULL,
            source_id INTEGER NOT NULL, line INTEGER NOT NULL, effective BOOLEAN NOT NULL)
        """,
        "CREATE VIEW IF NOT EXISTS votes_named AS SELECT v.*, c.iso3 FROM votes v JOIN countries c USING (state_id)",
    ];

    /// <summary>Steps from version n to n + 1, indexed by n (none yet).</summary>
    public static readonly IReadOnlyDictionary<int, string[]> Migrations = new Dictionary<int, string[]>();
}

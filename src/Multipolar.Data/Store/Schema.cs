namespace Multipolar.Data.Store;

/// <summary>
/// The store's schema, versioned. Documented in docs/store.md; a change bumps <see cref="Version"/> and
/// adds a migration step to <see cref="Migrations"/>.
/// </summary>
internal static class Schema
{
    public const int Version = 3;

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
        CreateTallies,
        CreateIssueDrops,
    ];

    /// <summary>
    /// Version 2: the tally of every roll call's effective votes (yes, abstain, no), derived from <c>votes</c> and
    /// rebuilt with them (<see cref="RefreshTallies"/>), so that a query of a few states still knows whether a roll
    /// call was unanimous without reading every state's vote (docs/store.md).
    /// </summary>
    private const string CreateTallies = "CREATE TABLE IF NOT EXISTS rollcall_tallies(rollcall_id BIGINT PRIMARY KEY, yes INTEGER NOT NULL, abstain INTEGER NOT NULL, no INTEGER NOT NULL)";

    /// <summary>
    /// Version 3: the issue codes a source gave that the source-defect rule dropped (<c>DuplicatedIssueRule</c>), with
    /// the defect they belong to (its <c>meta</c> key), so that later ingests can decide them again from other sources'
    /// titles (docs/sources.md, "Known source defects").
    /// </summary>
    private const string CreateIssueDrops = "CREATE TABLE IF NOT EXISTS rollcall_issue_drops(rollcall_id BIGINT NOT NULL, issue VARCHAR NOT NULL, defect VARCHAR NOT NULL)";

    /// <summary>Rebuilds <c>rollcall_tallies</c> from the effective votes (two statements, run in the caller's transaction).</summary>
    public static readonly string[] RefreshTallies =
    [
        "DELETE FROM rollcall_tallies",
        """
        INSERT INTO rollcall_tallies
        SELECT rollcall_id, count(*) FILTER (WHERE vote = 1), count(*) FILTER (WHERE vote = 2), count(*) FILTER (WHERE vote = 3)
        FROM votes WHERE effective GROUP BY rollcall_id
        """,
    ];

    /// <summary>SQL of a roll call's unanimity from its tally <c>t</c>: at most one of yes, abstain and no was cast (true when none was).</summary>
    public const string Unanimous = "coalesce((t.yes > 0)::INTEGER + (t.abstain > 0)::INTEGER + (t.no > 0)::INTEGER <= 1, true)";

    /// <summary>Steps from version n to n + 1, indexed by n; each ends by recording its version.</summary>
    public static readonly IReadOnlyDictionary<int, string[]> Migrations = new Dictionary<int, string[]>
    {
        [1] = [CreateTallies, .. RefreshTallies, "UPDATE meta SET value = '2' WHERE key = 'schema_version'"],
        [2] = [CreateIssueDrops, "UPDATE meta SET value = '3' WHERE key = 'schema_version'"],
    };
}

using System.Globalization;

namespace Multipolar.Data.Store;

public sealed partial class VoteStore
{
    /// <summary>Environment variable (tests only): the path of a marker file an export writes before it renames its temporary file, then waits.</summary>
    internal const string HoldBeforeRenameVariable = "MULTIPOLAR_TEST_HOLD_BEFORE_RENAME";

    /// <summary>
    /// Writes the votes, one row per roll call and state with an effective vote: <c>rcid, date, year, session,
    /// resolution, state, vote, source</c> (docs/output.md). Years <paramref name="fromYear"/>–<paramref name="toYear"/>
    /// (all when null), General Assembly only. Returns the rows written.
    /// </summary>
    public long ExportVotes(string path, int? fromYear = null, int? toYear = null) => CopyTo(
        $"""
        SELECT v.rollcall_id AS rcid, r.date, year(r.date) AS year, r.session, r.resolution, c.iso3 AS state,
            CASE v.vote WHEN 1 THEN 'yes' WHEN 2 THEN 'abstain' WHEN 3 THEN 'no' WHEN 8 THEN 'absent' ELSE 'none' END AS vote,
            s.file_name AS source
        FROM votes v JOIN rollcalls r USING (rollcall_id) JOIN countries c USING (state_id) JOIN sources s ON s.source_id = v.source_id
        WHERE v.effective AND r.body = 'GA'{YearFilter(fromYear, toYear)}
        ORDER BY r.date, v.rollcall_id, c.iso3
        """,
        path);

    /// <summary>
    /// Writes the roll calls: <c>rcid, date, year, session, resolution, title, issues, amend, para, important,
    /// yes, no, abstain, unanimous</c> (docs/output.md), General Assembly only. Returns the rows written.
    /// </summary>
    public long ExportRollCalls(string path, int? fromYear = null, int? toYear = null) => CopyTo(
        $"""
        SELECT r.rollcall_id AS rcid, r.date, year(r.date) AS year, r.session, r.resolution, r.title, i.issues,
            r.amend, r.para, r.important, coalesce(t.yes, 0) AS yes, coalesce(t.no, 0) AS no, coalesce(t.abstain, 0) AS abstain,
            {Schema.Unanimous} AS unanimous
        FROM rollcalls r
        LEFT JOIN (SELECT rollcall_id, string_agg(issue, ',' ORDER BY issue) AS issues FROM rollcall_issues GROUP BY rollcall_id) i USING (rollcall_id)
        LEFT JOIN rollcall_tallies t USING (rollcall_id)
        WHERE r.body = 'GA'{YearFilter(fromYear, toYear)}
        ORDER BY r.date, r.rollcall_id
        """,
        path);

    /// <summary>
    /// Writes the store's countries: <c>state, iso2, cow, m49, name, member_from, member_until, votes</c>
    /// (votes: effective votes stored). Returns the rows written.
    /// </summary>
    public long ExportCountries(string path) => CopyTo(
        """
        SELECT c.iso3 AS state, c.iso2, c.cow, c.m49, c.name, c.member_from, c.member_until, coalesce(n.votes, 0) AS votes
        FROM countries c LEFT JOIN (SELECT state_id, count(*) AS votes FROM votes WHERE effective GROUP BY state_id) n USING (state_id)
        ORDER BY c.iso3
        """,
        path);

    /// <summary>
    /// Writes the result of <paramref name="select"/> (SQL the store composed from fixed text, never request
    /// text) to <paramref name="path"/> in the format its extension names (<see cref="ExportFormats.FromPath"/>),
    /// through a temporary file next to it that is renamed over the target once complete: a killed export
    /// leaves the previous file or none, never a truncated one. Returns the rows written.
    /// </summary>
    /// <remarks>An exception thrown by <paramref name="source"/>'s fill while DuckDB pulls its rows is rethrown as the cause.</remarks>
    internal long CopyTo(string select, string path, ChunkSource? source = null)
    {
        var full = System.IO.Path.GetFullPath(path);
        var dir = System.IO.Path.GetDirectoryName(full)!;
        if (!Directory.Exists(dir))
        {
            throw new ArgumentException($"--out {path}: the folder {dir} does not exist.");
        }

        // Same folder, so the rename is atomic; the extension keeps DuckDB's own format detection out of it.
        var temp = System.IO.Path.Combine(dir, $".{System.IO.Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        var options = ExportFormats.FromPath(full) switch
        {
            ExportFormat.Csv => "FORMAT csv, HEADER true",
            ExportFormat.CsvGzip => "FORMAT csv, HEADER true, COMPRESSION gzip",
            _ => "FORMAT parquet",
        };
        try
        {
            // COPY answers with the rows it wrote (DuckDB's changed-rows count).
            long rows;
            try
            {
                rows = Execute($"COPY ({select}) TO '{temp.Replace("'", "''", StringComparison.Ordinal)}' ({options})");
            }
            catch (DuckDB.NET.Data.DuckDBException) when (source?.Failure is { } failure)
            {
                throw new StoreException($"Writing {path} failed: {failure.Message}", failure);
            }

            if (Environment.GetEnvironmentVariable(HoldBeforeRenameVariable) is { Length: > 0 } marker)
            {
                File.WriteAllText(marker, "holding");
                Thread.Sleep(TimeSpan.FromMinutes(2));
            }

            File.Move(temp, full, overwrite: true);
            return rows;
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    private static string YearFilter(int? fromYear, int? toYear) =>
        (fromYear is int f ? string.Create(CultureInfo.InvariantCulture, $" AND year(r.date) >= {f}") : "")
        + (toYear is int t ? string.Create(CultureInfo.InvariantCulture, $" AND year(r.date) <= {t}") : "");
}

using System.Globalization;
using Multipolar.Data.Formats;

namespace Multipolar.Data.Store;

/// <summary>An adopted resolution as stored (voted or not): docs/store.md, table <c>resolutions</c>.</summary>
/// <param name="Symbol">The resolution symbol as published.</param>
/// <param name="Session">The regular session.</param>
/// <param name="Date">The adoption date.</param>
/// <param name="Adoption"><c>recorded vote</c>, <c>without a vote</c> or <c>not stated</c>.</param>
/// <param name="Yes">The stated count in favour, when given.</param>
/// <param name="No">The stated count against, when given.</param>
/// <param name="Abstain">The stated abstentions, when given.</param>
/// <param name="Title">The title.</param>
/// <param name="IssueBasis">Issue codes of its texts with the field(s) that gave each (<c>hr:title ec:subjects+title</c>).</param>
/// <param name="RollCallId">The roll call kept for it, or null (adopted without a vote, or a source defect).</param>
/// <param name="Note">The source defect affecting it, if any.</param>
/// <param name="Source">The file it was read from.</param>
/// <param name="Line">The line of that file.</param>
public sealed record StoredResolution(
    string Symbol, int Session, DateOnly Date, string Adoption, int? Yes, int? No, int? Abstain, string? Title, string IssueBasis,
    long? RollCallId, string? Note, string Source, long Line);

public sealed partial class VoteStore
{
    private const string ResolutionsTable = """
        CREATE TABLE IF NOT EXISTS resolutions(
            resolution VARCHAR NOT NULL, session INTEGER NOT NULL, date DATE NOT NULL, adoption VARCHAR NOT NULL,
            yes INTEGER, no INTEGER, abstain INTEGER, title VARCHAR, agenda VARCHAR, issue_basis VARCHAR NOT NULL,
            rollcall_id BIGINT, note VARCHAR, source_id INTEGER NOT NULL, line BIGINT NOT NULL)
        """;

    /// <summary>
    /// Adopted resolutions of the ingested sources that record them all (the UN's resolution record), voted
    /// or not, optionally of one calendar year, in date and symbol order. Empty when no such source was ingested.
    /// </summary>
    public IReadOnlyList<StoredResolution> Resolutions(int? year = null)
    {
        var list = new List<StoredResolution>();
        if (Convert.ToInt64(Scalar("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'resolutions'"), CultureInfo.InvariantCulture) == 0)
        {
            return list;
        }

        using var r = Query("""
            SELECT x.resolution, x.session, x.date, x.adoption, x.yes, x.no, x.abstain, x.title, x.issue_basis, x.rollcall_id, x.note, s.file_name, x.line
            FROM resolutions x JOIN sources s USING (source_id)
            WHERE $1 < 0 OR year(x.date) = $1
            ORDER BY x.date, x.resolution
            """, year ?? -1);
        while (r.Read())
        {
            list.Add(new StoredResolution(
                r.GetString(0), r.GetInt32(1), DateOnly.FromDateTime(r.GetDateTime(2)), r.GetString(3),
                r.IsDBNull(4) ? null : r.GetInt32(4), r.IsDBNull(5) ? null : r.GetInt32(5), r.IsDBNull(6) ? null : r.GetInt32(6),
                r.IsDBNull(7) ? null : r.GetString(7), r.GetString(8), r.IsDBNull(9) ? null : r.GetInt64(9),
                r.IsDBNull(10) ? null : r.GetString(10), r.GetString(11), r.GetInt64(12)));
        }

        return list;
    }

    /// <summary>Writes the fresh files' resolutions (created on the first ingest that has some); returns how many.</summary>
    private long WriteResolutions(SourceBatch batch, bool[] fresh, long[] ids, int[] sourceIds)
    {
        var rows = batch.Resolutions.Where(x => fresh[x.File]).ToArray();
        if (rows.Length == 0)
        {
            return 0;
        }

        Execute(ResolutionsTable);
        using var appender = connection.CreateAppender("resolutions");
        foreach (var x in rows)
        {
            appender.CreateRow()
                .AppendValue(x.Symbol).AppendValue(x.Session).AppendValue(x.Date.ToDateTime(TimeOnly.MinValue)).AppendValue(x.Adoption)
                .AppendValue(x.Yes).AppendValue(x.No).AppendValue(x.Abstain).AppendValue(x.Title).AppendValue(x.Agenda).AppendValue(x.IssueBasis)
                .AppendValue(x.RollCall >= 0 ? ids[x.RollCall] : (long?)null).AppendValue(x.Note).AppendValue(sourceIds[x.File]).AppendValue(x.Line)
                .EndRow();
        }

        return rows.Length;
    }
}

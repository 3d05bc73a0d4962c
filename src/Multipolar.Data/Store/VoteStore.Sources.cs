using System.Globalization;
using Multipolar.Data.Formats;
using Multipolar.Data.Reconciliation;
using Multipolar.Votes;

namespace Multipolar.Data.Store;

/// <summary>An ingested source with what it contributes.</summary>
/// <param name="Source">The stored source.</param>
/// <param name="Format">Its layout.</param>
/// <param name="First">Date of its first roll call.</param>
/// <param name="Last">Date of its last roll call.</param>
/// <param name="GeneralAssembly">General Assembly roll calls it describes.</param>
/// <param name="SecurityCouncil">Security Council roll calls it describes.</param>
/// <param name="Votes">Votes stored from it.</param>
public sealed record SourceSummary(StoredSource Source, SourceFormat Format, DateOnly? First, DateOnly? Last, long GeneralAssembly, long SecurityCouncil, long Votes);

/// <summary>Two sources' different votes of one state on one roll call.</summary>
/// <param name="RollCallId">The roll call.</param>
/// <param name="Date">Its date.</param>
/// <param name="Resolution">Its symbol, if known.</param>
/// <param name="Iso3">The state.</param>
/// <param name="Effective">The effective vote.</param>
/// <param name="EffectiveSource">The file of the effective vote.</param>
/// <param name="Other">The other source's vote.</param>
/// <param name="OtherSource">The file of the other vote.</param>
public sealed record VoteDisagreement(long RollCallId, DateOnly Date, string? Resolution, string Iso3, Vote Effective, string EffectiveSource, Vote Other, string OtherSource);

public sealed partial class VoteStore
{
    /// <summary>The ingested sources with their years and counts.</summary>
    public IReadOnlyList<SourceSummary> SourceSummaries()
    {
        var counts = new Dictionary<int, (DateOnly? First, DateOnly? Last, long Ga, long Sc)>();
        using (var r = Query("""
            SELECT x.source_id, min(r.date), max(r.date), count(*) FILTER (WHERE r.body = 'GA'), count(*) FILTER (WHERE r.body = 'SC')
            FROM rollcall_sources x JOIN rollcalls r USING (rollcall_id) GROUP BY x.source_id
            """))
        {
            while (r.Read())
            {
                counts[r.GetInt32(0)] = (DateOnly.FromDateTime(r.GetDateTime(1)), DateOnly.FromDateTime(r.GetDateTime(2)), r.GetInt64(3), r.GetInt64(4));
            }
        }

        var votes = new Dictionary<int, long>();
        using (var r = Query("SELECT source_id, count(*) FROM votes GROUP BY source_id"))
        {
            while (r.Read())
            {
                votes[r.GetInt32(0)] = r.GetInt64(1);
            }
        }

        return Sources().Select(s =>
        {
            var c = counts.GetValueOrDefault(s.Id);
            return new SourceSummary(s, Enum.Parse<SourceFormat>(s.Format), c.First, c.Last, c.Ga, c.Sc, votes.GetValueOrDefault(s.Id));
        }).ToArray();
    }

    /// <summary>
    /// The source defects in issue codes that ingests found and handled (<see cref="DuplicatedIssueRule"/>),
    /// by file and year; <see cref="IssueCodeDefect.Source"/> is the file name.
    /// </summary>
    public IReadOnlyList<IssueCodeDefect> IssueCodeDefects()
    {
        var restored = new Dictionary<string, List<IssueArea>>(StringComparer.Ordinal);
        using (var q = Query("""
            SELECT DISTINCT d.defect, d.issue FROM rollcall_issue_drops d
            JOIN rollcall_issues i ON i.rollcall_id = d.rollcall_id AND i.issue = d.issue AND i.inferred ORDER BY d.defect, d.issue
            """))
        {
            while (q.Read())
            {
                (restored.TryGetValue(q.GetString(0), out var l) ? l : restored[q.GetString(0)] = []).Add(IssueArea.Parse(q.GetString(1)));
            }
        }

        var list = new List<IssueCodeDefect>();
        using var r = Query("""
            SELECT s.file_name, m.key, m.value FROM meta m JOIN sources s ON starts_with(m.key, 'issue_defect.' || s.sha256 || '.')
            ORDER BY s.source_id, m.key
            """);
        while (r.Read())
        {
            // Key issue_defect.SHA256.YEAR.AREAS, value "ROLLCALLS UNTITLED AREA:SUPPORTED ...": see IssueDefectKey, IssueDefectValue.
            var year = int.Parse(r.GetString(1).Split('.')[2], CultureInfo.InvariantCulture);
            var value = r.GetString(2).Split(' ');
            var areas = value.Skip(2).Select(a => a.Split(':')).Select(a => new IssueSupport(IssueArea.Parse(a[0]), int.Parse(a[1], CultureInfo.InvariantCulture)));
            list.Add(new IssueCodeDefect(r.GetString(0), year, int.Parse(value[0], CultureInfo.InvariantCulture), int.Parse(value[1], CultureInfo.InvariantCulture), [.. areas])
            {
                Restored = restored.GetValueOrDefault(r.GetString(1)) ?? [],
            });
        }

        return list;
    }

    /// <summary>The <c>meta</c> key recording a defect of the source with this checksum: <c>issue_defect.SHA256.YEAR.co+di+ec</c>.</summary>
    private static string IssueDefectKey(string sha256, IssueCodeDefect defect) =>
        string.Create(CultureInfo.InvariantCulture, $"issue_defect.{sha256}.{defect.Year}.{string.Join('+', defect.Areas.Select(a => a.Issue.Code))}");

    /// <summary>The <c>meta</c> value of a defect: roll calls, those without a title, then each area with its support, e.g. <c>16 0 co:0 di:15 ec:1</c>.</summary>
    private static string IssueDefectValue(IssueCodeDefect defect) => string.Create(CultureInfo.InvariantCulture,
        $"{defect.RollCalls} {defect.Untitled} {string.Join(' ', defect.Areas.Select(a => string.Create(CultureInfo.InvariantCulture, $"{a.Issue.Code}:{a.Supported}")))}");

    /// <summary>General Assembly roll calls per year and source, with thin years flagged by <see cref="CoverageRule"/>.</summary>
    public IReadOnlyList<YearCoverage> Coverage()
    {
        var years = new Dictionary<int, (int Total, HashSet<int> Months, Dictionary<string, int> BySource)>();
        using (var r = Query("SELECT year(date), month(date), count(*) FROM rollcalls WHERE body = 'GA' GROUP BY ALL"))
        {
            while (r.Read())
            {
                var y = (int)r.GetInt64(0);
                if (!years.TryGetValue(y, out var e))
                {
                    years[y] = e = (0, [], new Dictionary<string, int>(StringComparer.Ordinal));
                }

                e.Months.Add((int)r.GetInt64(1));
                years[y] = e with { Total = e.Total + (int)r.GetInt64(2) };
            }
        }

        using (var r = Query("""
            SELECT year(r.date), s.file_name, count(DISTINCT r.rollcall_id)
            FROM rollcall_sources x JOIN rollcalls r USING (rollcall_id) JOIN sources s ON s.source_id = x.source_id
            WHERE r.body = 'GA' GROUP BY ALL
            """))
        {
            while (r.Read())
            {
                years[(int)r.GetInt64(0)].BySource[r.GetString(1)] = (int)r.GetInt64(2);
            }
        }

        // Months with adopted resolutions (voted or not) in a source that records them all; the end of the record.
        var resolutionMonths = new Dictionary<int, HashSet<int>>();
        var ends = AsDate(Scalar("SELECT max(date) FROM rollcalls WHERE body = 'GA'"));
        if (Convert.ToInt64(Scalar("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'resolutions'"), CultureInfo.InvariantCulture) > 0)
        {
            using var r = Query("SELECT DISTINCT year(date), month(date) FROM resolutions");
            while (r.Read())
            {
                (resolutionMonths.TryGetValue((int)r.GetInt64(0), out var set) ? set : resolutionMonths[(int)r.GetInt64(0)] = []).Add((int)r.GetInt64(1));
            }

            if (AsDate(Scalar("SELECT max(date) FROM resolutions")) is { } lastResolution && (ends is null || lastResolution > ends))
            {
                ends = lastResolution;
            }
        }

        return CoverageRule.Apply(
            [.. years.OrderBy(y => y.Key).Select(y => new YearCoverage(y.Key, y.Value.Total, y.Value.BySource, y.Value.Months, false, null)
            {
                ResolutionMonths = resolutionMonths.GetValueOrDefault(y.Key) ?? [],
            })],
            ends);
    }

    internal static DateOnly? AsDate(object? value) => value switch
    {
        DateOnly d => d,
        DateTime t => DateOnly.FromDateTime(t),
        _ => null,
    };

    /// <summary>Every state vote on which sources disagree, optionally within calendar years; one row per non-effective vote.</summary>
    public IReadOnlyList<VoteDisagreement> Disagreements(int? fromYear = null, int? toYear = null, Body body = Body.GeneralAssembly)
    {
        var rows = new List<(long Id, DateOnly Date, string? Res, string Iso3, Vote Vote, string File, bool Effective)>();
        using (var r = Query("""
            WITH cells AS (SELECT rollcall_id, state_id FROM votes GROUP BY ALL HAVING count(DISTINCT vote) > 1)
            SELECT v.rollcall_id, r.date, r.resolution, c.iso3, v.vote, s.file_name, v.effective
            FROM votes v SEMI JOIN cells USING (rollcall_id, state_id)
            JOIN rollcalls r USING (rollcall_id) JOIN countries c USING (state_id) JOIN sources s ON s.source_id = v.source_id
            WHERE r.body = $1 AND year(r.date) BETWEEN $2 AND $3
            ORDER BY r.date, v.rollcall_id, c.iso3, NOT v.effective, s.precedence
            """, BodyCode(body), fromYear ?? 0, toYear ?? 9999))
        {
            while (r.Read())
            {
                rows.Add((r.GetInt64(0), DateOnly.FromDateTime(r.GetDateTime(1)), r.IsDBNull(2) ? null : r.GetString(2), r.GetString(3), (Vote)r.GetByte(4), r.GetString(5), r.GetBoolean(6)));
            }
        }

        var list = new List<VoteDisagreement>();
        foreach (var cell in rows.GroupBy(x => (x.Id, x.Iso3)))
        {
            var eff = cell.FirstOrDefault(x => x.Effective);
            if (eff.File is null)
            {
                continue;
            }

            list.AddRange(cell.Where(x => !x.Effective && x.Vote != eff.Vote)
                .Select(x => new VoteDisagreement(x.Id, x.Date, x.Res, x.Iso3, eff.Vote, eff.File, x.Vote, x.File)));
        }

        return list;
    }
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Multipolar.Data.Formats;
using Multipolar.Data.Reconciliation;
using Multipolar.Votes;

namespace Multipolar.Data.Store;

public sealed partial class VoteStore
{
    /// <summary>
    /// The default precedence of a source format when sources disagree (lower wins): the official record
    /// (UN Digital Library bulk, the UN's resolution record) 1, research data (unvotes, Voeten's Dataverse file) 2, scrapes (UN Digital
    /// Library wide) 3, derived matrices (voeten-wide) 4. A store may override it (<see cref="SetPrecedence"/>).
    /// </summary>
    public static int DefaultPrecedence(SourceFormat format) => format switch
    {
        SourceFormat.UndlBulk or SourceFormat.UnxmlResolutions => 1,
        SourceFormat.UnvotesVotes or SourceFormat.UnvotesRollCalls or SourceFormat.UnvotesIssues or SourceFormat.VoetenLong => 2,
        SourceFormat.UndlWide => 3,
        _ => 4,
    };

    /// <summary>The precedence of a format in this store: the setting <c>precedence.FORMAT</c> in <c>meta</c>, else the default.</summary>
    public int Precedence(SourceFormat format) =>
        Scalar("SELECT value FROM meta WHERE key = $1", PrecedenceKey(format)) is string s ? int.Parse(s, CultureInfo.InvariantCulture) : DefaultPrecedence(format);

    /// <summary>
    /// Sets the precedence of a format (lower wins), stored in the store's <c>meta</c> table, applies it to
    /// the sources already ingested and recomputes which votes are effective.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rank"/> is not 1–99.</exception>
    public void SetPrecedence(SourceFormat format, int rank)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rank, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rank, 99);
        using var tx = connection.BeginTransaction();
        Execute("INSERT OR REPLACE INTO meta VALUES ($1, $2)", PrecedenceKey(format), rank.ToString(CultureInfo.InvariantCulture));
        Execute("UPDATE sources SET precedence = $1 WHERE format = $2", rank, format.ToString());
        RecomputeEffective(null);
        RefreshTallies();
        DropDerived();
        tx.Commit();
    }

    /// <summary>
    /// Drops the tables derived from the votes (materialised alignment values, stored ideal points): after
    /// an ingest or a precedence change they would describe other data. <c>precompute</c> and <c>ideal</c> rebuild them.
    /// </summary>
    private void DropDerived()
    {
        Execute("DROP TABLE IF EXISTS alignment_series");
        Execute("DROP TABLE IF EXISTS alignment_cells");   // the layout before alignment_series
        Execute("DROP TABLE IF EXISTS ideal_points");
    }

    /// <summary>
    /// The data version: the first 12 hex digits of the SHA-256 of the sorted checksums of the ingested
    /// sources, one per line, followed (only when an ingest corrected a source defect) by the sorted
    /// <c>meta</c> rows recording the corrections, <c>key=value</c> ("" for an empty store). Two stores built
    /// from the same files by the same rules have the same version; a store whose codes were corrected
    /// differs from one built before the correction existed. Exports carry it.
    /// </summary>
    public string DataVersion => Scalar("SELECT value FROM meta WHERE key = 'data_version'") as string ?? "";

    /// <summary>The data version of a set of source checksums and source-defect corrections (see <see cref="DataVersion"/>).</summary>
    public static string DataVersionOf(IEnumerable<string> sha256s, IEnumerable<string>? corrections = null)
    {
        var sorted = sha256s.Order(StringComparer.Ordinal).Concat((corrections ?? []).Order(StringComparer.Ordinal)).ToArray();
        return sorted.Length == 0 ? "" : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', sorted))))[..12];
    }

    private static string PrecedenceKey(SourceFormat format) => "precedence." + format;

    private void UpdateDataVersion()
    {
        var sums = new List<string>();
        using (var r = Query("SELECT sha256 FROM sources"))
        {
            while (r.Read())
            {
                sums.Add(r.GetString(0));
            }
        }

        var corrections = new List<string>();
        using (var r = Query("SELECT key || '=' || value FROM meta WHERE key LIKE 'issue_defect.%'"))
        {
            while (r.Read())
            {
                corrections.Add(r.GetString(0));
            }
        }

        Execute("INSERT OR REPLACE INTO meta VALUES ('data_version', $1)", DataVersionOf(sums, corrections));
    }

    /// <summary>Rebuilds the roll calls' tallies of effective votes (<c>rollcall_tallies</c>) after the votes or their precedence changed.</summary>
    private void RefreshTallies()
    {
        foreach (var sql in Schema.RefreshTallies)
        {
            Execute(sql);
        }
    }

    /// <summary>Where sources give different votes of a state on a roll call, the best-precedence source's (then the first ingested) is effective.</summary>
    /// <param name="cells">The cells to recompute (the conflicts of an ingest), or null for all.</param>
    private void RecomputeEffective(IReadOnlyList<VoteConflict>? cells)
    {
        var filter = "(SELECT rollcall_id, state_id FROM votes GROUP BY ALL HAVING count(*) > 1)";
        if (cells is not null)
        {
            if (cells.Count == 0)
            {
                return;
            }

            Execute("CREATE OR REPLACE TEMP TABLE conflict_cells(rollcall_id BIGINT, state_id SMALLINT)");
            using (var appender = connection.CreateAppender("conflict_cells"))
            {
                foreach (var c in cells.Select(c => (c.RollCallId, StateId(Reference[c.Iso3]))).Distinct())
                {
                    appender.CreateRow().AppendValue(c.RollCallId).AppendValue(c.Item2).EndRow();
                }
            }

            filter = "(SELECT rollcall_id, state_id FROM conflict_cells)";
        }

        Execute($"""
            UPDATE votes SET effective = e.rank = 1
            FROM (
                SELECT v.rowid AS rid, row_number() OVER (PARTITION BY v.rollcall_id, v.state_id ORDER BY s.precedence, v.source_id) AS rank
                FROM votes v JOIN sources s USING (source_id)
                WHERE (v.rollcall_id, v.state_id) IN {filter}
            ) e
            WHERE votes.rowid = e.rid AND votes.effective <> (e.rank = 1)
            """);
    }

    /// <summary>
    /// Recomputes the inferred issues: roll calls none of whose sources codes Voeten's issues (unvotes,
    /// Voeten's files) get the issues <see cref="IssueClassifier"/> finds in their title and description;
    /// every roll call about Russia's war against Ukraine gets the <c>ukraine</c> tag. A coded area that the
    /// source-defect rule dropped from a set of roll calls (<c>rollcall_issue_drops</c>) is decided again by the
    /// rule's own test (<see cref="DuplicatedIssueRule.IsSupported"/>) on the texts stored now: where other sources
    /// gave the roll calls their titles (voeten-wide has none) and a strict majority of them give the area, the set
    /// gets it back as inferred.
    /// </summary>
    private void InferIssues()
    {
        Execute("DELETE FROM rollcall_issues WHERE inferred");
        var coded = string.Join(", ", new[] { SourceFormat.UnvotesRollCalls, SourceFormat.UnvotesIssues, SourceFormat.VoetenLong, SourceFormat.VoetenWide }.Select(f => $"'{f}'"));
        var rows = new List<(long Id, bool Coded, string Text)>();
        using (var r = Query($"""
            SELECT r.rollcall_id,
                   EXISTS (SELECT 1 FROM rollcall_sources x JOIN sources s USING (source_id) WHERE x.rollcall_id = r.rollcall_id AND s.format IN ({coded})),
                   concat_ws(' | ', r.resolution, r.title, r.description)
            FROM rollcalls r
            """))
        {
            while (r.Read())
            {
                rows.Add((r.GetInt64(0), r.GetBoolean(1), r.IsDBNull(2) ? "" : r.GetString(2)));
            }
        }

        var existing = LoadIssues(rows.Select(r => r.Id));
        var restored = RedecidedIssueCodes(rows.ToDictionary(r => r.Id, r => r.Text));
        using var appender = connection.CreateAppender("rollcall_issues");
        foreach (var (id, isCoded, text) in rows)
        {
            var inferred = isCoded ? restored.GetValueOrDefault(id) ?? [] : IssueClassifier.Classify(text).ToList();
            if (IssueClassifier.IsUkraine(text))
            {
                inferred.Add(IssueClassifier.Ukraine);
            }

            foreach (var issue in inferred)
            {
                if (!existing.Contains((id, issue.Code)))
                {
                    appender.CreateRow().AppendValue(id).AppendValue(issue.Code).AppendValue(true).EndRow();
                }
            }
        }
    }

    /// <summary>The dropped areas of each defect whose roll calls' stored texts now support them (by roll call).</summary>
    private Dictionary<long, List<IssueArea>> RedecidedIssueCodes(Dictionary<long, string> texts)
    {
        var drops = new List<(long Id, string Issue, string Defect)>();
        using (var r = Query("SELECT DISTINCT rollcall_id, issue, defect FROM rollcall_issue_drops ORDER BY defect, issue, rollcall_id"))
        {
            while (r.Read())
            {
                drops.Add((r.GetInt64(0), r.GetString(1), r.GetString(2)));
            }
        }

        var restored = new Dictionary<long, List<IssueArea>>();
        foreach (var set in drops.GroupBy(d => (d.Defect, d.Issue)))
        {
            var area = IssueArea.Parse(set.Key.Issue);
            var members = set.Select(d => d.Id).ToArray();
            var supported = members.Count(id => IssueClassifier.Classify(texts.GetValueOrDefault(id)).Contains(area));
            if (DuplicatedIssueRule.IsSupported(supported, members.Length))
            {
                foreach (var id in members)
                {
                    (restored.TryGetValue(id, out var l) ? l : restored[id] = []).Add(area);
                }
            }
        }

        return restored;
    }
}

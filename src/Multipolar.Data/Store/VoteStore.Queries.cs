using System.Collections.Immutable;
using System.Text;
using Multipolar.Countries;
using Multipolar.Votes;

namespace Multipolar.Data.Store;

/// <summary>A stored roll call with its vote totals, and one state's vote when asked.</summary>
/// <param name="RollCall">The roll call.</param>
/// <param name="Yes">Effective yes votes.</param>
/// <param name="No">Effective no votes.</param>
/// <param name="Abstain">Effective abstentions.</param>
/// <param name="StateVote">The asked-for state's vote, or <see cref="Vote.None"/>.</param>
public sealed record RollCallSummary(RollCall RollCall, int Yes, int No, int Abstain, Vote StateVote);

/// <summary>One state's vote on a roll call with its provenance.</summary>
/// <param name="State">The state.</param>
/// <param name="Vote">The vote.</param>
/// <param name="Source">The file it came from.</param>
/// <param name="Line">Line in that file.</param>
/// <param name="Effective">False when another source's vote takes precedence.</param>
public sealed record StoredVote(Country State, Vote Vote, string Source, long Line, bool Effective);

/// <summary>Which roll calls and states a matrix holds.</summary>
public sealed record MatrixQuery
{
    /// <summary>The body (default: the General Assembly).</summary>
    public Body Body { get; init; } = Body.GeneralAssembly;

    /// <summary>First calendar year (inclusive), or all.</summary>
    public int? FromYear { get; init; }

    /// <summary>Last calendar year (inclusive), or all.</summary>
    public int? ToYear { get; init; }

    /// <summary>Only these states (ISO3), or all.</summary>
    public IReadOnlyCollection<string>? States { get; init; }

    /// <summary>
    /// Whether to load the roll calls' titles and descriptions (default true; the alignment commands
    /// do not need them and load faster without).
    /// </summary>
    public bool WithText { get; init; } = true;
}

public sealed partial class VoteStore
{
    /// <summary>Counts and ranges of what the store holds.</summary>
    public StoreInfo Info()
    {
        using var r = Query("""
            SELECT
              (SELECT count(*) FROM rollcalls WHERE body = 'GA'),
              (SELECT count(*) FROM rollcalls WHERE body = 'SC'),
              (SELECT count(*) FROM votes v JOIN rollcalls r USING (rollcall_id) WHERE r.body = 'GA' AND v.effective AND v.vote IN (1, 2, 3)),
              (SELECT count(*) FROM votes WHERE effective AND vote = 8),
              (SELECT count(DISTINCT state_id) FROM votes WHERE effective),
              (SELECT min(session) FROM rollcalls WHERE body = 'GA'), (SELECT max(session) FROM rollcalls WHERE body = 'GA'),
              (SELECT min(date) FROM rollcalls WHERE body = 'GA'), (SELECT max(date) FROM rollcalls WHERE body = 'GA'),
              (SELECT count(*) FROM votes WHERE NOT effective)
            """);
        r.Read();
        var issues = new List<(string, long)>();
        using (var ir = Query("SELECT issue, count(*) FROM rollcall_issues GROUP BY issue ORDER BY count(*) DESC, issue"))
        {
            while (ir.Read())
            {
                issues.Add((ir.GetString(0), ir.GetInt64(1)));
            }
        }

        return new StoreInfo
        {
            Path = Path,
            SchemaVersion = SchemaVersion,
            RollCalls = r.GetInt64(0),
            SecurityCouncilRollCalls = r.GetInt64(1),
            Votes = r.GetInt64(2),
            Absences = r.GetInt64(3),
            Countries = r.GetInt64(4),
            Sessions = r.IsDBNull(5) ? null : (r.GetInt32(5), r.GetInt32(6)),
            Dates = r.IsDBNull(7) ? null : (DateOnly.FromDateTime(r.GetDateTime(7)), DateOnly.FromDateTime(r.GetDateTime(8))),
            ConflictingVotes = r.GetInt64(9),
            Issues = issues,
            Sources = Sources(),
        };
    }

    /// <summary>The ingested source files.</summary>
    public IReadOnlyList<StoredSource> Sources()
    {
        var list = new List<StoredSource>();
        using var r = Query("SELECT source_id, file_name, format, sha256, data_rows, precedence, ingested_at FROM sources ORDER BY source_id");
        while (r.Read())
        {
            list.Add(new StoredSource(r.GetInt32(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt64(4), r.GetInt32(5), r.GetDateTime(6)));
        }

        return list;
    }

    /// <summary>Votes stored per state (effective cast votes), by ISO3.</summary>
    public IReadOnlyDictionary<string, long> VotesPerState()
    {
        var d = new Dictionary<string, long>(StringComparer.Ordinal);
        using var r = Query("SELECT iso3, count(*) FROM votes_named WHERE effective AND vote IN (1, 2, 3) GROUP BY iso3");
        while (r.Read())
        {
            d[r.GetString(0)] = r.GetInt64(1);
        }

        return d;
    }

    /// <summary>Roll calls of a calendar year, optionally with one issue area, with totals and one state's vote.</summary>
    public IReadOnlyList<RollCallSummary> RollCalls(int year, IssueArea? issue = null, Country? state = null, Body body = Body.GeneralAssembly)
    {
        var sql = new StringBuilder("""
            SELECT r.rollcall_id, r.session, r.date, r.resolution, r.title, r.description, r.amend, r.para, r.important,
                   (SELECT string_agg(issue, ',' ORDER BY issue) FROM rollcall_issues i WHERE i.rollcall_id = r.rollcall_id),
                   count(*) FILTER (WHERE v.vote = 1), count(*) FILTER (WHERE v.vote = 3), count(*) FILTER (WHERE v.vote = 2),
                   max(v.vote) FILTER (WHERE v.iso3 = $3)
            FROM rollcalls r LEFT JOIN votes_named v ON v.rollcall_id = r.rollcall_id AND v.effective
            WHERE r.body = $1 AND year(r.date) = $2
            """);
        if (issue is not null)
        {
            sql.Append(" AND EXISTS (SELECT 1 FROM rollcall_issues i WHERE i.rollcall_id = r.rollcall_id AND i.issue = $4)");
        }

        sql.Append(" GROUP BY ALL ORDER BY r.date, r.rollcall_id");
        object?[] args = issue is { } ia
            ? [BodyCode(body), year, state?.Iso3 ?? "", ia.Code]
            : [BodyCode(body), year, state?.Iso3 ?? ""];
        var list = new List<RollCallSummary>();
        using var r = Query(sql.ToString(), args);
        while (r.Read())
        {
            list.Add(new RollCallSummary(ReadRollCall(r, body), (int)r.GetInt64(10), (int)r.GetInt64(11), (int)r.GetInt64(12), r.IsDBNull(13) ? Vote.None : (Vote)r.GetByte(13)));
        }

        return list;
    }

    /// <summary>A roll call by id, or null.</summary>
    public RollCall? RollCall(long id)
    {
        using var r = Query("""
            SELECT r.rollcall_id, r.session, r.date, r.resolution, r.title, r.description, r.amend, r.para, r.important,
                   (SELECT string_agg(issue, ',' ORDER BY issue) FROM rollcall_issues i WHERE i.rollcall_id = r.rollcall_id), r.body
            FROM rollcalls r WHERE r.rollcall_id = $1
            """, id);
        return r.Read() ? ReadRollCall(r, r.GetString(10) == "SC" ? Body.SecurityCouncil : Body.GeneralAssembly) : null;
    }

    /// <summary>Every stored vote on a roll call (all sources), by state name.</summary>
    public IReadOnlyList<StoredVote> Votes(long rollCallId)
    {
        var list = new List<StoredVote>();
        using var r = Query("""
            SELECT v.iso3, v.vote, s.file_name, v.line, v.effective
            FROM votes_named v JOIN sources s USING (source_id) WHERE v.rollcall_id = $1
            """, rollCallId);
        while (r.Read())
        {
            list.Add(new StoredVote(Reference[r.GetString(0)], (Vote)r.GetByte(1), r.GetString(2), r.GetInt32(3), r.GetBoolean(4)));
        }

        return list.OrderBy(v => v.State.Name, StringComparer.Ordinal).ThenBy(v => !v.Effective).ToList();
    }

    /// <summary>
    /// Loads the effective votes of the selected roll calls into a dense matrix: the bridge from the store
    /// to the computation core. Roll calls are ordered by date, then id; states by ISO3.
    /// </summary>
    public VoteMatrix LoadMatrix(MatrixQuery query)
    {
        var where = new StringBuilder("r.body = $1");
        var args = new List<object?> { BodyCode(query.Body) };
        if (query.FromYear is int from)
        {
            args.Add(from);
            where.Append($" AND year(r.date) >= ${args.Count}");
        }

        if (query.ToYear is int to)
        {
            args.Add(to);
            where.Append($" AND year(r.date) <= ${args.Count}");
        }

        var rollCalls = new List<RollCall>();
        using (var r = Query($"""
            SELECT r.rollcall_id, r.session, r.date, r.resolution, {(query.WithText ? "r.title, r.description" : "NULL, NULL")}, r.amend, r.para, r.important,
                NULL, {Schema.Unanimous}
            FROM rollcalls r LEFT JOIN rollcall_tallies t USING (rollcall_id)
            WHERE {where} ORDER BY r.date, r.rollcall_id
            """, [.. args]))
        {
            while (r.Read())
            {
                // Unanimity over every state's effective vote (the store's tallies), so that a matrix of two states still knows it.
                rollCalls.Add(ReadRollCall(r, query.Body) with { Unanimous = r.GetBoolean(10) });
            }
        }

        // Issue codes read as rows and attached here: cheaper than DuckDB's ordered string_agg per roll call.
        var issues = new Dictionary<long, List<string>>();
        using (var r = Query($"SELECT i.rollcall_id, i.issue FROM rollcall_issues i JOIN rollcalls r USING (rollcall_id) WHERE {where}", [.. args]))
        {
            while (r.Read())
            {
                var id = r.GetInt64(0);
                if (!issues.TryGetValue(id, out var list))
                {
                    issues[id] = list = [];
                }

                list.Add(r.GetString(1));
            }
        }

        for (var i = 0; i < rollCalls.Count; i++)
        {
            if (issues.TryGetValue(rollCalls[i].Id.Value, out var list))
            {
                list.Sort(StringComparer.Ordinal);
                rollCalls[i] = rollCalls[i] with { Issues = [.. list.Select(IssueArea.Parse)] };
            }
        }

        var stateFilter = "";
        if (query.States is { Count: > 0 } states)
        {
            var ids = states.Select(s => StateId(Reference.Resolve(s))).ToArray();
            stateFilter = " AND v.state_id IN (" + string.Join(", ", ids.Select((_, i) => $"${args.Count + i + 1}")) + ")";
            args.AddRange(ids.Cast<object?>());
        }

        // Each vote packed as column (the roll call's rank in the order above) << 24 | state id << 8 | vote, in one flat list.
        var packed = new List<long>(rollCalls.Count * (query.States is { Count: > 0 } ? query.States.Count : 200));
        using (var r = Query($"""
            SELECT c.col, v.state_id, v.vote FROM votes v
            JOIN (SELECT rollcall_id, (row_number() OVER (ORDER BY r.date, r.rollcall_id) - 1)::INTEGER AS col FROM rollcalls r WHERE {where}) c USING (rollcall_id)
            WHERE v.effective{stateFilter}
            """, [.. args]))
        {
            while (r.Read())
            {
                packed.Add(((long)r.GetInt32(0) << 24) | ((long)(ushort)r.GetInt16(1) << 8) | r.GetByte(2));
            }
        }

        var rowOf = new int[ushort.MaxValue + 1];
        foreach (var v in packed)
        {
            rowOf[(int)((v >> 8) & 0xFFFF)] = 1;
        }

        var order = Enumerable.Range(0, rowOf.Length).Where(id => rowOf[id] != 0).Select(id => StateOf((short)id)).OrderBy(c => c.Iso3, StringComparer.Ordinal).ToArray();
        for (var s = 0; s < order.Length; s++)
        {
            rowOf[(ushort)StateId(order[s])] = s;
        }

        var cells = new Vote[order.Length * rollCalls.Count];
        foreach (var v in packed)
        {
            cells[(rowOf[(int)((v >> 8) & 0xFFFF)] * rollCalls.Count) + (int)(v >> 24)] = (Vote)(byte)v;
        }

        return new VoteMatrix([.. order], [.. rollCalls], cells);
    }

    private static RollCall ReadRollCall(DuckDB.NET.Data.DuckDBDataReader r, Body body) => new()
    {
        Id = new RollCallId(r.GetInt64(0)),
        Body = body,
        Session = r.IsDBNull(1) ? null : r.GetInt32(1),
        Date = DateOnly.FromDateTime(r.GetDateTime(2)),
        Resolution = r.IsDBNull(3) ? null : r.GetString(3),
        Title = r.IsDBNull(4) ? null : r.GetString(4),
        Description = r.IsDBNull(5) ? null : r.GetString(5),
        Amendment = r.GetBoolean(6),
        Paragraph = r.GetBoolean(7),
        Important = r.GetBoolean(8),
        Issues = r.IsDBNull(9) ? [] : [.. r.GetString(9).Split(',').Select(IssueArea.Parse)],
    };

    private static string BodyCode(Body body) => body == Body.SecurityCouncil ? "SC" : "GA";
}

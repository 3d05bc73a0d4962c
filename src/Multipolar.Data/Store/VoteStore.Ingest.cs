using System.Globalization;
using Multipolar.Data.Formats;
using Multipolar.Data.Reconciliation;
using Multipolar.Votes;

namespace Multipolar.Data.Store;

public sealed partial class VoteStore
{
    /// <summary>Environment variable for the crash test: when set to a path, ingest writes that file and waits before committing.</summary>
    internal const string HoldBeforeCommitVariable = "MULTIPOLAR_TEST_HOLD_BEFORE_COMMIT";

    /// <summary>
    /// Writes a batch in one transaction. Files whose checksum is already in the store are skipped (so
    /// re-ingesting is a no-op). The batch's sources are written one after another (the unvotes files
    /// together), each reconciled with what the store and the sources before it hold: its roll calls are
    /// matched to stored ones (<see cref="RollCallMatcher"/>: rcid and date, resolution symbol, or date and
    /// vote pattern); a vote identical to a stored one is not added again; a different one is a conflict,
    /// kept with its source. Then the effective vote of each roll call and state is the one of the source
    /// with the best precedence (<see cref="Precedence"/>), issue areas are inferred for roll calls without
    /// coded ones, and the data version is updated.
    /// </summary>
    /// <param name="batch">The vote sources.</param>
    /// <param name="progress">Reports the stage and the fraction done, or null.</param>
    /// <param name="power">Material-power files to write in the same transaction (<see cref="IngestPower"/>), or null:
    /// the votes and the material figures are stored together or not at all.</param>
    /// <exception cref="IngestException">The batch contradicts the store (nothing is written).</exception>
    public IngestResult Ingest(SourceBatch batch, Action<string, double>? progress = null, Multipolar.Data.Power.PowerBatch? power = null)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        using (var r = Query("SELECT sha256 FROM sources"))
        {
            while (r.Read())
            {
                known.Add(r.GetString(0));
            }
        }

        var fresh = batch.Files.Select(f => !known.Contains(f.Sha256)).ToArray();
        var already = batch.Files.Where((f, i) => !fresh[i]).Select(f => f.Path).ToArray();
        var years = batch.RollCalls.Where(r => r.DescribedBySource).Select(r => r.RollCall.Year).DefaultIfEmpty().ToArray();
        var issues = batch.RollCalls.SelectMany(r => r.RollCall.Issues).GroupBy(i => i.Code).ToDictionary(g => g.Key, g => g.Count());
        var result = new IngestResult
        {
            Files = batch.Files,
            AlreadyIngested = already,
            Conflicts = [],
            Issues = issues,
            Skipped = batch.Skipped,
            Quirks = batch.Quirks,
            States = batch.Votes.Select(v => v.State).Distinct().Count(),
            Years = years.Length > 0 && years[0] != 0 ? (years.Min(), years.Max()) : null,
        };
        if (!fresh.Any(f => f))
        {
            if (power is not null)
            {
                IngestPower(power);
            }

            return result;
        }

        using var tx = connection.BeginTransaction();
        var sourceIds = RegisterSources(batch, fresh);
        var ids = new long[batch.RollCalls.Count];
        var isNew = new bool[batch.RollCalls.Count];
        var dates = new DateOnly[batch.RollCalls.Count];
        var votesByRollCall = VotesByRollCall(batch);
        long matched = 0, newVotes = 0, duplicates = 0;
        var conflicts = new List<VoteConflict>();
        var defects = new List<IssueCodeDefect>();
        var groups = Groups(batch, fresh);
        for (var g = 0; g < groups.Count; g++)
        {
            var files = groups[g];
            progress?.Invoke($"matching roll calls of {System.IO.Path.GetFileName(batch.Files[files.Min()].Path)}", (double)g / groups.Count);
            var inGroup = Enumerable.Range(0, batch.RollCalls.Count).Where(i => files.Contains(batch.RollCalls[i].File)).ToArray();
            matched += MatchRollCalls(batch, inGroup, votesByRollCall, ids, isNew, dates);
            var dropped = ReviewIssueCodes(batch, files, inGroup, ids, dates, defects);
            WriteRollCalls(batch, inGroup, ids, isNew, sourceIds, dropped);
            progress?.Invoke($"writing votes of {System.IO.Path.GetFileName(batch.Files[files.Min()].Path)}", (g + 0.5) / groups.Count);
            var (n, d, c) = WriteVotes(batch, files, ids, dates, sourceIds);
            newVotes += n;
            duplicates += d;
            conflicts.AddRange(c);
        }

        progress?.Invoke("reconciling", 0.95);
        var resolutions = WriteResolutions(batch, fresh, ids, sourceIds);
        RecomputeEffective(conflicts);
        RefreshTallies();
        InferIssues();
        UpdateDataVersion();
        if (power is not null)
        {
            WritePower(power);
        }

        HoldForCrashTest();
        var votesChanged = newVotes > 0 || conflicts.Count > 0 || isNew.Any(n => n) || resolutions > 0;
        if (!votesChanged)
        {
            if (power is null)
            {
                tx.Rollback();
            }
            else
            {
                tx.Commit();
            }

            return result with { MatchedRollCalls = matched, DuplicateVotes = duplicates, IssueDefects = defects };
        }

        DropDerived();
        tx.Commit();
        progress?.Invoke("done", 1);
        return result with
        {
            NewRollCalls = isNew.Count(n => n),
            MatchedRollCalls = matched,
            NewVotes = newVotes,
            DuplicateVotes = duplicates,
            Conflicts = conflicts,
            IssueDefects = defects,
            Resolutions = resolutions,
        };
    }

    /// <summary>
    /// Applies <see cref="DuplicatedIssueRule"/> to the issue codes of one source (a group): records each
    /// defect found in <c>meta</c> (key <c>issue_defect.SHA256.YEAR.AREAS</c>) and in <paramref name="defects"/>,
    /// and returns the (batch index, area) codes not to store, each with its defect's <c>meta</c> key. The texts are the source's own (for a roll
    /// call the source only refers to, e.g. an unvotes issues file ingested without its roll-call file, the stored ones).
    /// </summary>
    private Dictionary<(int Key, IssueArea Issue), string> ReviewIssueCodes(SourceBatch batch, HashSet<int> files, int[] inGroup, long[] ids, DateOnly[] dates, List<IssueCodeDefect> defects)
    {
        var coded = inGroup.Where(i => batch.RollCalls[i].RollCall.Issues.Length > 0).ToArray();
        if (coded.Length == 0)
        {
            return [];
        }

        var stored = new Dictionary<long, string>();
        var referred = coded.Where(i => !batch.RollCalls[i].DescribedBySource).Select(i => ids[i]).ToHashSet();
        if (referred.Count > 0)
        {
            using var r = Query("SELECT rollcall_id, concat_ws(' | ', resolution, title, description) FROM rollcalls");
            while (r.Read())
            {
                if (referred.Contains(r.GetInt64(0)) && !r.IsDBNull(1))
                {
                    stored[r.GetInt64(0)] = r.GetString(1);
                }
            }
        }

        var source = batch.Files[files.Where(f => batch.Files[f].Format == SourceFormat.UnvotesIssues).DefaultIfEmpty(files.Min()).First()];
        var (found, dropped) = DuplicatedIssueRule.Apply(System.IO.Path.GetFileName(source.Path), coded.Select(i =>
        {
            var src = batch.RollCalls[i];
            var text = src.DescribedBySource
                ? string.Join(" | ", new[] { src.RollCall.Resolution, src.RollCall.Title, src.RollCall.Description }.Where(t => !string.IsNullOrEmpty(t)))
                : stored.GetValueOrDefault(ids[i]);
            return new CodedRollCall(i, dates[i].Year, src.RollCall.Issues, text);
        }));
        foreach (var d in found)
        {
            Execute("INSERT OR REPLACE INTO meta VALUES ($1, $2)", IssueDefectKey(source.Sha256, d), IssueDefectValue(d));
        }

        defects.AddRange(found);

        // An area has one set of roll calls in a year, so a dropped code belongs to exactly one defect.
        return dropped.ToDictionary(d => d, d => IssueDefectKey(source.Sha256, found.Single(f => f.Year == dates[d.Key].Year && f.Areas.Any(a => a.Issue == d.Issue))));
    }

    private void WriteRollCalls(SourceBatch batch, int[] inGroup, long[] ids, bool[] isNew, int[] sourceIds, Dictionary<(int Key, IssueArea Issue), string> dropped)
    {
        using (var appender = connection.CreateAppender("rollcalls"))
        {
            foreach (var i in inGroup)
            {
                if (!isNew[i])
                {
                    continue;
                }

                var rc = batch.RollCalls[i].RollCall;
                appender.CreateRow()
                    .AppendValue(ids[i]).AppendValue(BodyCode(rc.Body)).AppendValue(rc.Session)
                    .AppendValue(rc.Date.ToDateTime(TimeOnly.MinValue)).AppendValue(rc.Resolution).AppendValue(rc.Title).AppendValue(rc.Description)
                    .AppendValue(rc.Amendment).AppendValue(rc.Paragraph).AppendValue(rc.Important).AppendValue(sourceIds[batch.RollCalls[i].File])
                    .EndRow();
            }
        }

        var storedIssues = LoadIssues(inGroup.Where(i => !isNew[i]).Select(i => ids[i]));
        using (var appender = connection.CreateAppender("rollcall_issues"))
        {
            foreach (var i in inGroup)
            {
                foreach (var issue in batch.RollCalls[i].RollCall.Issues)
                {
                    if (!dropped.ContainsKey((i, issue)) && storedIssues.Add((ids[i], issue.Code)))
                    {
                        appender.CreateRow().AppendValue(ids[i]).AppendValue(issue.Code).AppendValue(false).EndRow();
                    }
                }
            }
        }

        using (var appender = connection.CreateAppender("rollcall_issue_drops"))
        {
            foreach (var ((i, issue), defect) in dropped)
            {
                appender.CreateRow().AppendValue(ids[i]).AppendValue(issue.Code).AppendValue(defect).EndRow();
            }
        }

        using (var appender = connection.CreateAppender("rollcall_sources"))
        {
            foreach (var i in inGroup)
            {
                var src = batch.RollCalls[i];
                if (src.DescribedBySource)
                {
                    appender.CreateRow().AppendValue(ids[i]).AppendValue(sourceIds[src.File]).AppendValue(src.Key).AppendValue(src.Line).EndRow();
                }
            }
        }

        FillMissingMetadata(batch, inGroup, ids, isNew);
    }

    /// <summary>A matched roll call takes the symbol, title and description the stored one lacks (e.g. voeten-wide has none).</summary>
    private void FillMissingMetadata(SourceBatch batch, int[] inGroup, long[] ids, bool[] isNew)
    {
        var rows = inGroup.Where(i => !isNew[i] && batch.RollCalls[i].DescribedBySource).ToArray();
        if (rows.Length == 0)
        {
            return;
        }

        Execute("CREATE OR REPLACE TEMP TABLE rc_meta(rollcall_id BIGINT, resolution VARCHAR, title VARCHAR, description VARCHAR)");
        using (var appender = connection.CreateAppender("rc_meta"))
        {
            foreach (var i in rows)
            {
                var rc = batch.RollCalls[i].RollCall;
                appender.CreateRow().AppendValue(ids[i]).AppendValue(rc.Resolution).AppendValue(rc.Title).AppendValue(rc.Description).EndRow();
            }
        }

        Execute("""
            UPDATE rollcalls SET resolution = coalesce(rollcalls.resolution, m.resolution), title = coalesce(rollcalls.title, m.title),
                description = coalesce(rollcalls.description, m.description)
            FROM rc_meta m WHERE rollcalls.rollcall_id = m.rollcall_id
              AND (rollcalls.resolution IS NULL OR rollcalls.title IS NULL OR rollcalls.description IS NULL)
            """);
    }

    private (long New, long Duplicates, List<VoteConflict> Conflicts) WriteVotes(SourceBatch batch, HashSet<int> files, long[] ids, DateOnly[] dates, int[] sourceIds)
    {
        // Every stored vote of the roll calls this source shares with the store: the first in `stored`, others (rare) in `more`.
        var shared = batch.RollCalls.Select((r, i) => (r, i)).Where(x => files.Contains(x.r.File)).Select(x => ids[x.i]).Distinct().ToArray();
        var stored = new Dictionary<(long, short), (Vote Vote, int Source)>();
        var more = new Dictionary<(long, short), List<(Vote Vote, int Source)>>();
        var sources = new Dictionary<int, (string Path, int Precedence)>();
        using (var r = Query("SELECT source_id, path, precedence FROM sources"))
        {
            while (r.Read())
            {
                sources[r.GetInt32(0)] = (r.GetString(1), r.GetInt32(2));
            }
        }

        Execute("CREATE OR REPLACE TEMP TABLE shared_rc(rollcall_id BIGINT)");
        using (var appender = connection.CreateAppender("shared_rc"))
        {
            foreach (var id in shared)
            {
                appender.CreateRow().AppendValue(id).EndRow();
            }
        }

        using (var r = Query("SELECT v.rollcall_id, v.state_id, v.vote, v.source_id FROM votes v SEMI JOIN shared_rc USING (rollcall_id)"))
        {
            while (r.Read())
            {
                var key = (r.GetInt64(0), r.GetInt16(1));
                var cell = ((Vote)r.GetByte(2), r.GetInt32(3));
                if (!stored.TryAdd(key, cell))
                {
                    if (!more.TryGetValue(key, out var list))
                    {
                        more[key] = list = [];
                    }

                    list.Add(cell);
                }
            }
        }

        var precedence = batch.Files.Select(f => Precedence(f.Format)).ToArray();
        var countries = batch.Reference.Countries;
        var conflicts = new List<VoteConflict>();
        var idOf = countries.Select(StateId).ToArray();
        long written = 0, duplicates = 0;
        using var appender2 = connection.CreateAppender("votes");
        foreach (var v in batch.Votes)
        {
            if (!files.Contains(v.File))
            {
                continue;
            }

            var id = ids[v.RollCall];
            var state = batch.Reference.SeatHolder(countries[v.State], dates[v.RollCall]);
            var stateId = idOf[state.Index];
            if (stored.TryGetValue((id, stateId), out var old))
            {
                var others = more.GetValueOrDefault((id, stateId));
                if (old.Vote == v.Vote || (others is not null && others.Any(o => o.Vote == v.Vote)))
                {
                    duplicates++;
                    continue;
                }

                var file = batch.Files[v.File];
                var best = others is null ? sources[old.Source].Precedence : Math.Min(sources[old.Source].Precedence, others.Min(o => sources[o.Source].Precedence));
                conflicts.Add(new VoteConflict(id, state.Iso3, old.Vote, sources[old.Source].Path, v.Vote, $"{file.Path}:{v.Line}", precedence[v.File] < best));
            }

            appender2.CreateRow()
                .AppendValue(id).AppendValue(stateId).AppendValue((byte)v.Vote)
                .AppendValue(sourceIds[v.File]).AppendValue(v.Line).AppendValue(true)
                .EndRow();
            written++;
        }

        return (written, duplicates, conflicts);
    }

    private int[] RegisterSources(SourceBatch batch, bool[] fresh)
    {
        var next = Convert.ToInt32(Scalar("SELECT coalesce(max(source_id), 0) FROM sources"), CultureInfo.InvariantCulture) + 1;
        var ids = new int[batch.Files.Count];
        for (var i = 0; i < batch.Files.Count; i++)
        {
            var f = batch.Files[i];
            if (!fresh[i])
            {
                ids[i] = Convert.ToInt32(Scalar("SELECT source_id FROM sources WHERE sha256 = $1", f.Sha256), CultureInfo.InvariantCulture);
                continue;
            }

            ids[i] = next++;
            Execute(
                "INSERT INTO sources VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())",
                ids[i], System.IO.Path.GetFullPath(f.Path), System.IO.Path.GetFileName(f.Path), f.Format.ToString(), f.Sha256, f.Bytes, f.Rows, Precedence(f.Format));
        }

        return ids;
    }

    private HashSet<(long, string)> LoadIssues(IEnumerable<long> rollCalls)
    {
        var wanted = rollCalls.ToHashSet();
        var set = new HashSet<(long, string)>();
        if (wanted.Count == 0)
        {
            return set;
        }

        using var r = Query("SELECT rollcall_id, issue FROM rollcall_issues");
        while (r.Read())
        {
            var id = r.GetInt64(0);
            if (wanted.Contains(id))
            {
                set.Add((id, r.GetString(1)));
            }
        }

        return set;
    }

    private static void HoldForCrashTest()
    {
        if (Environment.GetEnvironmentVariable(HoldBeforeCommitVariable) is { Length: > 0 } marker)
        {
            File.WriteAllText(marker, "holding");
            Thread.Sleep(TimeSpan.FromMinutes(2));
        }
    }
}

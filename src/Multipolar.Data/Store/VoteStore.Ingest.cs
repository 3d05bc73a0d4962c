using System.Globalization;
using Multipolar.Data.Formats;
using Multipolar.Votes;

namespace Multipolar.Data.Store;

public sealed partial class VoteStore
{
    /// <summary>Environment variable for the crash test: when set to a path, ingest writes that file and waits before committing.</summary>
    internal const string HoldBeforeCommitVariable = "MULTIPOLAR_TEST_HOLD_BEFORE_COMMIT";

    /// <summary>
    /// Writes a batch in one transaction. Files whose checksum is already in the store are skipped (so
    /// re-ingesting is a no-op). Roll calls are matched to stored ones by Voeten's rcid (same date
    /// required) or by resolution symbol and date; a vote identical to a stored one is not added again;
    /// a different one is a conflict, kept with its source, and the source with the better precedence
    /// (<see cref="PrecedenceOf"/>) gives the effective vote.
    /// </summary>
    /// <exception cref="IngestException">The batch contradicts the store (nothing is written).</exception>
    public IngestResult Ingest(SourceBatch batch, Action<string, double>? progress = null)
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
            States = batch.Votes.Select(v => v.State).Distinct().Count(),
            Years = years.Length > 0 && years[0] != 0 ? (years.Min(), years.Max()) : null,
        };
        if (!fresh.Any(f => f))
        {
            return result;
        }

        using var tx = connection.BeginTransaction();
        progress?.Invoke("matching roll calls", 0);
        var existing = LoadRollCallKeys();
        var nextId = Math.Max(RollCallId.FirstAssigned, existing.MaxId + 1);
        var ids = new long[batch.RollCalls.Count];
        var isNew = new bool[batch.RollCalls.Count];
        var dates = new DateOnly[batch.RollCalls.Count];
        long matched = 0;
        for (var i = 0; i < batch.RollCalls.Count; i++)
        {
            var src = batch.RollCalls[i];
            var rc = src.RollCall;
            long? found = null;
            if (src.VoetenRcid is long rcid && existing.Dates.TryGetValue(rcid, out var storedDate))
            {
                if (src.DescribedBySource && storedDate != rc.Date)
                {
                    throw new IngestException(batch.Files[src.File].Path, src.Line, "rcid", rcid.ToString(CultureInfo.InvariantCulture),
                        $"roll call {rcid} is already in the store dated {storedDate:yyyy-MM-dd}, but this file dates it {rc.Date:yyyy-MM-dd}.");
                }

                found = rcid;
                dates[i] = storedDate;
            }
            else if (src.VoetenRcid is null && rc.Resolution is { } symbol && existing.BySymbol.TryGetValue((Normalize(symbol), rc.Date), out var bySymbol))
            {
                found = bySymbol;
                dates[i] = rc.Date;
            }

            if (found is long id)
            {
                ids[i] = id;
                matched++;
                continue;
            }

            if (!src.DescribedBySource)
            {
                throw new IngestException(batch.Files[src.File].Path, src.Line, "rcid", src.VoetenRcid?.ToString(CultureInfo.InvariantCulture),
                    "this roll call is neither in the files of this ingest nor in the store: ingest its roll-call file with it (e.g. the whole unvotes folder).");
            }

            ids[i] = src.VoetenRcid ?? nextId++;
            isNew[i] = true;
            dates[i] = rc.Date;
            existing.Dates[ids[i]] = rc.Date;
        }

        // Roll calls and their issues.
        var sourceIds = RegisterSources(batch, fresh);
        using (var appender = connection.CreateAppender("rollcalls"))
        {
            for (var i = 0; i < ids.Length; i++)
            {
                if (!isNew[i])
                {
                    continue;
                }

                var rc = batch.RollCalls[i].RollCall;
                appender.CreateRow()
                    .AppendValue(ids[i]).AppendValue(rc.Body == Body.GeneralAssembly ? "GA" : "SC").AppendValue(rc.Session)
                    .AppendValue(rc.Date.ToDateTime(TimeOnly.MinValue)).AppendValue(rc.Resolution).AppendValue(rc.Title).AppendValue(rc.Description)
                    .AppendValue(rc.Amendment).AppendValue(rc.Paragraph).AppendValue(rc.Important).AppendValue(sourceIds[batch.RollCalls[i].File])
                    .EndRow();
            }
        }

        var storedIssues = LoadIssues(ids.Where((_, i) => !isNew[i]));
        using (var appender = connection.CreateAppender("rollcall_issues"))
        {
            for (var i = 0; i < ids.Length; i++)
            {
                foreach (var issue in batch.RollCalls[i].RollCall.Issues)
                {
                    if (storedIssues.Add((ids[i], issue.Code)))
                    {
                        appender.CreateRow().AppendValue(ids[i]).AppendValue(issue.Code).AppendValue(false).EndRow();
                    }
                }
            }
        }

        using (var appender = connection.CreateAppender("rollcall_sources"))
        {
            for (var i = 0; i < ids.Length; i++)
            {
                var src = batch.RollCalls[i];
                if (src.DescribedBySource && fresh[src.File])
                {
                    appender.CreateRow().AppendValue(ids[i]).AppendValue(sourceIds[src.File]).AppendValue(src.Key).AppendValue(src.Line).EndRow();
                }
            }
        }

        progress?.Invoke("writing votes", 0.1);
        var (newVotes, duplicates, conflicts) = WriteVotes(batch, ids, isNew, dates, fresh, sourceIds, progress);
        HoldForCrashTest();
        if (newVotes == 0 && conflicts.Count == 0 && !isNew.Any(n => n))
        {
            tx.Rollback();
            return result with { MatchedRollCalls = matched, DuplicateVotes = duplicates };
        }

        tx.Commit();
        progress?.Invoke("done", 1);
        return result with
        {
            NewRollCalls = isNew.Count(n => n),
            MatchedRollCalls = matched,
            NewVotes = newVotes,
            DuplicateVotes = duplicates,
            Conflicts = conflicts,
        };
    }

    private (long New, long Duplicates, List<VoteConflict> Conflicts) WriteVotes(
        SourceBatch batch, long[] ids, bool[] isNew, DateOnly[] dates, bool[] fresh, int[] sourceIds, Action<string, double>? progress)
    {
        // Stored effective votes of the roll calls this batch shares with the store.
        var stored = new Dictionary<(long, short), (Vote Vote, int Source, int Precedence, string Path)>();
        var shared = ids.Where((_, i) => !isNew[i]).Distinct().ToArray();
        if (shared.Length > 0)
        {
            Execute("CREATE OR REPLACE TEMP TABLE shared_rc(rollcall_id BIGINT)");
            using (var appender = connection.CreateAppender("shared_rc"))
            {
                foreach (var id in shared)
                {
                    appender.CreateRow().AppendValue(id).EndRow();
                }
            }

            using var r = Query("""
                SELECT v.rollcall_id, v.state_id, v.vote, v.source_id, s.precedence, s.path
                FROM votes v JOIN shared_rc USING (rollcall_id) JOIN sources s USING (source_id)
                WHERE v.effective
                """);
            while (r.Read())
            {
                stored[(r.GetInt64(0), r.GetInt16(1))] = ((Vote)r.GetByte(2), r.GetInt32(3), r.GetInt32(4), r.GetString(5));
            }
        }

        var countries = batch.Reference.Countries;
        var china = batch.Reference.China.Index;
        var conflicts = new List<VoteConflict>();
        var demote = new List<(long, short, Vote)>();
        var idOf = countries.Select(StateId).ToArray();
        long written = 0, duplicates = 0;
        using (var appender = connection.CreateAppender("votes"))
        {
            var votes = batch.Votes;
            for (var i = 0; i < votes.Length; i++)
            {
                var v = votes[i];
                if (!fresh[v.File])
                {
                    continue;
                }

                var id = ids[v.RollCall];
                var state = v.State == china && dates[v.RollCall] < Countries.CountryReference.ChinaSeatTransfer
                    ? batch.Reference.RepublicOfChina : countries[v.State];
                var effective = true;
                var stateId = idOf[state.Index];
                if (stored.TryGetValue((id, stateId), out var old))
                {
                    if (old.Vote == v.Vote)
                    {
                        duplicates++;
                        continue;
                    }

                    var file = batch.Files[v.File];
                    var wins = PrecedenceOf(file.Format) < old.Precedence;
                    conflicts.Add(new VoteConflict(id, state.Iso3, old.Vote, old.Path, v.Vote, $"{file.Path}:{v.Line}", wins));
                    if (wins)
                    {
                        demote.Add((id, stateId, old.Vote));
                    }
                    else
                    {
                        effective = false;
                    }
                }

                appender.CreateRow()
                    .AppendValue(id).AppendValue(stateId).AppendValue((byte)v.Vote)
                    .AppendValue(sourceIds[v.File]).AppendValue(v.Line).AppendValue(effective)
                    .EndRow();
                written++;
                if ((i & 0xFFFF) == 0)
                {
                    progress?.Invoke("writing votes", 0.1 + (0.9 * i / votes.Length));
                }
            }
        }

        foreach (var (id, stateId, oldVote) in demote)
        {
            Execute("UPDATE votes SET effective = false WHERE rollcall_id = $1 AND state_id = $2 AND effective AND vote = $3", id, stateId, (byte)oldVote);
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
                ids[i], System.IO.Path.GetFullPath(f.Path), System.IO.Path.GetFileName(f.Path), f.Format.ToString(), f.Sha256, f.Bytes, f.Rows, PrecedenceOf(f.Format));
            fresh[i] = true;
        }

        return ids;
    }

    private (Dictionary<long, DateOnly> Dates, Dictionary<(string, DateOnly), long> BySymbol, long MaxId) LoadRollCallKeys()
    {
        var dates = new Dictionary<long, DateOnly>();
        var bySymbol = new Dictionary<(string, DateOnly), long>();
        long max = 0;
        using var r = Query("SELECT rollcall_id, date, resolution FROM rollcalls");
        while (r.Read())
        {
            var id = r.GetInt64(0);
            var date = DateOnly.FromDateTime(r.GetDateTime(1));
            dates[id] = date;
            if (!r.IsDBNull(2))
            {
                bySymbol.TryAdd((Normalize(r.GetString(2)), date), id);
            }

            max = Math.Max(max, id);
        }

        return (dates, bySymbol, max);
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

    /// <summary>A resolution symbol for matching: upper case, no spaces, <c>A/RES/</c> and Voeten's <c>R/</c> prefixes made alike.</summary>
    internal static string Normalize(string symbol)
    {
        var s = symbol.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        return s.StartsWith("A/RES/", StringComparison.Ordinal) ? s[6..] : s.StartsWith("R/", StringComparison.Ordinal) ? s[2..] : s;
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

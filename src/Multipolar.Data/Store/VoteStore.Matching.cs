using System.Globalization;
using Multipolar.Data.Formats;
using Multipolar.Data.Reconciliation;
using Multipolar.Votes;

namespace Multipolar.Data.Store;

public sealed partial class VoteStore
{
    /// <summary>The thresholds used to match roll calls across sources.</summary>
    public MatchRules MatchRules { get; init; } = MatchRules.Default;

    /// <summary>Each described roll call's votes by state index (seat holder on the day).</summary>
    private static Vote[][] VotesByRollCall(SourceBatch batch)
    {
        var n = batch.Reference.Countries.Length;
        var result = new Vote[batch.RollCalls.Count][];
        foreach (var v in batch.Votes)
        {
            var rc = batch.RollCalls[v.RollCall];
            var row = result[v.RollCall] ??= new Vote[n];
            row[batch.Reference.SeatHolder(batch.Reference.Countries[v.State], rc.RollCall.Date).Index] = v.Vote;
        }

        for (var i = 0; i < result.Length; i++)
        {
            result[i] ??= [];
        }

        return result;
    }

    /// <summary>Gives the group's roll calls their store ids: a matched stored roll call's, or a new one.</summary>
    /// <returns>How many were matched.</returns>
    private long MatchRollCalls(SourceBatch batch, int[] inGroup, Vote[][] votes, long[] ids, bool[] isNew, DateOnly[] dates)
    {
        var stored = new Dictionary<long, (DateOnly Date, Body Body, string? Symbol, bool Final)>();
        using (var r = Query("SELECT rollcall_id, date, body, resolution, amend OR para FROM rollcalls"))
        {
            while (r.Read())
            {
                stored[r.GetInt64(0)] = (DateOnly.FromDateTime(r.GetDateTime(1)), r.GetString(2) == "SC" ? Body.SecurityCouncil : Body.GeneralAssembly,
                    r.IsDBNull(3) ? null : ResolutionSymbol.Normalize(r.GetString(3)), !r.GetBoolean(4));
            }
        }

        long matched = 0;
        var incoming = new List<MatchCandidate>();
        foreach (var i in inGroup)
        {
            var src = batch.RollCalls[i];
            if (src.DescribedBySource)
            {
                var rc = src.RollCall;
                incoming.Add(new MatchCandidate(i, rc.Date, rc.Body, ResolutionSymbol.Normalize(rc.Resolution), src.VoetenRcid, rc.IsFinalPassage, votes[i]));
                continue;
            }

            // Only referred to by votes (e.g. an unvotes votes file alone): the store must have it.
            if (src.VoetenRcid is long rcid && stored.TryGetValue(rcid, out var s))
            {
                ids[i] = rcid;
                dates[i] = s.Date;
                matched++;
                continue;
            }

            throw new IngestException(batch.Files[src.File].Path, src.Line, "rcid", src.VoetenRcid?.ToString(CultureInfo.InvariantCulture),
                "this roll call is neither in the files of this ingest nor in the store: ingest its roll-call file with it (e.g. the whole unvotes folder).");
        }

        // Stored candidates: same symbol or symbol base, or a date within the wide window.
        var symbols = incoming.Where(c => c.Symbol is not null).Select(c => c.Symbol!).ToHashSet(StringComparer.Ordinal);
        var bases = incoming.Where(c => c.SymbolBase is not null).Select(c => c.SymbolBase!).ToHashSet(StringComparer.Ordinal);
        var window = Math.Max(MatchRules.MaxDayDifference, MatchRules.MaxWideDayDifference);
        var days = new HashSet<DateOnly>();
        foreach (var date in incoming.Select(c => c.Date).Distinct())
        {
            for (var d = -window; d <= window; d++)
            {
                days.Add(date.AddDays(d));
            }
        }

        var candidates = stored.Where(kv => days.Contains(kv.Value.Date)
                || (kv.Value.Symbol is { } sy && (symbols.Contains(sy) || (ResolutionSymbol.Base(sy) is { } b && bases.Contains(b)))))
            .Select(kv => kv.Key).ToArray();
        var storedVotes = LoadVoteVectors(candidates, batch.Reference.Countries.Length);
        var storedCandidates = candidates.Select(id =>
        {
            var s = stored[id];
            return new MatchCandidate(id, s.Date, s.Body, s.Symbol, id < RollCallId.FirstAssigned ? id : null, s.Final, storedVotes.GetValueOrDefault(id, []));
        }).ToArray();
        var matches = RollCallMatcher.Match(incoming, storedCandidates, MatchRules);
        foreach (var m in matches)
        {
            ids[m.Incoming] = m.Stored;
            dates[m.Incoming] = stored[m.Stored].Date;
            matched++;
        }

        var matchedSet = matches.Select(m => m.Incoming).ToHashSet();
        var next = Math.Max(RollCallId.FirstAssigned, stored.Keys.DefaultIfEmpty(0).Max() + 1);
        var used = stored.Keys.ToHashSet();
        foreach (var c in incoming)
        {
            if (matchedSet.Contains(c.Id))
            {
                continue;
            }

            var i = (int)c.Id;
            ids[i] = c.Rcid is long r && r < RollCallId.FirstAssigned && !used.Contains(r) ? r : next++;
            used.Add(ids[i]);
            next = Math.Max(next, ids[i] + 1 >= RollCallId.FirstAssigned ? ids[i] + 1 : next);
            isNew[i] = true;
            dates[i] = c.Date;
        }

        return matched;
    }

    /// <summary>Stored votes (all sources: the best-precedence one where they differ) of some roll calls, by state index.</summary>
    private Dictionary<long, Vote[]> LoadVoteVectors(long[] rollCalls, int states)
    {
        var result = new Dictionary<long, Vote[]>();
        if (rollCalls.Length == 0)
        {
            return result;
        }

        Execute("CREATE OR REPLACE TEMP TABLE match_rc(rollcall_id BIGINT)");
        using (var appender = connection.CreateAppender("match_rc"))
        {
            foreach (var id in rollCalls)
            {
                appender.CreateRow().AppendValue(id).EndRow();
            }
        }

        using var r = Query("SELECT v.rollcall_id, v.state_id, v.vote FROM votes v JOIN match_rc USING (rollcall_id) WHERE v.effective");
        while (r.Read())
        {
            var id = r.GetInt64(0);
            if (!result.TryGetValue(id, out var row))
            {
                result[id] = row = new Vote[states];
            }

            row[StateOf(r.GetInt16(1)).Index] = (Vote)r.GetByte(2);
        }

        return result;
    }
}

namespace Multipolar.Data.Reconciliation;

/// <summary>
/// Finds which incoming roll calls are stored ones, one to one, in three passes (docs/sources.md):
/// <list type="number">
/// <item>same Voeten rcid and same date (an rcid alone is not an identity: derived files reuse rcids);</item>
/// <item>same normalised resolution symbol and body, with the dates within <see cref="MatchRules.MaxDayDifference"/>
/// (preferring a final-passage vote, then the best vote agreement), or with any date when the vote
/// pattern agrees at least <see cref="MatchRules.MinAgreement"/>;</item>
/// <item>same body, dates within <see cref="MatchRules.MaxDayDifference"/>, symbols not contradicting each
/// other (equal or one missing), at least <see cref="MatchRules.MinCommonStates"/> states with cast votes in
/// both and agreement at least <see cref="MatchRules.MinAgreement"/>; best agreement first.</item>
/// </list>
/// </summary>
/// <remarks>Pure and deterministic: ties are broken by the smaller date difference, then the smaller ids.</remarks>
public static class RollCallMatcher
{
    /// <summary>Matches <paramref name="incoming"/> roll calls to <paramref name="stored"/> ones.</summary>
    public static IReadOnlyList<RollCallMatch> Match(IReadOnlyList<MatchCandidate> incoming, IReadOnlyList<MatchCandidate> stored, MatchRules rules)
    {
        var matches = new List<RollCallMatch>();
        var takenIn = new HashSet<long>();
        var takenStored = new HashSet<long>();
        var byId = stored.ToDictionary(s => s.Id);
        var bySymbol = stored.Where(s => s.Symbol is not null).ToLookup(s => (s.Symbol!, s.Body));
        var byDate = stored.ToLookup(s => s.Date);

        // 1. rcid and date.
        foreach (var i in incoming)
        {
            if (i.Rcid is long r && byId.TryGetValue(r, out var s) && s.Date == i.Date && s.Body == i.Body && takenStored.Add(s.Id))
            {
                takenIn.Add(i.Id);
                matches.Add(new RollCallMatch(i.Id, s.Id, MatchKind.Rcid, VotePattern.Compare(i.Votes, s.Votes)));
            }
        }

        // 2. symbol.
        var pairs = new List<(MatchCandidate In, MatchCandidate St, VotePattern P, int Days, bool Close)>();
        foreach (var i in incoming)
        {
            if (takenIn.Contains(i.Id) || i.Symbol is null)
            {
                continue;
            }

            foreach (var s in bySymbol[(i.Symbol, i.Body)])
            {
                var p = VotePattern.Compare(i.Votes, s.Votes);
                var days = Math.Abs(i.Date.DayNumber - s.Date.DayNumber);
                var close = days <= rules.MaxDayDifference;
                if (close || (p.Common >= rules.MinCommonStates && p.Agreement >= rules.MinAgreement))
                {
                    pairs.Add((i, s, p, days, close));
                }
            }
        }

        Assign(pairs
            .OrderByDescending(x => x.Close).ThenByDescending(x => x.St.FinalPassage).ThenByDescending(x => x.P.Common == 0 ? 0 : x.P.Agreement)
            .ThenBy(x => x.Days).ThenBy(x => x.In.Id).ThenBy(x => x.St.Id), MatchKind.Symbol);

        // 3. date and vote pattern.
        pairs.Clear();
        foreach (var i in incoming)
        {
            if (takenIn.Contains(i.Id))
            {
                continue;
            }

            for (var d = -rules.MaxDayDifference; d <= rules.MaxDayDifference; d++)
            {
                foreach (var s in byDate[i.Date.AddDays(d)])
                {
                    if (s.Body != i.Body || takenStored.Contains(s.Id) || (i.Symbol is not null && s.Symbol is not null && i.Symbol != s.Symbol))
                    {
                        continue;
                    }

                    var p = VotePattern.Compare(i.Votes, s.Votes);
                    if (p.Common >= rules.MinCommonStates && p.Agreement >= rules.MinAgreement)
                    {
                        pairs.Add((i, s, p, Math.Abs(d), true));
                    }
                }
            }
        }

        Assign(pairs.OrderByDescending(x => x.P.Agreement).ThenByDescending(x => x.P.Common).ThenBy(x => x.Days).ThenBy(x => x.In.Id).ThenBy(x => x.St.Id), MatchKind.DateAndPattern);
        return matches;

        void Assign(IEnumerable<(MatchCandidate In, MatchCandidate St, VotePattern P, int Days, bool Close)> ordered, MatchKind kind)
        {
            foreach (var x in ordered)
            {
                if (!takenIn.Contains(x.In.Id) && !takenStored.Contains(x.St.Id))
                {
                    takenIn.Add(x.In.Id);
                    takenStored.Add(x.St.Id);
                    matches.Add(new RollCallMatch(x.In.Id, x.St.Id, kind, x.P));
                }
            }
        }
    }
}

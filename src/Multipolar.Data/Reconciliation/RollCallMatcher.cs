namespace Multipolar.Data.Reconciliation;

/// <summary>
/// Finds which incoming roll calls are stored ones, one to one, in five passes (docs/sources.md):
/// <list type="number">
/// <item>same Voeten rcid and same date (an rcid alone is not an identity: derived files reuse rcids);</item>
/// <item>same normalised resolution symbol and body, and the vote pattern agreeing at least <see cref="MatchRules.MinAgreement"/>
/// over at least <see cref="MatchRules.MinCommonStates"/> common states (any dates); when fewer states can be compared, the dates
/// within <see cref="MatchRules.MaxDayDifference"/>. A pair whose votes contradict is never matched by symbol. Verified pairs
/// first, then equal totals, agreement, the same final-passage flag, a final-passage vote;</item>
/// <item>same body, dates within <see cref="MatchRules.MaxDayDifference"/>, symbols not contradicting each
/// other (equal or one missing), at least <see cref="MatchRules.MinCommonStates"/> states with cast votes in
/// both and agreement at least <see cref="MatchRules.MinAgreement"/>; best agreement first;</item>
/// <item>same symbol base (<see cref="ResolutionSymbol.Base"/>: session and number, part letters ignored), at least
/// <see cref="MatchRules.MinCommonStates"/> common states and agreement at least <see cref="MatchRules.MinAgreement"/>
/// with equal yes/no/abstain totals, else at least <see cref="MatchRules.MinStrongAgreement"/>; equal totals first,
/// then agreement, then the same part;</item>
/// <item>dates within <see cref="MatchRules.MaxWideDayDifference"/>, equal totals, at least
/// <see cref="MatchRules.MinStrongCommonStates"/> common states and agreement at least
/// <see cref="MatchRules.MinStrongAgreement"/>, symbols not contradicting (<see cref="Contradict"/>).</item>
/// </list>
/// </summary>
/// <remarks>Pure and deterministic: ties are broken by the smaller date difference, then the smaller ids.</remarks>
public static class RollCallMatcher
{
    /// <summary>
    /// True when two normalised symbols name different resolutions for certain: both have a base, the bases
    /// differ, and both are new-style symbols (session <see cref="ResolutionSymbol.FirstNewStyleSession"/> on).
    /// Before that, Voeten's symbols are not reliable names (session 1: document numbers such as
    /// <c>R/1/1222</c> for <c>A/RES/39(I)</c>), so only the vote pattern decides.
    /// </summary>
    internal static bool Contradict(string? a, string? b)
    {
        var (ba, bb) = (ResolutionSymbol.Base(a), ResolutionSymbol.Base(b));
        if (ba == bb)
        {
            return false;
        }

        return ba is not null && bb is not null
            && (ResolutionSymbol.Session(a) ?? int.MaxValue) >= ResolutionSymbol.FirstNewStyleSession
            && (ResolutionSymbol.Session(b) ?? int.MaxValue) >= ResolutionSymbol.FirstNewStyleSession;
    }

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

        // 2. symbol, the votes agreeing wherever they can be compared: a pair whose votes contradict is never matched (several votes
        //    under one symbol on one day: parts, paragraphs, amendments, motions). Verified pairs first (Preferred), then equal
        //    totals, agreement, the same final-passage flag, a final-passage vote, the smaller date difference.
        var pairs = new List<(MatchCandidate In, MatchCandidate St, VotePattern P, int Days, bool Preferred)>();
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
                var comparable = p.Common >= rules.MinCommonStates;
                var agree = comparable && p.Agreement >= rules.MinAgreement;
                if (agree || (!comparable && days <= rules.MaxDayDifference))
                {
                    pairs.Add((i, s, p, days, agree));
                }
            }
        }

        Assign(pairs
            .OrderByDescending(x => x.Preferred).ThenByDescending(x => x.In.Totals == x.St.Totals).ThenByDescending(x => x.P.Common == 0 ? 0 : x.P.Agreement)
            .ThenByDescending(x => x.In.FinalPassage == x.St.FinalPassage).ThenByDescending(x => x.St.FinalPassage)
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

        // 4. symbol base (same session and number, part letters ignored) and vote pattern (the strong threshold unless the
        //    totals are equal); equal totals first, then agreement, then the same part.
        pairs.Clear();
        var byBase = stored.Where(s => s.SymbolBase is not null).ToLookup(s => (s.SymbolBase!, s.Body));
        foreach (var i in incoming)
        {
            if (takenIn.Contains(i.Id) || i.SymbolBase is null)
            {
                continue;
            }

            foreach (var s in byBase[(i.SymbolBase, i.Body)])
            {
                var p = VotePattern.Compare(i.Votes, s.Votes);
                var equalTotals = i.Totals == s.Totals;
                if (!takenStored.Contains(s.Id) && p.Common >= rules.MinCommonStates && p.Agreement >= (equalTotals ? rules.MinAgreement : rules.MinStrongAgreement))
                {
                    pairs.Add((i, s, p, Math.Abs(i.Date.DayNumber - s.Date.DayNumber), equalTotals));
                }
            }
        }

        Assign(pairs
            .OrderByDescending(x => x.Preferred).ThenByDescending(x => x.P.Agreement)
            .ThenByDescending(x => ResolutionSymbol.Part(x.In.Symbol) == ResolutionSymbol.Part(x.St.Symbol)).ThenByDescending(x => x.St.FinalPassage)
            .ThenBy(x => x.Days).ThenBy(x => x.In.Id).ThenBy(x => x.St.Id), MatchKind.SymbolBase);

        // 5. wide date window, equal totals and a strong vote pattern; symbol bases must not contradict where both are reliable.
        pairs.Clear();
        var byTotals = stored.Where(s => !takenStored.Contains(s.Id)).ToLookup(s => (s.Totals, s.Body));
        foreach (var i in incoming)
        {
            if (takenIn.Contains(i.Id))
            {
                continue;
            }

            foreach (var s in byTotals[(i.Totals, i.Body)])
            {
                var days = Math.Abs(i.Date.DayNumber - s.Date.DayNumber);
                if (days > rules.MaxWideDayDifference || Contradict(i.Symbol, s.Symbol))
                {
                    continue;
                }

                var p = VotePattern.Compare(i.Votes, s.Votes);
                if (p.Common >= rules.MinStrongCommonStates && p.Agreement >= rules.MinStrongAgreement)
                {
                    pairs.Add((i, s, p, days, true));
                }
            }
        }

        Assign(pairs.OrderByDescending(x => x.P.Agreement).ThenByDescending(x => x.P.Common).ThenBy(x => x.Days).ThenBy(x => x.In.Id).ThenBy(x => x.St.Id), MatchKind.WideDateAndPattern);
        return matches;

        void Assign(IEnumerable<(MatchCandidate In, MatchCandidate St, VotePattern P, int Days, bool Preferred)> ordered, MatchKind kind)
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

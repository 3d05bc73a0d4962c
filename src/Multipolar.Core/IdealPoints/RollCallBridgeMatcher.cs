using System.Collections.Immutable;
using Multipolar.Votes;

namespace Multipolar.IdealPoints;

/// <summary>
/// Multipolar's own bridge matcher: finds roll calls that repeat a resolution of the previous period, for any source
/// and any years, from the roll calls' own fields and votes (Bailey, Strezhnev and Voeten 2017 bridge identical
/// resolution texts, which the shared sources do not carry).
/// </summary>
/// <remarks>
/// <para>Two keys per roll call, each prefixed by its kind so that a final-passage vote bridges only to a final-passage
/// vote, an amendment only to an amendment and a paragraph vote only to a paragraph vote: the normalised title
/// (<see cref="RollCall.Title"/>; unvotes' <c>short</c>) and the first <see cref="DescriptionKeyLength"/> characters of the
/// normalised description (<see cref="RollCall.Description"/>; unvotes' <c>descr</c>), normalised by
/// <see cref="IdealPointEstimator.NormalizeTitle"/>. A key that occurs more than once in a period is ambiguous there and
/// not used in it. Two roll calls of consecutive periods with the same key are a candidate pair; the pair is kept when,
/// among the states that cast a vote on both (at least <see cref="MinCommonVotes"/>), at least
/// <see cref="MinAgreement"/> vote the same way (a changed text that changes the vote is not the same question).
/// Pairs of both keys are merged. Resolution symbols (<c>unres</c>) change every session and are not a key.</para>
/// <para>Measured against the authors' 955 pairs (sessions 1–74) in docs/ideal-points.md.</para>
/// </remarks>
public static class RollCallBridgeMatcher
{
    /// <summary>Characters of the normalised description that form its key.</summary>
    public const int DescriptionKeyLength = 100;

    /// <summary>The smallest share of common voters voting alike for a candidate pair to bridge.</summary>
    public const double MinAgreement = 0.9;

    /// <summary>The fewest states casting a vote on both roll calls of a pair.</summary>
    public const int MinCommonVotes = 10;

    /// <summary>A one-line description recorded with fits that use the matcher.</summary>
    public const string Description = "Multipolar matcher: same normalised title or description (first 100 characters), same kind (final/amendment/paragraph), consecutive periods, unique in each, >= 90% of common voters alike";

    /// <summary>A one-line description recorded with fits that use the title rule (<see cref="MatchTitles"/>).</summary>
    public const string TitlesDescription = "Multipolar title rule: final-passage roll calls with the same normalised title, unique in their period, joined to the title's next occurrence (no check on the votes)";

    /// <summary>The bridges among the roll calls of <paramref name="votes"/>, periods as <paramref name="period"/> groups them.</summary>
    public static ImmutableArray<RollCallBridge> Match(VoteMatrix votes, IdealPointPeriod period = IdealPointPeriod.Year) =>
        Match(votes, period, MinAgreement);

    /// <summary>As <see cref="Match(VoteMatrix, IdealPointPeriod)"/> with another agreement threshold (0 checks no votes; for the benchmarks).</summary>
    internal static ImmutableArray<RollCallBridge> Match(VoteMatrix votes, IdealPointPeriod period, double minAgreement)
    {
        ArgumentNullException.ThrowIfNull(votes);
        var rollCalls = votes.RollCalls;
        var periods = new int[rollCalls.Length];
        for (var r = 0; r < periods.Length; r++)
        {
            periods[r] = IdealPointEstimator.PeriodOf(rollCalls[r], period);
        }

        var pairs = new HashSet<(int, int)>();
        AddPairs(votes, periods, r => rollCalls[r].Title, int.MaxValue, minAgreement, pairs);
        AddPairs(votes, periods, r => rollCalls[r].Description, DescriptionKeyLength, minAgreement, pairs);
        return [.. pairs.Order().Select(p => new RollCallBridge(rollCalls[p.Item1].Id, rollCalls[p.Item2].Id))];
    }

    private static void AddPairs(VoteMatrix votes, int[] periods, Func<int, string?> text, int length, double minAgreement, HashSet<(int, int)> pairs)
    {
        var keyed = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var r = 0; r < periods.Length; r++)
        {
            var key = IdealPointEstimator.NormalizeTitle(text(r));
            if (key.Length == 0)
            {
                continue;
            }

            var rc = votes.RollCalls[r];
            key = (rc.Amendment ? "a:" : rc.Paragraph ? "p:" : "f:") + (key.Length > length ? key[..length] : key);
            if (!keyed.TryGetValue(key, out var list))
            {
                keyed[key] = list = [];
            }

            list.Add(r);
        }

        foreach (var list in keyed.Values)
        {
            // Unique per period, in period order (columns are in date order, but sort to be sure).
            var unique = list.GroupBy(r => periods[r]).Where(g => g.Count() == 1).Select(g => g.First()).OrderBy(r => periods[r]).ToArray();
            for (var i = 1; i < unique.Length; i++)
            {
                int r0 = unique[i - 1], r1 = unique[i];
                if (periods[r1] - periods[r0] == 1 && Agree(votes, r0, r1, minAgreement))
                {
                    pairs.Add((r0, r1));
                }
            }
        }
    }

    private static bool Agree(VoteMatrix votes, int r0, int r1, double minAgreement)
    {
        int common = 0, same = 0;
        for (var s = 0; s < votes.States.Length; s++)
        {
            var v0 = votes[s, r0];
            var v1 = votes[s, r1];
            if (IrtPreparation.Category(v0) >= 0 && IrtPreparation.Category(v1) >= 0)
            {
                common++;
                same += v0 == v1 ? 1 : 0;
            }
        }

        return common >= MinCommonVotes && same >= minAgreement * common;
    }

    /// <summary>
    /// The first version's title bridges: final-passage roll calls with the same normalised title (else description)
    /// that occur once in their period, each joined to the next period the title occurs in (any gap), with no check on
    /// the votes.
    /// </summary>
    public static ImmutableArray<RollCallBridge> MatchTitles(VoteMatrix votes, IdealPointPeriod period = IdealPointPeriod.Year)
    {
        ArgumentNullException.ThrowIfNull(votes);
        var rollCalls = votes.RollCalls;
        var keyed = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var r = 0; r < rollCalls.Length; r++)
        {
            var key = rollCalls[r].IsFinalPassage ? IdealPointEstimator.NormalizeTitle(rollCalls[r].Title ?? rollCalls[r].Description) : "";
            if (key.Length > 0)
            {
                if (!keyed.TryGetValue(key, out var list))
                {
                    keyed[key] = list = [];
                }

                list.Add(r);
            }
        }

        var pairs = new List<(int, int)>();
        foreach (var list in keyed.Values)
        {
            var unique = list.GroupBy(r => IdealPointEstimator.PeriodOf(rollCalls[r], period)).Where(g => g.Count() == 1)
                .Select(g => (Period: g.Key, Column: g.First())).OrderBy(u => u.Period).ToArray();
            for (var i = 1; i < unique.Length; i++)
            {
                pairs.Add((unique[i - 1].Column, unique[i].Column));
            }
        }

        return [.. pairs.Order().Select(p => new RollCallBridge(rollCalls[p.Item1].Id, rollCalls[p.Item2].Id))];
    }
}

using System.Collections.Immutable;
using Multipolar.Alignment;
using Multipolar.Countries;
using Multipolar.Votes;

namespace Multipolar.Shifts;

/// <summary>
/// The votes behind a number: the roll calls that contributed most to a change in agreement between two
/// periods, for a dyad, a bloc's cohesion or a sphere's lean (docs/polarity.md, Explanations).
/// </summary>
/// <remarks>
/// <para>Agreement in a period is a mean over joint votes, a = Σ_r s_r / N (s_r the pair's score on roll call r
/// under the abstention scoring: 1 same vote, ½ one abstains, 0 yes against no). With m = (a_from + a_to)/2,
/// a_to − a_from = Σ_{r ∈ to} (s_r − m)/N_to − Σ_{r ∈ from} (s_r − m)/N_from exactly: a roll call of the last
/// period raises the change as far as the pair agreed on it more than the midpoint (divided by that period's
/// joint votes); one of the first period lowers it as far as they agreed on it more. A combined value (a bloc's
/// mean pairwise agreement, a lean = agreement with one pole − with another) is a weighted sum of dyads'
/// agreements, and its change the same weighted sum of their contributions.</para>
/// <para>Defined for agreement under any abstention scoring (votes-only: yes/no pairs only); S = 2·agree − 1
/// changes twice as much with the same roll calls. Pure and thread-safe.</para>
/// </remarks>
public static class Shifts
{
    /// <summary>The change in agreement of a dyad from period <paramref name="from"/> to <paramref name="to"/> and its roll calls.</summary>
    /// <exception cref="ArgumentException">A state is not in the matrix, or the pair has no joint vote in one of the periods.</exception>
    public static Shift Dyad(VoteMatrix matrix, Country a, Country b, int from, int to, AlignmentOptions options = default, Slice slice = default)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var shift = Combined(matrix, [new WeightedDyad(a, b, 1)], from, to, options, slice, $"{a.Iso3}–{b.Iso3}", withVotes: true);
        return shift;
    }

    /// <summary>
    /// The change of a weighted sum of dyads' agreements (dyads without joint votes in either period are left
    /// out and the weights of the rest kept) and the roll calls behind it.
    /// </summary>
    /// <exception cref="ArgumentException">No dyad has joint votes in both periods, or a period has no roll calls.</exception>
    public static Shift Combined(VoteMatrix matrix, IReadOnlyList<WeightedDyad> dyads, int from, int to, AlignmentOptions options, Slice slice, string subject, bool withVotes = false)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(dyads);
        options.Validate(nameof(options));
        var scoring = new Scoring(options);
        int[] Columns(int period) => [.. Enumerable.Range(0, matrix.RollCalls.Length)
            .Where(r => options.PeriodOf(matrix.RollCalls[r]) == period && slice.Contains(matrix.RollCalls[r]))];
        var colsFrom = Columns(from);
        var colsTo = Columns(to);
        if (colsFrom.Length == 0 || colsTo.Length == 0)
        {
            throw new ArgumentException($"No roll calls in {(colsFrom.Length == 0 ? from : to)} for slice '{slice.Key}'.", nameof(from));
        }

        var contribution = new Dictionary<int, (double Sum, double Score, double Weight)>();
        double before = 0, after = 0;
        var used = 0;
        Vote[]? votesA = null, votesB = null;
        foreach (var d in dyads)
        {
            int ra = matrix.IndexOf(d.A), rb = matrix.IndexOf(d.B);
            if (ra < 0 || rb < 0)
            {
                if (withVotes)
                {
                    throw new ArgumentException($"{(ra < 0 ? d.A : d.B).Name} ({(ra < 0 ? d.A : d.B).Iso3}) has no votes in the matrix.", nameof(dyads));
                }

                continue;
            }

            var rowA = matrix.Row(ra);
            var rowB = matrix.Row(rb);
            var (sumFrom, nFrom) = Mean(rowA, rowB, colsFrom, scoring);
            var (sumTo, nTo) = Mean(rowA, rowB, colsTo, scoring);
            if (nFrom == 0 || nTo == 0)
            {
                if (withVotes)
                {
                    throw new ArgumentException($"{d.A.Iso3} and {d.B.Iso3} have no joint vote in {(nFrom == 0 ? from : to)}.", nameof(dyads));
                }

                continue;
            }

            used++;
            double aFrom = sumFrom / nFrom, aTo = sumTo / nTo, mid = (aFrom + aTo) / 2;
            before += d.Weight * aFrom;
            after += d.Weight * aTo;
            Add(contribution, rowA, rowB, colsFrom, d.Weight * -1.0 / nFrom, Math.Abs(d.Weight), mid, scoring);
            Add(contribution, rowA, rowB, colsTo, d.Weight / nTo, Math.Abs(d.Weight), mid, scoring);

            if (withVotes)
            {
                votesA = rowA.ToArray();
                votesB = rowB.ToArray();
            }
        }

        if (used == 0)
        {
            throw new ArgumentException($"No pair of {subject} has joint votes in both {from} and {to}.", nameof(dyads));
        }

        var fromSet = colsFrom.ToHashSet();
        var rows = contribution
            .Select(kv => new RollCallContribution(
                matrix.RollCalls[kv.Key],
                fromSet.Contains(kv.Key) ? "from" : "to",
                votesA?[kv.Key] ?? Vote.None,
                votesB?[kv.Key] ?? Vote.None,
                kv.Value.Score / kv.Value.Weight,
                kv.Value.Sum))
            .OrderByDescending(r => Math.Abs(r.Contribution)).ThenBy(r => r.RollCall.Date).ThenBy(r => r.RollCall.Id)
            .ToImmutableArray();
        return new Shift(subject, from, to, before, after, rows, options);
    }

    /// <summary>Adds factor × (s_r − mid) to each joint roll call's contribution, and the score to its weighted mean.</summary>
    private static void Add(Dictionary<int, (double Sum, double Score, double Weight)> contribution, ReadOnlySpan<Vote> rowA, ReadOnlySpan<Vote> rowB, int[] cols, double factor, double weight, double mid, Scoring scoring)
    {
        foreach (var c in cols)
        {
            if (Score(rowA[c], rowB[c], scoring) is double s)
            {
                var (sum, score, w) = contribution.GetValueOrDefault(c);
                contribution[c] = (sum + (factor * (s - mid)), score + (weight * s), w + weight);
            }
        }
    }

    /// <summary>The pair's score on one roll call (1 − the agreement distance), or null when it is not a joint vote.</summary>
    internal static double? Score(Vote a, Vote b, Scoring scoring)
    {
        var i = Category(a, scoring.VotesOnly);
        var j = Category(b, scoring.VotesOnly);
        return i < 0 || j < 0 ? null : 1 - scoring.AgreementWeights[(3 * i) + j];
    }

    private static int Category(Vote v, bool votesOnly) => v switch
    {
        Vote.Yes => 0,
        Vote.Abstain => votesOnly ? -1 : 1,
        Vote.No => 2,
        _ => -1,
    };

    private static (double Sum, int N) Mean(ReadOnlySpan<Vote> a, ReadOnlySpan<Vote> b, int[] cols, Scoring scoring)
    {
        double sum = 0;
        var n = 0;
        foreach (var c in cols)
        {
            if (Score(a[c], b[c], scoring) is double s)
            {
                sum += s;
                n++;
            }
        }

        return (sum, n);
    }
}

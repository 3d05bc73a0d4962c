using System.Collections.Immutable;
using Multipolar.Alignment;
using Multipolar.Countries;
using Multipolar.Votes;

namespace Multipolar.Blocs;

/// <summary>
/// Bloc measures: cohesion (the Hix–Noury–Roland agreement index and mean pairwise agreement), distances between a
/// bloc's centre and states (poles, members) or other blocs, and splits. Membership is as of each roll call's date
/// (<see cref="Bloc.IsMember"/>). docs/analytics.md, "Blocs".
/// </summary>
/// <remarks>
/// <para>Absent members: only members casting yes, no or abstain count; a member that was absent, did not vote or
/// is not recorded is left out of that roll call (HNR 2005 count the votes cast). A roll call enters a bloc's
/// cohesion only when at least two members voted.</para>
/// <para>Pure and thread-safe.</para>
/// </remarks>
public static class BlocAnalysis
{
    /// <summary>
    /// The agreement index of Hix, Noury and Roland: AI = (max(Y, N, A) − ½·(Y + N + A − max(Y, N, A))) / (Y + N + A),
    /// 1 when all vote alike, 0 when the votes split equally in three. Range [0, 1]; NaN when nobody voted.
    /// </summary>
    /// <remarks>Hix, Noury and Roland (2005), "Power to the Parties: Cohesion and Competition in the European
    /// Parliament, 1979–2001", British Journal of Political Science 35(2): 209–234, eq. 1.</remarks>
    public static double AgreementIndex(int yes, int no, int abstain)
    {
        var total = yes + no + abstain;
        if (total == 0)
        {
            return double.NaN;
        }

        var max = Math.Max(yes, Math.Max(no, abstain));
        return (max - (0.5 * (total - max))) / total;
    }

    /// <summary>
    /// Mean agreement over all pairs of voting members on one roll call, scored like the engine's agreement: 1 for the
    /// same vote, 0 for yes against no, and for abstain against yes or no ½ (soft), 0 (strict), or the abstainers left
    /// out (votes-only): (C(Y,2) + C(N,2) + C(A,2) + s·A·(Y + N)) / C(Y + N + A, 2). NaN with fewer than two voters.
    /// </summary>
    /// <remarks>Voeten's agreement (Dataverse hdl:1902.1/12379, variable agree), averaged over the pairs of a group.</remarks>
    public static double PairwiseAgreement(int yes, int no, int abstain, AbstentionScoring scoring = AbstentionScoring.Soft)
    {
        if (scoring == AbstentionScoring.VotesOnly)
        {
            abstain = 0;
        }

        double m = yes + no + abstain;
        if (m < 2)
        {
            return double.NaN;
        }

        var half = scoring == AbstentionScoring.Soft ? 0.5 : 0;
        return (Pairs(yes) + Pairs(no) + Pairs(abstain) + (half * abstain * (yes + no))) / Pairs((int)m);

        static double Pairs(int k) => k * (k - 1) / 2.0;
    }

    /// <summary>The bloc's cohesion per period: mean AI and mean pairwise agreement over the roll calls with two or more voting members.</summary>
    public static ImmutableArray<BlocCohesion> Cohesion(VoteMatrix matrix, Bloc bloc, BlocQuery query)
    {
        var (votes, periods, columns) = Prepare(matrix, bloc, query);
        var builder = ImmutableArray.CreateBuilder<BlocCohesion>(periods.Length);
        for (var t = 0; t < periods.Length; t++)
        {
            double ai = 0, pair = 0, voting = 0;
            var n = 0;
            foreach (var c in columns[t])
            {
                if (votes.Voting(c) < 2)
                {
                    continue;
                }

                ai += AgreementIndex(votes.Yes[c], votes.No[c], votes.Abstain[c]);
                var p = PairwiseAgreement(votes.Yes[c], votes.No[c], votes.Abstain[c], query.Options.Abstention);
                pair += double.IsNaN(p) ? 0 : p;
                voting += votes.Voting(c);
                n++;
            }

            builder.Add(new BlocCohesion(bloc.Code, query.Slice, periods[t], n == 0 ? double.NaN : ai / n,
                n == 0 ? double.NaN : pair / n, n, votes.MembersOn(columns[t]), n == 0 ? 0 : voting / n));
        }

        return builder.MoveToImmutable();
    }

    /// <summary>
    /// Distance per period between the bloc's centre and each state: mean over roll calls of |v − c|, v the state's coded
    /// vote (yes 1, abstain ½, no 0) and c the mean coded vote of the other voting members (the state itself left
    /// out when it is a member). For a member this is its distance to the bloc centre; for a pole, the bloc's distance to it.
    /// </summary>
    public static ImmutableArray<BlocDistance> DistancesTo(VoteMatrix matrix, Bloc bloc, IEnumerable<Country> states, BlocQuery query)
    {
        ArgumentNullException.ThrowIfNull(states);
        var (votes, periods, columns) = Prepare(matrix, bloc, query);
        var builder = ImmutableArray.CreateBuilder<BlocDistance>();
        foreach (var state in states)
        {
            var row = matrix.IndexOf(state);
            for (var t = 0; t < periods.Length; t++)
            {
                double sum = 0;
                var n = 0;
                if (row >= 0)
                {
                    foreach (var c in columns[t])
                    {
                        var v = BlocVotes.Code(matrix[row, c]);
                        var centre = votes.Centre(c, row);
                        if (!double.IsNaN(v) && !double.IsNaN(centre))
                        {
                            sum += Math.Abs(v - centre);
                            n++;
                        }
                    }
                }

                builder.Add(new BlocDistance(bloc.Code, state.Iso3, query.Slice, periods[t], n == 0 ? double.NaN : sum / n, n));
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>The distance of each member to the centre of the others, per period, for the members of the period.</summary>
    public static ImmutableArray<BlocDistance> MemberDistances(VoteMatrix matrix, Bloc bloc, BlocQuery query)
    {
        ArgumentNullException.ThrowIfNull(bloc);
        var all = DistancesTo(matrix, bloc, bloc.States, query);
        return [.. all.Where(d => d.RollCalls > 0).OrderBy(d => d.Period).ThenBy(d => d.Distance)];
    }

    /// <summary>Distance per period between two blocs' centres: mean |c_A − c_B| over roll calls where both have voting members.</summary>
    public static ImmutableArray<BlocDistance> DistanceBetween(VoteMatrix matrix, Bloc first, Bloc second, BlocQuery query)
    {
        ArgumentNullException.ThrowIfNull(second);
        var (a, periods, columns) = Prepare(matrix, first, query);
        var b = BlocVotes.For(matrix, second);
        var builder = ImmutableArray.CreateBuilder<BlocDistance>(periods.Length);
        for (var t = 0; t < periods.Length; t++)
        {
            double sum = 0;
            var n = 0;
            foreach (var c in columns[t])
            {
                double ca = a.Centre(c), cb = b.Centre(c);
                if (!double.IsNaN(ca) && !double.IsNaN(cb))
                {
                    sum += Math.Abs(ca - cb);
                    n++;
                }
            }

            builder.Add(new BlocDistance(first.Code, second.Code, query.Slice, periods[t], n == 0 ? double.NaN : sum / n, n));
        }

        return builder.MoveToImmutable();
    }

    /// <summary>Every roll call of the query's periods on which two or more members voted, from the bloc's side.</summary>
    public static ImmutableArray<BlocRollCall> RollCalls(VoteMatrix matrix, Bloc bloc, BlocQuery query)
    {
        var (votes, periods, columns) = Prepare(matrix, bloc, query);
        var builder = ImmutableArray.CreateBuilder<BlocRollCall>();
        for (var t = 0; t < periods.Length; t++)
        {
            foreach (var c in columns[t])
            {
                if (votes.Voting(c) >= 2)
                {
                    builder.Add(View(votes, c, periods[t]));
                }
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>The <paramref name="count"/> roll calls that divide the bloc most (lowest AI; ties: more voting members, then date).</summary>
    public static ImmutableArray<BlocRollCall> SplitsWithin(VoteMatrix matrix, Bloc bloc, BlocQuery query, int count = 10) =>
        [.. RollCalls(matrix, bloc, query)
            .OrderBy(r => r.AgreementIndex).ThenByDescending(r => r.Yes + r.No + r.Abstain).ThenBy(r => r.RollCall.Date)
            .Take(count)];

    /// <summary>
    /// The <paramref name="count"/> roll calls that separate two blocs most: largest |c_A − c_B| between their centres
    /// (ties: the more cohesive pair first, then date), over roll calls where both have voting members.
    /// </summary>
    public static ImmutableArray<BlocSplit> SplitsBetween(VoteMatrix matrix, Bloc first, Bloc second, BlocQuery query, int count = 10)
    {
        ArgumentNullException.ThrowIfNull(second);
        var (a, periods, columns) = Prepare(matrix, first, query);
        var b = BlocVotes.For(matrix, second);
        var list = new List<BlocSplit>();
        for (var t = 0; t < periods.Length; t++)
        {
            foreach (var c in columns[t])
            {
                double ca = a.Centre(c), cb = b.Centre(c);
                if (!double.IsNaN(ca) && !double.IsNaN(cb))
                {
                    list.Add(new BlocSplit(matrix.RollCalls[c], periods[t], Math.Abs(ca - cb), View(a, c, periods[t]), View(b, c, periods[t])));
                }
            }
        }

        return [.. list.OrderByDescending(s => s.Separation)
            .ThenByDescending(s => s.First.AgreementIndex + s.Second.AgreementIndex)
            .ThenBy(s => s.RollCall.Date)
            .Take(count)];
    }

    private static BlocRollCall View(BlocVotes votes, int c, int period) =>
        new(votes.Matrix.RollCalls[c], period, votes.Yes[c], votes.No[c], votes.Abstain[c],
            AgreementIndex(votes.Yes[c], votes.No[c], votes.Abstain[c]), votes.Centre(c), [.. votes.MemberVotes(c)]);

    private static (BlocVotes Votes, int[] Periods, int[][] Columns) Prepare(VoteMatrix matrix, Bloc bloc, BlocQuery query)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(bloc);
        ArgumentNullException.ThrowIfNull(query);
        query.Options.Validate(nameof(query));
        if (query.From > query.To)
        {
            throw new ArgumentException($"From ({query.From}) is after To ({query.To}).", nameof(query));
        }

        var (periods, columns) = BlocVotes.Cells(matrix, query.Slice, query.Options, query.From, query.To);
        return (BlocVotes.For(matrix, bloc), periods, columns);
    }
}

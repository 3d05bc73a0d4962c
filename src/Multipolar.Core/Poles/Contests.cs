using System.Collections.Immutable;
using Multipolar.Alignment;
using Multipolar.Countries;
using Multipolar.Votes;

namespace Multipolar.Poles;

/// <summary>
/// Pole contests: roll calls where the poles split (by default the United States votes differently from China and
/// Russia, who vote alike), which side prevailed, and each state's share on each side (the swing states).
/// docs/analytics.md, "Contests".
/// </summary>
/// <remarks>
/// <para>A contest: every state of each side cast yes, no or abstain, the states of a side voted alike, and the two
/// sides' votes differ. The outcome comes from the tally of the matrix's states: adopted when yes outnumbers no (the
/// simple-majority rule; the two-thirds rule for "important questions", Charter art. 18(2), is not applied because the
/// sources do not say which questions were so designated). The side whose vote was the outcome prevailed: yes on an
/// adopted text, no on a rejected one; an abstaining side never prevails.</para>
/// <para>Before 25 October 1971 China's pole has no votes, so the default finds no contests then.</para>
/// <para>Pure and thread-safe.</para>
/// </remarks>
public static class Contests
{
    /// <summary>Finds the contests of <paramref name="query"/>.</summary>
    /// <exception cref="ArgumentException">A side is empty, a state is on both sides, no slice is given, or From is after To.</exception>
    public static ContestTable Find(VoteMatrix matrix, ContestQuery query)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(query);
        if (query.First.IsDefaultOrEmpty || query.Second.IsDefaultOrEmpty)
        {
            throw new ArgumentException("each side of a contest needs at least one state.", nameof(query));
        }

        if (query.First.Intersect(query.Second).Any())
        {
            throw new ArgumentException($"{string.Join(",", query.First.Intersect(query.Second).Select(s => s.Iso3))} is on both sides.", nameof(query));
        }

        if (query.Slices.IsDefaultOrEmpty)
        {
            throw new ArgumentException("Slices is empty; give at least one slice, e.g. Slice.All.", nameof(query));
        }

        query.Options.Validate(nameof(query));
        if (query.From > query.To)
        {
            throw new ArgumentException($"From ({query.From}) is after To ({query.To}).", nameof(query));
        }

        var firstRows = query.First.Select(matrix.IndexOf).ToArray();
        var secondRows = query.Second.Select(matrix.IndexOf).ToArray();
        var plan = AlignmentPlan.Build(matrix, query.Slices, query.Options, query.From, query.To);
        var columns = plan.Columns.SelectMany(c => c).Distinct().Order().ToArray();
        var contestOf = new Dictionary<int, Contest>();
        var voted = new HashSet<int>();
        foreach (var c in columns)
        {
            var a = SideVote(matrix, firstRows, c);
            var b = SideVote(matrix, secondRows, c);
            if (a == Vote.None || b == Vote.None)
            {
                continue;
            }

            voted.Add(c);
            if (a == b)
            {
                continue;
            }

            int yes = 0, no = 0, abstain = 0;
            for (var s = 0; s < matrix.States.Length; s++)
            {
                switch (matrix[s, c])
                {
                    case Vote.Yes: yes++; break;
                    case Vote.No: no++; break;
                    case Vote.Abstain: abstain++; break;
                    default: break;
                }
            }

            var adopted = yes > no;
            var outcome = adopted ? Vote.Yes : Vote.No;
            var side = a == outcome ? ContestSide.First : b == outcome ? ContestSide.Second : ContestSide.Neither;
            contestOf[c] = new Contest(matrix.RollCalls[c], query.Options.PeriodOf(matrix.RollCalls[c]) ?? 0, a, b, yes, no, abstain, adopted, side);
        }

        return new ContestTable(matrix, query, plan, contestOf, voted);
    }

    /// <summary>The common vote of a side's rows on a column, or <see cref="Vote.None"/> when one did not vote or they differ.</summary>
    private static Vote SideVote(VoteMatrix matrix, int[] rows, int column)
    {
        var vote = Vote.None;
        foreach (var r in rows)
        {
            var v = r < 0 ? Vote.None : matrix[r, column];
            if (!v.IsCast() || (vote != Vote.None && v != vote))
            {
                return Vote.None;
            }

            vote = v;
        }

        return vote;
    }
}

/// <summary>The result of <see cref="Contests.Find"/>: the contests, their count per slice and period, and the swing states.</summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class ContestTable
{
    private readonly VoteMatrix matrix;
    private readonly AlignmentPlan plan;
    private readonly Dictionary<int, Contest> contestOf;
    private readonly HashSet<int> voted;

    internal ContestTable(VoteMatrix matrix, ContestQuery query, AlignmentPlan plan, Dictionary<int, Contest> contestOf, HashSet<int> voted)
    {
        this.matrix = matrix;
        this.plan = plan;
        this.contestOf = contestOf;
        this.voted = voted;
        Query = query;
        Periods = [.. plan.Periods];
        All = [.. contestOf.OrderBy(kv => kv.Key).Select(kv => kv.Value)];
    }

    /// <summary>The query.</summary>
    public ContestQuery Query { get; }

    /// <summary>The periods with roll calls, ascending.</summary>
    public ImmutableArray<int> Periods { get; }

    /// <summary>Every contest in any slice of the query, by date.</summary>
    public ImmutableArray<Contest> All { get; }

    /// <summary>The contests of one slice and period.</summary>
    public IEnumerable<Contest> In(Slice slice, int period) =>
        Columns(slice, period).Where(contestOf.ContainsKey).Select(c => contestOf[c]);

    /// <summary>Per slice and period: roll calls both sides voted on, contests, and who prevailed.</summary>
    public ImmutableArray<ContestPeriod> ByPeriod()
    {
        var builder = ImmutableArray.CreateBuilder<ContestPeriod>();
        foreach (var slice in plan.Slices)
        {
            foreach (var period in Periods)
            {
                var cols = Columns(slice, period);
                var contests = cols.Where(contestOf.ContainsKey).Select(c => contestOf[c]).ToArray();
                builder.Add(new ContestPeriod(slice, period, cols.Count(voted.Contains), contests.Length,
                    contests.Count(c => c.Prevailed == ContestSide.First), contests.Count(c => c.Prevailed == ContestSide.Second),
                    contests.Count(c => c.Prevailed == ContestSide.Neither)));
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>
    /// Every state's votes on the contests of each slice, over the whole range (<paramref name="perPeriod"/> false) or per
    /// period; states with no contest vote are left out. Ordered by slice, period, then swing (most balanced first).
    /// </summary>
    public ImmutableArray<SwingState> ByState(bool perPeriod = false)
    {
        var builder = ImmutableArray.CreateBuilder<SwingState>();
        foreach (var slice in plan.Slices)
        {
            var groups = perPeriod
                ? Periods.Select(p => ((int?)p, Columns(slice, p).Where(contestOf.ContainsKey).ToArray()))
                : [(null, Periods.SelectMany(p => Columns(slice, p)).Where(contestOf.ContainsKey).Distinct().ToArray())];
            foreach (var (period, cols) in groups)
            {
                var rows = new List<SwingState>();
                for (var s = 0; s < matrix.States.Length; s++)
                {
                    int n = 0, first = 0, second = 0;
                    foreach (var c in cols)
                    {
                        var v = matrix[s, c];
                        if (!v.IsCast())
                        {
                            continue;
                        }

                        n++;
                        var contest = contestOf[c];
                        first += v == contest.FirstVote ? 1 : 0;
                        second += v == contest.SecondVote ? 1 : 0;
                    }

                    if (n > 0)
                    {
                        rows.Add(new SwingState(matrix.States[s], slice, period, n, first, second, n - first - second));
                    }
                }

                builder.AddRange(rows.OrderByDescending(r => r.Swing).ThenByDescending(r => r.Contests).ThenBy(r => r.State.Iso3, StringComparer.Ordinal));
            }
        }

        return builder.ToImmutable();
    }

    private int[] Columns(Slice slice, int period)
    {
        var k = Array.IndexOf(plan.Slices, slice);
        var t = Array.BinarySearch(plan.Periods, period);
        return k < 0 || t < 0 ? [] : plan.Columns[(k * plan.Periods.Length) + t];
    }
}

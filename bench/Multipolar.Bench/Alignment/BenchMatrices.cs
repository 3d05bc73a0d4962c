using System.Collections.Immutable;
using Multipolar.Countries;
using Multipolar.Data.Formats;
using Multipolar.Votes;

namespace Multipolar.Bench.Alignment;

/// <summary>The inputs of the alignment benchmarks: a synthetic matrix of realistic shape, and the unvotes data when present.</summary>
internal static class BenchMatrices
{
    /// <summary>Where the unvotes files are read from (override with MULTIPOLAR_UNVOTES).</summary>
    public static string UnvotesDirectory =>
        Environment.GetEnvironmentVariable("MULTIPOLAR_UNVOTES") ?? "/work/shared/data/unvotes";

    /// <summary>
    /// 193 states × 6,200 roll calls over 1946–2019: 51 founding members, the rest joining over the years
    /// (non-member before), ~10% absences, votes ~75% yes / 12% abstain / 13% no correlated within three
    /// blocs, 0–2 of the six issue codes per roll call, ~5% important votes from 1983, ~8% amendments/paragraphs.
    /// </summary>
    public static VoteMatrix Synthetic(int seed = 2019)
    {
        var rng = new Random(seed);
        var states = CountryReference.Default.Countries.Take(193).ToImmutableArray();
        const int calls = 6200;
        var rollCalls = new RollCall[calls];
        for (var r = 0; r < calls; r++)
        {
            // More roll calls per year from the 1970s on, as in the real record.
            var year = 1946 + (int)(74 * Math.Sqrt(rng.NextDouble()));
            rollCalls[r] = new RollCall
            {
                Id = new RollCallId(r + 1),
                Date = new DateOnly(Math.Min(year, 2019), 1 + rng.Next(12), 1 + rng.Next(28)),
                Session = Math.Min(year, 2019) - 1945,
                Important = year >= 1983 && rng.Next(20) == 0,
                Amendment = rng.Next(20) == 0,
                Paragraph = rng.Next(30) == 0,
                Issues = [.. IssueArea.Standard.Where(_ => rng.Next(6) == 0).Take(2)],
            };
        }

        Array.Sort(rollCalls, (x, y) => x.Date.CompareTo(y.Date));
        var joined = states.Select((_, i) => i < 51 ? 1945 : 1946 + rng.Next(66)).ToArray();
        var bloc = states.Select(_ => rng.Next(3)).ToArray();
        var cells = new Vote[states.Length * calls];
        for (var r = 0; r < calls; r++)
        {
            var lean = new[] { rng.NextDouble(), rng.NextDouble(), rng.NextDouble() };
            for (var s = 0; s < states.Length; s++)
            {
                Vote v;
                if (rollCalls[r].Year < joined[s])
                {
                    v = Vote.NonMember;
                }
                else if (rng.NextDouble() < 0.10)
                {
                    v = Vote.Absent;
                }
                else
                {
                    var u = (0.5 * rng.NextDouble()) + (0.5 * lean[bloc[s]]);
                    v = u < 0.75 ? Vote.Yes : u < 0.87 ? Vote.Abstain : Vote.No;
                }

                cells[(s * calls) + r] = v;
            }
        }

        return new VoteMatrix(states, [.. rollCalls], cells);
    }

    /// <summary>The unvotes data (roll calls, issues, votes) as a vote matrix, or null when the files are absent.</summary>
    public static VoteMatrix? Unvotes()
    {
        if (!Directory.Exists(UnvotesDirectory))
        {
            return null;
        }

        var batch = SourceReader.Read(Directory.GetFiles(UnvotesDirectory), CountryReference.Default);
        var stateRows = batch.Votes.Select(v => (int)v.State).Distinct().Order().ToArray();
        var rowOf = new Dictionary<int, int>();
        for (var i = 0; i < stateRows.Length; i++)
        {
            rowOf[stateRows[i]] = i;
        }

        var order = Enumerable.Range(0, batch.RollCalls.Count)
            .OrderBy(i => batch.RollCalls[i].RollCall.Date).ThenBy(i => batch.RollCalls[i].RollCall.Id).ToArray();
        var columnOf = new int[order.Length];
        for (var c = 0; c < order.Length; c++)
        {
            columnOf[order[c]] = c;
        }

        var cells = new Vote[stateRows.Length * order.Length];
        foreach (var v in batch.Votes)
        {
            cells[(rowOf[v.State] * order.Length) + columnOf[v.RollCall]] = v.Vote;
        }

        var countries = CountryReference.Default.Countries;
        return new VoteMatrix(
            [.. stateRows.Select(i => countries[i])],
            [.. order.Select(i => batch.RollCalls[i].RollCall)],
            cells);
    }
}

using System.Collections.Immutable;
using Multipolar.Countries;
using Multipolar.Votes;

namespace Multipolar.Tests.Poles;

/// <summary>Small matrices of real states for the pole and bloc tests.</summary>
internal static class PoleFixtures
{
    public static readonly CountryReference C = CountryReference.Default;

    /// <summary>
    /// A matrix over <paramref name="rows"/> (ISO3 and one row string each: Y, A, N, X absent, 0 none), one roll call per character on
    /// consecutive days from <paramref name="start"/>, each tagged with the issue of <paramref name="issues"/> at that position
    /// (m me, h hr, n nu, space none).
    /// </summary>
    public static VoteMatrix Matrix(DateOnly start, string issues, params (string Iso3, string Votes)[] rows)
    {
        var rcs = Enumerable.Range(0, rows[0].Votes.Length).Select(i => new RollCall
        {
            Id = new RollCallId(i + 1),
            Date = start.AddDays(i),
            Session = start.Year - 1945,
            Title = $"roll call {i + 1}",
            Issues = i < issues.Length ? issues[i] switch
            {
                'm' => [IssueArea.MiddleEast],
                'h' => [IssueArea.HumanRights],
                'n' => [IssueArea.Nuclear],
                _ => ImmutableArray<IssueArea>.Empty,
            } : [],
        }).ToImmutableArray();
        var cells = rows.SelectMany(r => r.Votes.Select(Vote)).ToArray();
        return new VoteMatrix([.. rows.Select(r => C[r.Iso3])], rcs, cells);
    }

    /// <summary>A seeded random matrix of <paramref name="states"/> over 2–3 years with issue tags, absences and non-records.</summary>
    public static VoteMatrix Random(int seed, params string[] states)
    {
        var rng = new Random(seed);
        var n = rng.Next(20, 160);
        Vote[] codes = [Votes.Vote.Yes, Votes.Vote.Yes, Votes.Vote.Yes, Votes.Vote.No, Votes.Vote.Abstain, Votes.Vote.Absent, Votes.Vote.None];
        var rcs = Enumerable.Range(0, n).Select(i => new RollCall
        {
            Id = new RollCallId(i + 1),
            Date = new DateOnly(2008 + rng.Next(3), 1 + rng.Next(12), 1 + rng.Next(28)),
            Important = rng.Next(4) == 0,
            Issues = rng.Next(2) == 0 ? [IssueArea.HumanRights] : rng.Next(2) == 0 ? [IssueArea.MiddleEast] : [],
        }).ToImmutableArray();
        var cells = new Vote[states.Length * n];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = codes[rng.Next(codes.Length)];
        }

        return new VoteMatrix([.. states.Select(s => C[s])], rcs, cells);
    }

    private static Vote Vote(char c) => c switch
    {
        'Y' => Votes.Vote.Yes,
        'A' => Votes.Vote.Abstain,
        'N' => Votes.Vote.No,
        'X' => Votes.Vote.Absent,
        _ => Votes.Vote.None,
    };
}

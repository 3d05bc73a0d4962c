using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Multipolar.Alignment;
using Multipolar.Countries;
using Multipolar.Votes;

namespace Multipolar.Tests.Alignment;

/// <summary>Small vote matrices written as strings, and seeded random matrices, for the alignment tests.</summary>
internal static class AlignmentFixtures
{
    private static readonly Lazy<CountryReference> Synthetic = new(() => MakeCountries(40));

    /// <summary>n synthetic states S000, S001, ... (the bundled reference has too few for fuzzing).</summary>
    public static ImmutableArray<Country> States(int n) => [.. Synthetic.Value.Countries.Take(n)];

    /// <summary>
    /// A matrix with one state per string and one roll call per character, all in <paramref name="year"/>:
    /// Y yes, A abstain, N no, X absent, . non-member, 0 no record.
    /// </summary>
    public static VoteMatrix FromStrings(int year, params string[] rows)
    {
        var states = States(rows.Length);
        var rcs = Enumerable.Range(0, rows[0].Length)
            .Select(i => new RollCall { Id = new RollCallId(i + 1), Date = new DateOnly(year, 1, 1).AddDays(i), Session = year - 1945 })
            .ToImmutableArray();
        var cells = rows.SelectMany(r => r.Select(Parse)).ToArray();
        return new VoteMatrix(states, rcs, cells);
    }

    /// <summary>A random matrix: 2–6 states, 0–300 roll calls over 1–4 years with random issues, flags and sessions.</summary>
    public static VoteMatrix Random(int seed)
    {
        var rng = new Random(seed);
        var nStates = rng.Next(2, 7);
        var nCalls = rng.Next(0, 301);
        var years = rng.Next(1, 5);
        Vote[] codes = [Vote.Yes, Vote.Yes, Vote.Yes, Vote.Abstain, Vote.No, Vote.Absent, Vote.NonMember, Vote.None];
        var issues = new[] { IssueArea.HumanRights, IssueArea.MiddleEast, IssueArea.Parse("ukraine") };
        var rcs = new RollCall[nCalls];
        for (var i = 0; i < nCalls; i++)
        {
            var year = 1990 + rng.Next(years);
            rcs[i] = new RollCall
            {
                Id = new RollCallId(i + 1),
                Date = new DateOnly(year, 1 + rng.Next(12), 1 + rng.Next(28)),
                Session = rng.Next(10) == 0 ? null : year - 1945 + rng.Next(2),
                Amendment = rng.Next(6) == 0,
                Paragraph = rng.Next(8) == 0,
                Important = rng.Next(4) == 0,
                Issues = [.. issues.Where(_ => rng.Next(3) == 0)],
            };
        }

        // Some states vote with a bias so κ and π meet skewed marginals and single-category voters.
        var cells = new Vote[nStates * nCalls];
        for (var s = 0; s < nStates; s++)
        {
            var style = rng.Next(4);
            for (var r = 0; r < nCalls; r++)
            {
                cells[(s * nCalls) + r] = style switch
                {
                    0 => Vote.Yes,
                    1 => rng.Next(5) == 0 ? Vote.Absent : Vote.Abstain,
                    _ => codes[rng.Next(codes.Length)],
                };
            }
        }

        return new VoteMatrix(States(nStates), [.. rcs], cells);
    }

    /// <summary>Random engine options (abstention scoring, distance, final passage, period kind, window 1–3, unanimous votes) drawn from <paramref name="seed"/>.</summary>
    public static AlignmentOptions RandomOptions(int seed)
    {
        var rng = new Random(seed);
        return AlignmentOptions.Default with
        {
            Abstention = (AbstentionScoring)rng.Next(3),
            Distance = (DistanceMetric)rng.Next(2),
            FinalPassageOnly = rng.Next(2) == 0,
            Period = (PeriodKind)rng.Next(2),
            Window = rng.Next(1, 4),
            DropUnanimous = rng.Next(2) == 0,
        };
    }

    /// <summary>A random contingency table with cells 0–5 (often zero).</summary>
    public static ContingencyTable RandomTable(int seed)
    {
        var rng = new Random(seed);
        int C() => rng.Next(3) == 0 ? 0 : rng.Next(6);
        return new(C(), C(), C(), C(), C(), C(), C(), C(), C());
    }

    private static Vote Parse(char c) => c switch
    {
        'Y' => Vote.Yes,
        'A' => Vote.Abstain,
        'N' => Vote.No,
        'X' => Vote.Absent,
        '.' => Vote.NonMember,
        '0' => Vote.None,
        _ => throw new ArgumentException($"'{c}' is not a vote character; use Y, A, N, X, . or 0."),
    };

    private static CountryReference MakeCountries(int n)
    {
        var csv = new StringBuilder("iso3,iso2,cow,other_cow,m49,name,aliases,member_from,member_until,successors\n");
        for (var i = 0; i < n; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"S{i:000},,,,,State {i},,1945-10-24,,\n");
        }

        // The reference requires the two China seats.
        csv.Append("CHN,CN,710,,156,China,,1971-10-25,,\nTWN,TW,713,,158,Taiwan,,1945-10-24,1971-10-25,CHN\n");
        return CountryReference.Parse(new StringReader(csv.ToString()), "synthetic");
    }
}

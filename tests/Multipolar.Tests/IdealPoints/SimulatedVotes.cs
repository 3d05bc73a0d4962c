using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Multipolar.Countries;
using Multipolar.Votes;

namespace Multipolar.Tests.IdealPoints;

/// <summary>
/// Seeded vote matrices drawn from the model itself (ordered probit, one dimension), with the true ideal points, for
/// recovery tests and benchmarks. Row 0 is <c>USA</c>; see <see cref="Reference"/>.
/// </summary>
internal static class SimulatedVotes
{
    /// <summary>The ISO3 codes of the first rows; later rows are S011, S012, ….</summary>
    public static readonly string[] Named = ["USA", "GBR", "FRA", "ISR", "CHN", "TWN", "RUS", "CUB", "PRK", "SYR", "IRN"];

    /// <summary>A country reference whose first <paramref name="states"/> entries are the rows: <see cref="Named"/>, then S011, S012, ….</summary>
    public static CountryReference Reference(int states)
    {
        var csv = new StringBuilder("iso3,iso2,cow,other_cow,m49,name,aliases,member_from,member_until,successors\n");
        for (var i = 0; i < states; i++)
        {
            var iso3 = i < Named.Length ? Named[i] : string.Create(CultureInfo.InvariantCulture, $"S{i:000}");
            csv.Append(CultureInfo.InvariantCulture, $"{iso3},,,,,State {iso3},,1945-10-24,,\n");
        }

        // The reference needs CHN and TWN (rows 4 and 5); append them without votes when there are fewer rows.
        if (states <= 4)
        {
            csv.Append("CHN,,,,,China,,1971-10-25,,\n");
        }

        if (states <= 5)
        {
            csv.Append("TWN,,,,,Taiwan,,1945-10-24,1971-10-25,CHN\n");
        }

        return CountryReference.Parse(new StringReader(csv.ToString()), "simulated");
    }

    /// <summary>
    /// A static year: true x ~ N(0, 1) (USA fixed at 1.5); per roll call a cut point c ~ U(−1.5, 1.5), a slope
    /// ±U(0.7, 2.5), an abstention band ±U(0.1, 0.5); vote from b(x − c) + N(0, 1); a <paramref name="missing"/>
    /// share of cells absent.
    /// </summary>
    public static (VoteMatrix Votes, double[] Truth) Static(int states, int rollCalls, int seed, double missing = 0.05)
    {
        var rng = new Random(seed);
        var truth = new double[states];
        for (var i = 0; i < states; i++)
        {
            truth[i] = i == 0 ? 1.5 : Gaussian(rng);
        }

        var calls = Enumerable.Range(0, rollCalls).Select(j => Call(j, 2019, $"Resolution {j}")).ToImmutableArray();
        var cells = new Vote[states * rollCalls];
        for (var j = 0; j < rollCalls; j++)
        {
            var item = Item.Draw(rng);
            for (var i = 0; i < states; i++)
            {
                cells[(i * rollCalls) + j] = rng.NextDouble() < missing ? Vote.Absent : item.Vote(truth[i], rng);
            }
        }

        return (new VoteMatrix(Reference(states).Countries[..states], calls, cells), truth);
    }

    /// <summary>
    /// Several years: states join at <paramref name="joinYear"/>[i] and stay; true positions follow
    /// <paramref name="position"/>(state, year). Each year has <paramref name="perYear"/> roll calls, of which the first
    /// <paramref name="recurring"/> are recurring resolutions (same title and parameters every year).
    /// </summary>
    public static VoteMatrix Dynamic(
        int states, int firstYear, int lastYear, int perYear, int recurring, Func<int, int, double> position, Func<int, int> joinYear, int seed, double missing = 0.05)
    {
        var rng = new Random(seed);
        var recurringItems = Enumerable.Range(0, recurring).Select(_ => Item.Draw(rng)).ToArray();
        var years = lastYear - firstYear + 1;
        var calls = new List<RollCall>(years * perYear);
        var cells = new Vote[states * years * perYear];
        var nCols = years * perYear;
        for (var y = 0; y < years; y++)
        {
            var year = firstYear + y;
            for (var j = 0; j < perYear; j++)
            {
                var col = (y * perYear) + j;
                var item = j < recurring ? recurringItems[j] : Item.Draw(rng);
                calls.Add(Call(col, year, j < recurring ? $"Recurring question {j}" : $"Question {year}-{j}"));
                for (var i = 0; i < states; i++)
                {
                    cells[(i * nCols) + col] = year < joinYear(i) ? Vote.NonMember
                        : rng.NextDouble() < missing ? Vote.Absent
                        : item.Vote(position(i, year), rng);
                }
            }
        }

        return new VoteMatrix(Reference(states).Countries[..states], [.. calls], cells);
    }

    public static double Gaussian(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());

    private static RollCall Call(int j, int year, string title) => new()
    {
        Id = new RollCallId(j + 1),
        Date = new DateOnly(year, 10, 1).AddDays(j % 60),
        Session = year - 1945,
        Title = title,
    };

    private readonly record struct Item(double Cut, double Slope, double Band)
    {
        public static Item Draw(Random rng) => new(
            (3 * rng.NextDouble()) - 1.5,
            (rng.NextDouble() < 0.5 ? -1 : 1) * (0.7 + (1.8 * rng.NextDouble())),
            0.1 + (0.4 * rng.NextDouble()));

        public Vote Vote(double x, Random rng)
        {
            var z = (Slope * (x - Cut)) + Gaussian(rng);
            return z > Band ? Votes.Vote.Yes : z < -Band ? Votes.Vote.No : Votes.Vote.Abstain;
        }
    }
}

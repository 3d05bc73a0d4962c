using BenchmarkDotNet.Attributes;
using Multipolar.Blocs;
using Multipolar.Countries;
using Multipolar.Data.Store;
using Multipolar.Poles;
using Multipolar.Votes;

namespace Multipolar.Bench.Poles;

/// <summary>
/// Issue 12 target: every pole and bloc analysis for every year 1946–2025 from a built store in under 5 s: the profiles
/// of every state (each pole, the standard slices, nearest pole and net alignment of every row), the multi-alignment
/// ranking of every year, the contests (by period and by state, all and important), and for every shipped bloc its
/// cohesion, distance to each pole, members' distances to the centre and distance to every other bloc.
/// </summary>
/// <remarks>
/// <c>MULTIPOLAR_DB=&lt;store with every shared source&gt; dotnet run --project bench/Multipolar.Bench -c Release --
/// --filter '*AnalyticsBenchmarks*'</c>. <see cref="Everything"/> includes loading the vote matrix from the store; one
/// profile table (every state × pole × standard slice × year, one alignment-engine call) serves the profiles and the
/// multi-alignment ranking.
/// </remarks>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class AnalyticsBenchmarks
{
    private string db = "";
    private VoteMatrix votes = null!;

    [GlobalSetup]
    public void Setup()
    {
        db = Environment.GetEnvironmentVariable("MULTIPOLAR_DB") ?? throw new InvalidOperationException("Set MULTIPOLAR_DB to a built store (every shared source, 1946–2025).");
        votes = Load(db);
    }

    [Benchmark(Description = "load the vote matrix (1946-2025) from the store")]
    public int LoadMatrix() => Load(db).RollCalls.Length;

    [Benchmark(Description = "profiles: every state x pole x standard slice x year, nearest and net of every row")]
    public double Profiles() => ProfileRows(Table(votes));

    [Benchmark(Description = "multi-alignment ranking of every year (table included)")]
    public int MultiAlignmentRanking() => Ranking(Table(votes));

    [Benchmark(Description = "contests USA v CHN+RUS 1946-2025, all and important, by period and by state")]
    public int AllContests() => ContestRows(votes);

    [Benchmark(Description = "every shipped bloc: cohesion, distance to each pole and bloc, members to centre")]
    public int EveryBloc() => BlocRows(votes);

    [Benchmark(Baseline = true, Description = "everything above from the store (one load, one profile table)")]
    public double Everything()
    {
        var matrix = Load(db);
        var table = Table(matrix);
        return ProfileRows(table) + Ranking(table) + ContestRows(matrix) + BlocRows(matrix);
    }

    private static VoteMatrix Load(string path)
    {
        using var store = VoteStore.Open(path, CountryReference.Default, readOnly: true);
        return store.LoadMatrix(new MatrixQuery { WithText = false });
    }

    private static PoleProfileTable Table(VoteMatrix matrix) => PoleProfiles.Compute(matrix, new ProfileQuery());

    private static double ProfileRows(PoleProfileTable table)
    {
        double sum = 0;
        foreach (var state in table.States)
        {
            foreach (var row in table.Rows(state))
            {
                var net = table.Net(state, row.Slice, row.Period);
                var nearest = table.Nearest(state, row.Slice, row.Period);
                sum += (double.IsNaN(net.Value) ? 0 : net.Value) + (nearest.Pole is null ? 0 : 1);
            }
        }

        return sum;
    }

    private static int Ranking(PoleProfileTable table) => table.Periods.Sum(p => MultiAlignment.Rank(table, p).Length);

    private static int ContestRows(VoteMatrix matrix)
    {
        var contests = Contests.Find(matrix, ContestQuery.For(PoleSet.Default));
        return contests.ByPeriod().Length + contests.ByState().Length + contests.ByState(perPeriod: true).Length;
    }

    private static int BlocRows(VoteMatrix matrix)
    {
        var query = new BlocQuery();
        var poles = PoleSet.Default.Poles.Select(p => p.State).ToArray();
        var blocs = BlocTable.Default.Blocs;
        var rows = 0;
        foreach (var bloc in blocs)
        {
            rows += BlocAnalysis.Cohesion(matrix, bloc, query).Length;
            rows += BlocAnalysis.DistancesTo(matrix, bloc, poles, query).Length;
            rows += BlocAnalysis.MemberDistances(matrix, bloc, query).Length;
            foreach (var other in blocs)
            {
                if (!ReferenceEquals(other, bloc))
                {
                    rows += BlocAnalysis.DistanceBetween(matrix, bloc, other, query).Length;
                }
            }
        }

        return rows;
    }
}

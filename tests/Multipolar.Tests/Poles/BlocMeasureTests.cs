using Multipolar.Alignment;
using Multipolar.Blocs;
using Multipolar.Countries;
using Multipolar.Data.Formats;
using Multipolar.Data.Store;
using Multipolar.Votes;
using static Multipolar.Tests.Poles.PoleFixtures;

namespace Multipolar.Tests.Poles;

/// <summary>Bloc cohesion, distances and splits: hand-computed cases, the ES-11/1 vote, and a slow reference.</summary>
public sealed class BlocMeasureTests
{
    [Theory]
    [InlineData(5, 0, 0, 1.0)]
    [InlineData(1, 1, 3, 0.4)] // (3 - 1)/5
    [InlineData(2, 2, 2, 0.0)]
    [InlineData(3, 1, 0, 0.625)] // (3 - 0.5)/4
    [InlineData(1, 1, 0, 0.25)]
    public void AgreementIndex_HandComputed(int y, int n, int a, double expected) =>
        Assert.Equal(expected, BlocAnalysis.AgreementIndex(y, n, a), 12);

    [Fact]
    public void PairwiseAgreement_HandComputed()
    {
        // Y=1, N=1, A=3: same pairs C(3,2)=3, abstain-vote pairs 3*2=6 at 1/2, one opposite pair; 10 pairs.
        Assert.Equal(0.6, BlocAnalysis.PairwiseAgreement(1, 1, 3), 12);
        Assert.Equal(0.3, BlocAnalysis.PairwiseAgreement(1, 1, 3, AbstentionScoring.Strict), 12);
        Assert.Equal(0.0, BlocAnalysis.PairwiseAgreement(1, 1, 3, AbstentionScoring.VotesOnly), 12);
        Assert.True(double.IsNaN(BlocAnalysis.PairwiseAgreement(1, 0, 0)));
    }

    [Fact]
    public void Es11_1_BricsAiIs040_G7AiIs1()
    {
        // Given the UN Digital Library's record of ES-11/1 (2 March 2022)
        using var dir = TestPaths.Temp();
        using var store = VoteStore.Open(dir.File("es11.duckdb"));
        store.Ingest(SourceReader.Read([TestPaths.Shared("undl", "undl_ga_es11_1_2022.csv")], CountryReference.Default));
        var votes = store.LoadMatrix(new MatrixQuery { FromYear = 2022, ToYear = 2022 });

        // When
        var brics = BlocAnalysis.RollCalls(votes, BlocTable.Default["BRICS"], new BlocQuery()).Single();
        var g7 = BlocAnalysis.RollCalls(votes, BlocTable.Default["G7"], new BlocQuery()).Single();
        var cohesion = BlocAnalysis.Cohesion(votes, BlocTable.Default["BRICS"], new BlocQuery()).Single();

        // Then: Brazil yes, Russia no, China, India and South Africa abstain
        Assert.Equal((1, 1, 3), (brics.Yes, brics.No, brics.Abstain));
        Assert.Equal(0.40, brics.AgreementIndex, 12);
        Assert.Equal(["BRA:Yes", "CHN:Abstain", "IND:Abstain", "RUS:No", "ZAF:Abstain"], brics.Votes.Select(v => $"{v.State.Iso3}:{v.Vote}"));
        Assert.Equal((7, 0, 0), (g7.Yes, g7.No, g7.Abstain));
        Assert.Equal(1.0, g7.AgreementIndex, 12);
        Assert.Equal(0.6, cohesion.PairwiseAgreement, 12);
        Assert.Equal(1, cohesion.RollCalls);

        // The roll call separating BRICS and G7: centres (1 + 1.5 + 0)/5 = 0.5 and 1
        var split = BlocAnalysis.SplitsBetween(votes, BlocTable.Default["BRICS"], BlocTable.Default["G7"], new BlocQuery()).Single();
        Assert.Equal(0.5, split.Separation, 12);
    }

    [Fact]
    public void DatedMembership_CountsOnlyMembersOnTheDate()
    {
        // Given NATO before and after Finland's accession on 4 April 2023 (roll calls on 3 and 4 April)
        var votes = Matrix(new DateOnly(2023, 4, 3), "", ("USA", "YY"), ("FIN", "NN"), ("SWE", "NN"));
        var nato = BlocTable.Default["NATO"];

        // When
        var calls = BlocAnalysis.RollCalls(votes, nato, new BlocQuery());

        // Then: on 3 April only the US is a member (one voter: skipped); on 4 April the US and Finland split; Sweden never
        var only = Assert.Single(calls);
        Assert.Equal(new DateOnly(2023, 4, 4), only.RollCall.Date);
        Assert.Equal((1, 1, 0), (only.Yes, only.No, only.Abstain));
        Assert.Equal(["FIN", "USA"], only.Votes.Select(v => v.State.Iso3));
    }

    [Fact]
    public void MemberDistance_LeavesTheMemberOut()
    {
        // Given three G7 members on two roll calls: Y Y N and Y N N
        var votes = Matrix(new DateOnly(2019, 1, 1), "", ("USA", "YY"), ("GBR", "YN"), ("FRA", "NN"));

        // When
        var d = BlocAnalysis.MemberDistances(votes, BlocTable.Default["G7"], new BlocQuery()).ToDictionary(x => x.Other);

        // Then: USA v mean(GBR, FRA) = |1-0.5| and |1-0| -> 0.75; GBR: |1-0.5|, |0-0.5| -> 0.5; FRA: |0-1|, |0-0.5| -> 0.75
        Assert.Equal(0.75, d["USA"].Distance, 12);
        Assert.Equal(0.5, d["GBR"].Distance, 12);
        Assert.Equal(0.75, d["FRA"].Distance, 12);
        Assert.Equal(2, d["USA"].RollCalls);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Cohesion_EqualsSlowReference(int seed)
    {
        // Given a random matrix and a bloc whose membership changes inside the years
        string[] states = ["USA", "GBR", "FRA", "DEU", "IND", "CHN"];
        var votes = Random(seed, states);
        var text = "kind,bloc,iso3,from,until,text\nbloc,T,,2000-01-01,,test\nmember,T,USA,2000-01-01,,\nmember,T,GBR,2008-06-01,2009-06-30,\n"
            + "member,T,GBR,2010-03-01,,\nmember,T,FRA,2000-01-01,2009-01-01,\nmember,T,IND,2009-07-01,,\nmember,T,CHN,2010-01-01,2010-06-30,\n";
        var bloc = BlocTable.Parse(new StringReader(text), "t.csv")["T"];
        var query = new BlocQuery { Slice = Slice.Of(IssueArea.HumanRights) };

        // When
        var fast = BlocAnalysis.Cohesion(votes, bloc, query);
        var dist = BlocAnalysis.DistancesTo(votes, bloc, [CountryReference.Default["DEU"], CountryReference.Default["GBR"]], query);

        // Then: per roll call, enumerate the member pairs and the centre naively
        foreach (var c in fast)
        {
            var cols = Enumerable.Range(0, votes.RollCalls.Length)
                .Where(r => votes.RollCalls[r].Year == c.Period && query.Slice.Contains(votes.RollCalls[r])).ToArray();
            var ais = new List<double>();
            var pairs = new List<double>();
            foreach (var r in cols)
            {
                var cast = Enumerable.Range(0, states.Length)
                    .Where(s => bloc.IsMember(votes.States[s], votes.RollCalls[r].Date) && votes[s, r].IsCast())
                    .Select(s => votes[s, r]).ToArray();
                if (cast.Length < 2)
                {
                    continue;
                }

                var counts = new[] { Vote.Yes, Vote.No, Vote.Abstain }.Select(v => cast.Count(x => x == v)).ToArray();
                var max = counts.Max();
                ais.Add((max - (0.5 * (cast.Length - max))) / cast.Length);
                var scores = new List<double>();
                for (var i = 0; i < cast.Length; i++)
                {
                    for (var j = i + 1; j < cast.Length; j++)
                    {
                        scores.Add(cast[i] == cast[j] ? 1 : cast[i] == Vote.Abstain || cast[j] == Vote.Abstain ? 0.5 : 0);
                    }
                }

                pairs.Add(scores.Average());
            }

            Assert.Equal(ais.Count, c.RollCalls);
            if (ais.Count > 0)
            {
                Assert.Equal(ais.Average(), c.AgreementIndex, 12);
                Assert.Equal(pairs.Average(), c.PairwiseAgreement, 12);
            }

            foreach (var d in dist.Where(d => d.Period == c.Period))
            {
                var row = votes.IndexOf(CountryReference.Default[d.Other]);
                var gaps = new List<double>();
                foreach (var r in cols)
                {
                    double Code(Vote v) => v == Vote.Yes ? 1 : v == Vote.Abstain ? 0.5 : 0;
                    var others = Enumerable.Range(0, states.Length)
                        .Where(s => s != row && bloc.IsMember(votes.States[s], votes.RollCalls[r].Date) && votes[s, r].IsCast())
                        .Select(s => Code(votes[s, r])).ToArray();
                    if (others.Length > 0 && votes[row, r].IsCast())
                    {
                        gaps.Add(Math.Abs(Code(votes[row, r]) - others.Average()));
                    }
                }

                Assert.Equal(gaps.Count, d.RollCalls);
                if (gaps.Count > 0)
                {
                    Assert.Equal(gaps.Average(), d.Distance, 12);
                }
            }
        }
    }

    [Fact]
    public void SplitsWithin_LowestAiFirst()
    {
        var votes = Matrix(new DateOnly(2019, 1, 1), "", ("USA", "YYY"), ("GBR", "YNY"), ("FRA", "YAN"));
        var splits = BlocAnalysis.SplitsWithin(votes, BlocTable.Default["G7"], new BlocQuery(), 2);
        Assert.Equal([2, 3], splits.Select(s => (int)s.RollCall.Id.Value));
        Assert.Equal(0.0, splits[0].AgreementIndex, 12);
        Assert.Equal(0.5, splits[1].AgreementIndex, 12); // Y Y N: (2 - 1/2)/3
    }
}

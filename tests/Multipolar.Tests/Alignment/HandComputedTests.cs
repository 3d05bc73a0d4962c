using Multipolar.Alignment;
using Multipolar.Votes;

namespace Multipolar.Tests.Alignment;

/// <summary>Every measure on tiny cases computed by hand (worked in the comments), through all three paths.</summary>
public class HandComputedTests
{
    private const string A1 = "YYANNX";
    private const string B1 = "YNYNAY";

    // Joint votes of A1/B1: (Y,Y) (Y,N) (A,Y) (N,N) (N,A); N = 5; the last roll call is not joint (A absent).
    // Marginals: A (Y .4, A .2, N .4), B (Y .4, A .2, N .4); soft absolute D_e = 2(.4·.2·.5 + .4·.4·1 + .2·.4·.5) = .48.
    // Asymmetric "YYYN"/"YNNN": D_o = .5; κ: D_e = .75·.75 + .25·.25 = .625 → .2; π: pooled (.5, 0, .5), D_e = .5 → 0.
    // Always-abstaining "AAA"/"YNA": D_o = 1/3; κ: D_e = 1/3 → 0; π: pooled (1/6, 2/3, 1/6), D_e = 5/18 → −0.2.
    public static TheoryData<string, string, AbstentionScoring, DistanceMetric, Measure, double, int> Cases => new()
    {
        { A1, B1, AbstentionScoring.Soft, DistanceMetric.Absolute, Measure.Identity, 2.0 / 5, 5 },
        { A1, B1, AbstentionScoring.Soft, DistanceMetric.Absolute, Measure.Agreement, 3.0 / 5, 5 },  // (1 + 0 + .5 + 1 + .5) / 5
        { A1, B1, AbstentionScoring.Soft, DistanceMetric.Absolute, Measure.Coincidence, 2.0 / 3, 3 }, // YY, NN of YY, YN, NN
        { A1, B1, AbstentionScoring.Soft, DistanceMetric.Absolute, Measure.S, 0.2, 5 },              // 1 − 2·.4
        { A1, B1, AbstentionScoring.Soft, DistanceMetric.Absolute, Measure.Kappa, 1.0 / 6, 5 },      // 1 − .4/.48
        { A1, B1, AbstentionScoring.Soft, DistanceMetric.Absolute, Measure.Pi, 1.0 / 6, 5 },         // pooled = own marginals
        { A1, B1, AbstentionScoring.Soft, DistanceMetric.Squared, Measure.S, 0.4, 5 },               // D_o = (1 + .25 + .25)/5 = .3
        { A1, B1, AbstentionScoring.Soft, DistanceMetric.Squared, Measure.Agreement, 3.0 / 5, 5 },   // agreement ignores the metric
        { A1, B1, AbstentionScoring.Soft, DistanceMetric.Squared, Measure.Kappa, 1 - (0.3 / 0.4), 5 }, // D_e = 2(.4·.2·.25·2 + .4·.4) = .4
        { A1, B1, AbstentionScoring.Strict, DistanceMetric.Absolute, Measure.Agreement, 2.0 / 5, 5 }, // = identity
        { A1, B1, AbstentionScoring.Strict, DistanceMetric.Absolute, Measure.S, -0.2, 5 },            // D_o = 3/5
        { A1, B1, AbstentionScoring.Strict, DistanceMetric.Absolute, Measure.Kappa, 1 - (0.6 / 0.64), 5 }, // D_e = 1 − (.16 + .04 + .16)
        { A1, B1, AbstentionScoring.VotesOnly, DistanceMetric.Absolute, Measure.Identity, 2.0 / 3, 3 },
        { A1, B1, AbstentionScoring.VotesOnly, DistanceMetric.Absolute, Measure.Agreement, 2.0 / 3, 3 },
        { A1, B1, AbstentionScoring.VotesOnly, DistanceMetric.Absolute, Measure.S, 1.0 / 3, 3 },
        { A1, B1, AbstentionScoring.VotesOnly, DistanceMetric.Absolute, Measure.Coincidence, 2.0 / 3, 3 },
        { "YYYN", "YNNN", AbstentionScoring.Soft, DistanceMetric.Absolute, Measure.Kappa, 0.2, 4 },
        { "YYYN", "YNNN", AbstentionScoring.Soft, DistanceMetric.Absolute, Measure.Pi, 0.0, 4 },
        { "AAA", "YNA", AbstentionScoring.Soft, DistanceMetric.Absolute, Measure.Identity, 1.0 / 3, 3 },
        { "AAA", "YNA", AbstentionScoring.Soft, DistanceMetric.Absolute, Measure.Agreement, 2.0 / 3, 3 },
        { "AAA", "YNA", AbstentionScoring.Soft, DistanceMetric.Absolute, Measure.S, 1.0 / 3, 3 },
        { "AAA", "YNA", AbstentionScoring.Soft, DistanceMetric.Absolute, Measure.Kappa, 0.0, 3 },
        { "AAA", "YNA", AbstentionScoring.Soft, DistanceMetric.Absolute, Measure.Pi, -0.2, 3 },
        { "AAA", "YNA", AbstentionScoring.Soft, DistanceMetric.Absolute, Measure.Coincidence, double.NaN, 0 },
        { "AAA", "YNA", AbstentionScoring.VotesOnly, DistanceMetric.Absolute, Measure.S, double.NaN, 0 },
        { "YANY", "YANY", AbstentionScoring.Soft, DistanceMetric.Absolute, Measure.Kappa, 1.0, 4 },   // identical voters
        { "YANY", "YANY", AbstentionScoring.Soft, DistanceMetric.Absolute, Measure.S, 1.0, 4 },
        { "YANY", "YANY", AbstentionScoring.Strict, DistanceMetric.Squared, Measure.Pi, 1.0, 4 },
        { "YYY", "YYY", AbstentionScoring.Soft, DistanceMetric.Absolute, Measure.Kappa, 1.0, 3 },    // D_e = 0 and D_o = 0: defined as 1
        { "YYY", "YYY", AbstentionScoring.Soft, DistanceMetric.Absolute, Measure.Pi, 1.0, 3 },
        { "AAX", "AA.", AbstentionScoring.Strict, DistanceMetric.Absolute, Measure.Kappa, 1.0, 2 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluate_HandComputedCase_MatchesHandValue(string a, string b, AbstentionScoring scoring, DistanceMetric metric, Measure measure, double expected, int n)
    {
        // Given
        var matrix = AlignmentFixtures.FromStrings(2000, a, b);
        var options = AlignmentOptions.Default with { Abstention = scoring, Distance = metric };
        var dyad = new Dyad(matrix.States[0], matrix.States[1]);

        // When
        var fromTable = MeasureFormulas.Evaluate(measure, ContingencyTable.Tabulate(matrix.Row(0), matrix.Row(1)), options);
        var fromEngine = AlignmentEngine.Compute(matrix, AlignmentQuery.ForDyad(dyad) with { Options = options })[measure, Slice.All, 2000, dyad];
        var fromReference = ReferenceAlignment.Compute(matrix, dyad, measure, Slice.All, 2000, options);

        // Then
        foreach (var value in new[] { fromTable, fromEngine, fromReference })
        {
            Assert.Equal(n, value.N);
            Assert.Equal(expected, value.Value, 1e-12);
        }
    }

    [Fact]
    public void Evaluate_NoJointVotes_IsNaNWithZeroN()
    {
        // Given: one state absent or not a member whenever the other votes
        var matrix = AlignmentFixtures.FromStrings(2000, "YAN0X", "XX.YN");
        var dyad = new Dyad(matrix.States[0], matrix.States[1]);

        foreach (var scoring in Enum.GetValues<AbstentionScoring>())
        {
            var options = AlignmentOptions.Default with { Abstention = scoring };

            // When
            var result = AlignmentEngine.Compute(matrix, AlignmentQuery.ForDyad(dyad) with { Options = options });

            // Then
            foreach (var measure in MeasureRegistry.Measures)
            {
                var value = result[measure, Slice.All, 2000, dyad];
                Assert.True(double.IsNaN(value.Value), $"{measure} under {scoring} is {value}");
                Assert.Equal(0, value.N);
                Assert.Equal(value, ReferenceAlignment.Compute(matrix, dyad, measure, Slice.All, 2000, options));
            }
        }
    }

    [Fact]
    public void Evaluate_EmptyTable_IsNaNForEveryMeasure()
    {
        // Given
        var table = default(ContingencyTable);

        // When
        var values = MeasureRegistry.Measures.Select(m => MeasureFormulas.Evaluate(m, table)).ToArray();

        // Then
        Assert.All(values, v => Assert.Equal(MeasureValue.Undefined(0), v));
    }

    [Fact]
    public void Tabulate_MixedVotes_CountsOnlyJointVotes()
    {
        // Given
        var a = new[] { Vote.Yes, Vote.Yes, Vote.Abstain, Vote.No, Vote.No, Vote.Absent };
        var b = new[] { Vote.Yes, Vote.No, Vote.Yes, Vote.No, Vote.Abstain, Vote.Yes };

        // When
        var table = ContingencyTable.Tabulate(a, b);

        // Then
        Assert.Equal(new ContingencyTable(1, 0, 1, 1, 0, 0, 0, 1, 1), table);
        Assert.Equal(5, table.Joint);
        Assert.Equal(1, table[Vote.Abstain, Vote.Yes]);
    }
}

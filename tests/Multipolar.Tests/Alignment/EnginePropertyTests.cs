using System.Collections.Immutable;
using FsCheck.Xunit;
using Multipolar.Alignment;
using Multipolar.Votes;

namespace Multipolar.Tests.Alignment;

/// <summary>The fast engine against the reference on random matrices, and invariants of the formulas on random tables.</summary>
public class EnginePropertyTests
{
    private static readonly ImmutableArray<Slice> Slices =
        [Slice.All, Slice.Of(IssueArea.HumanRights), Slice.Of(IssueArea.Parse("ukraine")), Slice.Important, Slice.Of(IssueArea.MiddleEast).AndImportant()];

    [Property(MaxTest = 150)]
    public void Compute_RandomMatrixAndOptions_EqualsReference(int seed)
    {
        // Given: a random matrix, random options, all pairs plus every state with itself
        var matrix = AlignmentFixtures.Random(seed);
        var options = AlignmentFixtures.RandomOptions(seed ^ 0x5eed);
        var dyads = matrix.States.SelectMany((a, i) => matrix.States.Skip(i).Select(b => new Dyad(a, b))).ToImmutableArray();
        var query = new AlignmentQuery { Dyads = dyads, Slices = Slices, Options = options };

        // When
        var fast = AlignmentEngine.Compute(matrix, query);
        var reference = ReferenceAlignment.Compute(matrix, query);

        // Then
        Assert.Equal(reference.Periods.AsEnumerable(), fast.Periods.AsEnumerable());
        Assert.Equal(options, fast.Options);
        foreach (var (f, r) in fast.Rows().Zip(reference.Rows()))
        {
            Assert.Equal((r.Dyad, r.Slice, r.Period, r.Measure), (f.Dyad, f.Slice, f.Period, f.Measure));
            Assert.Equal(r.Value.N, f.Value.N);
            AssertClose(r.Value.Value, f.Value.Value, $"{f} under {options}");
        }
    }

    [Property(MaxTest = 60)]
    public void Compute_SingleCell_EqualsPerCellReference(int seed)
    {
        // Given: the per-cell entry point of the reference, as a real-data oracle test would call it
        var matrix = AlignmentFixtures.Random(seed);
        var result = AlignmentEngine.Compute(matrix, new AlignmentQuery { Slices = Slices });

        // When / Then
        foreach (var row in result.Rows().Where((_, i) => i % 7 == 0))
        {
            var expected = ReferenceAlignment.Compute(matrix, row.Dyad, row.Measure, row.Slice, row.Period);
            Assert.Equal(expected.N, row.Value.N);
            AssertClose(expected.Value, row.Value.Value, row.ToString());
        }
    }

    [Property(MaxTest = 500)]
    public void Evaluate_RandomTable_IsSymmetricAndBounded(int seed)
    {
        // Given
        var table = AlignmentFixtures.RandomTable(seed);
        foreach (var options in AllScoringOptions())
        {
            foreach (var measure in MeasureRegistry.Measures)
            {
                // When
                var ab = MeasureFormulas.Evaluate(measure, table, options);
                var ba = MeasureFormulas.Evaluate(measure, table.Transpose(), options);

                // Then
                Assert.Equal(ab.N, ba.N);
                AssertClose(ab.Value, ba.Value, $"{measure} symmetry under {options}");
                if (ab.IsDefined)
                {
                    var (lo, hi) = measure switch
                    {
                        Measure.S => (-1.0, 1.0),
                        Measure.Kappa or Measure.Pi => (double.NegativeInfinity, 1.0),
                        _ => (0.0, 1.0),
                    };
                    Assert.InRange(ab.Value, lo - 1e-12, hi + 1e-12);
                }
                else
                {
                    Assert.Equal(0, ab.N);
                }
            }
        }
    }

    [Property(MaxTest = 300)]
    public void Evaluate_StateWithItself_IsOneWhenAnyJointVote(int seed)
    {
        // Given: a random vote vector paired with itself
        var rng = new Random(seed);
        Vote[] codes = [Vote.Yes, Vote.Abstain, Vote.No, Vote.Absent];
        var votes = Enumerable.Range(0, rng.Next(0, 20)).Select(_ => codes[rng.Next(codes.Length)]).ToArray();
        var table = ContingencyTable.Tabulate(votes, votes);

        foreach (var options in AllScoringOptions())
        {
            foreach (var measure in MeasureRegistry.Measures)
            {
                // When
                var value = MeasureFormulas.Evaluate(measure, table, options);

                // Then: 1 whenever defined (N > 0), NaN with N = 0 otherwise
                Assert.Equal(value.N > 0 ? 1.0 : double.NaN, value.Value);
            }
        }
    }

    private static IEnumerable<AlignmentOptions> AllScoringOptions() =>
        from s in Enum.GetValues<AbstentionScoring>()
        from d in Enum.GetValues<DistanceMetric>()
        select AlignmentOptions.Default with { Abstention = s, Distance = d };

    private static void AssertClose(double expected, double actual, string what)
    {
        if (double.IsNaN(expected) || double.IsNaN(actual))
        {
            Assert.True(double.IsNaN(expected) && double.IsNaN(actual), $"{what}: expected {expected}, got {actual}");
            return;
        }

        Assert.True(Math.Abs(expected - actual) <= 1e-12, $"{what}: expected {expected:R}, got {actual:R}");
    }
}

using System.Collections.Immutable;
using Multipolar.Alignment;
using Multipolar.Votes;

namespace Multipolar.Tests.Alignment;

/// <summary>The registry, options, slices and the helpers around the engine (nearest, pair matrix, sensitivity, windows).</summary>
public class AlignmentApiTests
{
    [Fact]
    public void Registry_EveryMeasure_HasUniqueKeyThatParsesBack()
    {
        // Given
        var infos = MeasureRegistry.All;

        // When
        var parsed = infos.Select(i => MeasureRegistry.Parse(i.Key.ToUpperInvariant())).ToArray();

        // Then
        Assert.Equal(Enum.GetValues<Measure>(), parsed);
        Assert.Equal(["identity", "agree", "coincidence", "s", "kappa", "pi"], infos.Select(i => i.Key));
        Assert.All(infos, i => Assert.False(string.IsNullOrWhiteSpace(i.Citation)));
    }

    [Fact]
    public void Registry_UnknownKey_ThrowsFormatExceptionListingKeys()
    {
        // Given / When
        var e = Assert.Throws<FormatException>(() => MeasureRegistry.Parse("tau"));

        // Then
        Assert.Contains("identity|agree|coincidence|s|kappa|pi", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_Default_EqualsExplicitDefaults()
    {
        // Given
        var explicitDefaults = new AlignmentOptions
        {
            Abstention = AbstentionScoring.Soft,
            Distance = DistanceMetric.Absolute,
            FinalPassageOnly = false,
            Period = PeriodKind.Year,
            Window = 1,
        };

        // When / Then
        Assert.Equal(AlignmentOptions.Default, explicitDefaults);
        Assert.Equal(1, default(AlignmentOptions).Window);
        Assert.Throws<ArgumentOutOfRangeException>(() => AlignmentOptions.Default with { Window = 0 });
    }

    [Theory]
    [InlineData("all")]
    [InlineData("hr")]
    [InlineData("important")]
    [InlineData("me+important")]
    [InlineData("ukraine")]
    public void Slice_Key_ParsesBack(string key)
    {
        // Given / When
        var slice = Slice.Parse(key);

        // Then
        Assert.Equal(key, slice.Key);
    }

    [Fact]
    public void Compute_IssueSliceAndWindow_PoolsThePeriods()
    {
        // Given: two years; the hr votes disagree in 2000 and agree in 2001
        var rcs = ImmutableArray.Create(
            new RollCall { Id = new(1), Date = new(2000, 5, 1), Issues = [IssueArea.HumanRights] },
            new RollCall { Id = new(2), Date = new(2000, 6, 1) },
            new RollCall { Id = new(3), Date = new(2001, 5, 1), Issues = [IssueArea.HumanRights] });
        var states = AlignmentFixtures.States(2);
        var matrix = new VoteMatrix(states, rcs, [Vote.Yes, Vote.Yes, Vote.Yes, Vote.No, Vote.Yes, Vote.Yes]);
        var dyad = new Dyad(states[0], states[1]);
        var hr = Slice.Of(IssueArea.HumanRights);

        // When
        var yearly = AlignmentEngine.Compute(matrix, AlignmentQuery.ForDyad(dyad) with { Slices = [hr] });
        var pooled = AlignmentEngine.Compute(matrix, AlignmentQuery.ForDyad(dyad) with { Slices = [hr], Options = AlignmentOptions.Default with { Window = 2 } });

        // Then
        Assert.Equal([new PeriodValue(2000, new(0, 1)), new PeriodValue(2001, new(1, 1))], yearly.Series(dyad, Measure.Agreement, hr).AsEnumerable());
        Assert.Equal(new MeasureValue(0.5, 2), pooled[Measure.Agreement, hr, 2001, new Dyad(states[1], states[0])]);
    }

    [Fact]
    public void Nearest_ThreeStates_RanksByMeasureAndSkipsUndefined()
    {
        // Given: S001 votes like S000, S002 against it, S003 never votes
        var matrix = AlignmentFixtures.FromStrings(2000, "YYNA", "YYNA", "NNYY", "XXXX");

        // When
        var nearest = AlignmentEngine.Nearest(matrix, matrix.States[0], 2000, Measure.Agreement, count: 5);

        // Then
        Assert.Equal([matrix.States[1], matrix.States[2]], nearest.Most.Select(a => a.State));
        Assert.Equal([matrix.States[2], matrix.States[1]], nearest.Least.Select(a => a.State));
        Assert.Equal(new MeasureValue(1, 4), nearest.Most[0].Value);
    }

    [Fact]
    public void PairMatrix_ThreeStates_IsSymmetricWithOnesOnTheDiagonal()
    {
        // Given
        var matrix = AlignmentFixtures.FromStrings(2000, "YYNA", "YNNA", "NNYY");

        // When
        var pairs = AlignmentEngine.PairMatrix(matrix, 2000, Measure.S);

        // Then
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(1.0, pairs[i, i].Value);
            for (var j = 0; j < 3; j++)
            {
                Assert.Equal(pairs[i, j], pairs[j, i]);
                Assert.Equal(ReferenceAlignment.Compute(matrix, new Dyad(matrix.States[i], matrix.States[j]), Measure.S, Slice.All, 2000), pairs[i, j]);
            }
        }
    }

    [Fact]
    public void Sensitivity_DefaultVariants_ReportsEachVariantAndSpread()
    {
        // Given: A1/B1 of the hand-computed cases: S is .2 (default), −.2 (strict), 1/3 (votes only), .4 (squared),
        // −1/3 without the unanimous roll calls (Y–Y, N–N and the one only B cast leave Y–N, A–Y, N–A: mean distance 2/3)
        var matrix = AlignmentFixtures.FromStrings(2000, "YYANNX", "YNYNAY");
        var dyad = new Dyad(matrix.States[0], matrix.States[1]);

        // When
        var table = AlignmentEngine.Sensitivity(matrix, dyad, Measure.S);

        // Then
        Assert.Equal(["default", "strict", "votes-only", "squared", "final-passage", "non-unanimous"], table.Variants.Select(v => v.Name));
        var row = Assert.Single(table.Rows);
        Assert.Equal([0.2, -0.2, 1.0 / 3, 0.4, 0.2, -1.0 / 3], row.Values.Select(v => v.Value), new ToleranceComparer(1e-12));
        Assert.Equal(3, row.Values[^1].N);
        Assert.Equal(0.4 + (1.0 / 3), row.Spread, 1e-12);
    }

    [Fact]
    public void Compute_DyadNotInMatrix_ThrowsNamingTheState()
    {
        // Given
        var matrix = AlignmentFixtures.FromStrings(2000, "Y", "N");
        var outsider = AlignmentFixtures.States(5)[4];

        // When
        var e = Assert.Throws<ArgumentException>(() => AlignmentEngine.Compute(matrix, AlignmentQuery.ForDyad(new(matrix.States[0], outsider))));

        // Then
        Assert.Contains(outsider.Iso3, e.Message, StringComparison.Ordinal);
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}

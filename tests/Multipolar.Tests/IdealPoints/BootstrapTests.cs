using FsCheck.Xunit;
using Multipolar.IdealPoints;
using Multipolar.Votes;

namespace Multipolar.Tests.IdealPoints;

/// <summary>The parametric bootstrap of the ideal points (Lewis and Poole 2004).</summary>
public sealed class BootstrapTests
{
    [Fact]
    public void Draw_TinyFixedModel_FrequenciesMatchProbitProbabilities()
    {
        // Given a 6 × 3 matrix: an ordinal roll call, a yes/no one and a yes/abstain one (binary), one absent cell
        var votes = StaticEstimatorTests.Build(6, 3, (i, j) => (i, j) switch
        {
            (5, 0) => Vote.Absent,
            (_, 0) => (Vote)(1 + (i % 3)),
            (_, 1) => i % 2 == 0 ? Vote.Yes : Vote.No,
            _ => i < 3 ? Vote.Yes : Vote.Abstain,
        });
        var problem = IrtPreparation.Build(votes, [2019, 2019, 2019], new IdealPointOptions { MinVotes = 1, MinMinorityShare = 0 }, null);
        Assert.Equal([true, false, false], problem.GroupOrdinal);
        double[] x = [-1.2, -0.4, 0.0, 0.3, 0.9, 1.6];
        double[] a = [0.4, -0.3, 0.8];
        double[] b = [0.9, 1.5, -0.7];
        double[] sigma = [0.6, 1.0, 1.0];
        const int Draws = 40_000;
        var counts = new int[problem.ObservationCount * 3];
        var categories = new byte[problem.ObservationCount];
        var rng = ParametricBootstrap.Generator(7, 0);

        // When
        for (var d = 0; d < Draws; d++)
        {
            ParametricBootstrap.Draw(problem, x, a, b, sigma, rng, categories);
            for (var k = 0; k < categories.Length; k++)
            {
                counts[(k * 3) + categories[k]]++;
            }
        }

        // Then: each cell's frequencies are its probit probabilities within 4.5 binomial standard errors
        for (var k = 0; k < problem.ObservationCount; k++)
        {
            var g = problem.ObsGroup[k];
            var mu = a[g] + (b[g] * x[problem.ObsSlot[k]]);
            var p = new double[3];
            p[0] = Normal(-mu / sigma[g]);
            p[2] = problem.GroupOrdinal[g] ? 1 - Normal((1 - mu) / sigma[g]) : 1 - p[0];
            p[1] = 1 - p[0] - p[2];
            for (var c = 0; c < 3; c++)
            {
                var observed = counts[(k * 3) + c] / (double)Draws;
                var tolerance = (4.5 * Math.Sqrt(p[c] * (1 - p[c]) / Draws)) + 1e-12;
                Assert.True(Math.Abs(observed - p[c]) <= tolerance, $"cell {k} category {c}: {observed} vs {p[c]}");
            }
        }
    }

    [Fact]
    public void Fill_BinaryAndMissingCells_WritesTheRollCallsOwnOutcomesAndKeepsMissing()
    {
        // Given the matrix above: roll call 2 had only yes and abstain; one absent cell
        var votes = StaticEstimatorTests.Build(6, 3, (i, j) => (i, j) switch
        {
            (5, 0) => Vote.Absent,
            (_, 0) => (Vote)(1 + (i % 3)),
            (_, 1) => i % 2 == 0 ? Vote.Yes : Vote.No,
            _ => i < 3 ? Vote.Yes : Vote.Abstain,
        });
        var problem = IrtPreparation.Build(votes, [2019, 2019, 2019], new IdealPointOptions { MinVotes = 1, MinMinorityShare = 0 }, null);
        var codes = ParametricBootstrap.Codes(problem);
        var rng = ParametricBootstrap.Generator(3, 1);
        var categories = new byte[problem.ObservationCount];
        var seen = new HashSet<(int Column, Vote Vote)>();

        // When: many draws from a model that puts every category within reach
        for (var d = 0; d < 500; d++)
        {
            ParametricBootstrap.Draw(problem, [-1, -0.5, 0, 0.5, 1, 1.5], [0.5, 0, 0], [1, 1, 1], [1, 1, 1], rng, categories);
            var cells = new Vote[6 * 3];
            ParametricBootstrap.Fill(problem, categories, codes, cells);
            Assert.Equal(Vote.None, cells[(5 * 3) + 0]);
            for (var i = 0; i < 6; i++)
            {
                for (var j = 0; j < 3; j++)
                {
                    if ((i, j) != (5, 0))
                    {
                        seen.Add((j, cells[(i * 3) + j]));
                    }
                }
            }
        }

        // Then
        Assert.Equal([Vote.Yes, Vote.Abstain, Vote.No], seen.Where(s => s.Column == 0).Select(s => s.Vote).Order().ToArray());
        Assert.Equal([Vote.Yes, Vote.No], seen.Where(s => s.Column == 1).Select(s => s.Vote).Order().ToArray());
        Assert.Equal([Vote.Yes, Vote.Abstain], seen.Where(s => s.Column == 2).Select(s => s.Vote).Order().ToArray());
    }

    [Fact]
    public void Quantile_KnownSample_MatchesRType7()
    {
        // Given 1..10 (R: quantile(1:10, c(0.025, 0.5, 0.975)) = 1.225, 5.5, 9.775; sd(1:10) = 3.0276503540974917)
        var values = Enumerable.Range(1, 10).Select(v => (double)v).ToArray();

        // When / Then
        Assert.Equal(1.225, ParametricBootstrap.Quantile(values, 0.025), 12);
        Assert.Equal(5.5, ParametricBootstrap.Quantile(values, 0.5), 12);
        Assert.Equal(9.775, ParametricBootstrap.Quantile(values, 0.975), 12);
        Assert.Equal(3.0276503540974917, ParametricBootstrap.StandardDeviation(values), 12);
    }

    [Property(MaxTest = 200)]
    public void Quantile_AnySample_WithinRangeAndMonotone(int seed, byte size)
    {
        // Given a random sorted sample of 2–257 values
        var rng = new Random(seed);
        var values = Enumerable.Range(0, size + 2).Select(_ => SimulatedVotes.Gaussian(rng)).Order().ToArray();

        // When
        var low = ParametricBootstrap.Quantile(values, 0.025);
        var high = ParametricBootstrap.Quantile(values, 0.975);

        // Then
        Assert.InRange(low, values[0], high);
        Assert.InRange(high, low, values[^1]);
        Assert.Equal(values[0], ParametricBootstrap.Quantile(values, 0));
        Assert.Equal(values[^1], ParametricBootstrap.Quantile(values, 1));
    }

    [Fact]
    public void EstimateStatic_Simulated190By100_BootstrapAgreesWithInformationAndCoversTruth()
    {
        // Given 190 states × 100 roll calls drawn from the model (seed 1)
        var (votes, truth) = SimulatedVotes.Static(190, 100, seed: 1);

        // When
        var fit = IdealPointEstimator.EstimateStatic(votes, new IdealPointOptions { BootstrapReplicates = 100 });

        // Then: every point from the bootstrap, estimates unchanged by it
        var plain = IdealPointEstimator.EstimateStatic(votes);
        Assert.Equal(new IdealPointBootstrap(100, 2004, 0, 0, 0, fit.Bootstrap!.Value.Iterations), fit.Bootstrap);
        // Each refit starts at the fit it resamples and still iterates (at least twice: one step, one test)
        Assert.InRange(fit.Bootstrap!.Value.Iterations, 2 * 100, 100 * plain.Convergence.Iterations * 4);
        Assert.All(fit.Points, p => Assert.Equal(IdealPointUncertainty.ParametricBootstrap, p.Uncertainty));
        Assert.Equal(plain.Points.Select(p => p.Estimate), fit.Points.Select(p => p.Estimate));
        Assert.Equal(plain.Points.Select(p => p.StandardError), fit.Points.Select(p => p.InformationStandardError));

        // With 190 votes per roll call the roll-call parameters are well determined: the bootstrap SE is about the
        // observed-information SE (measured 0.977 of it; the refits' shrinkage toward the prior offsets the parameters' uncertainty)
        var ratio = fit.Points.Average(p => p.StandardError) / fit.Points.Average(p => p.InformationStandardError);
        Assert.InRange(ratio, 0.9, 1.1);

        // The percentile intervals cover the true positions mapped onto the fit's scale (least squares; the scale is
        // set by the priors) for 85–99% of states (measured 90.5%; seeds 1–6: 87–95%)
        var pts = fit.Points.ToArray();
        var t = pts.Select(p => truth[votes.IndexOf(p.State)]).ToArray();
        var e = pts.Select(p => p.Estimate).ToArray();
        var slope = Stats.Slope(t, e);
        var intercept = e.Average() - (slope * t.Average());
        var covered = Enumerable.Range(0, pts.Length).Count(i => intercept + (slope * t[i]) is var m && m >= pts[i].Lower && m <= pts[i].Upper);
        Assert.InRange(covered / (double)pts.Length, 0.85, 0.99);
    }

    [Fact]
    public void EstimateStatic_FewStates_BootstrapWiderThanInformationAndCloserToTheErrors()
    {
        // Given 30 states × 100 roll calls: each roll call's parameters rest on 30 votes, so their uncertainty matters
        var (votes, truth) = SimulatedVotes.Static(30, 100, seed: 1);

        // When
        var fit = IdealPointEstimator.EstimateStatic(votes, new IdealPointOptions { BootstrapReplicates = 100 });

        // Then: bootstrap SEs exceed the observed-information lower bound (measured 1.21×) and match the actual
        // errors better (root mean square of error / SE: measured 1.14 with the bootstrap, 1.35 with the information)
        var pts = fit.Points.ToArray();
        Assert.True(pts.Average(p => p.StandardError) >= 1.1 * pts.Average(p => p.InformationStandardError));
        var t = pts.Select(p => truth[votes.IndexOf(p.State)]).ToArray();
        var e = pts.Select(p => p.Estimate).ToArray();
        var slope = Stats.Slope(t, e);
        var intercept = e.Average() - (slope * t.Average());
        double Rms(Func<IdealPoint, double> se) => Math.Sqrt(Enumerable.Range(0, pts.Length).Average(i => Math.Pow((e[i] - intercept - (slope * t[i])) / se(pts[i]), 2)));
        Assert.True(Rms(p => p.StandardError) < Rms(p => p.InformationStandardError));
    }

    [Fact]
    public void EstimateStatic_Bootstrap_SameSeedIdenticalWhateverTheThreads()
    {
        // Given
        var (votes, _) = SimulatedVotes.Static(60, 80, seed: 5);
        var options = new IdealPointOptions { BootstrapReplicates = 20, BootstrapSeed = 11 };

        // When
        var first = IdealPointEstimator.EstimateStatic(votes, options);
        var again = IdealPointEstimator.EstimateStatic(votes, options);
        var serial = IdealPointEstimator.EstimateStatic(votes, options with { Parallel = false });
        var otherSeed = IdealPointEstimator.EstimateStatic(votes, options with { BootstrapSeed = 12 });

        // Then
        Assert.Equal(first.Points.AsEnumerable(), again.Points.AsEnumerable());
        Assert.Equal(first.Points.AsEnumerable(), serial.Points.AsEnumerable());
        Assert.Equal(first.Points.Select(p => p.Estimate), otherSeed.Points.Select(p => p.Estimate));
        Assert.NotEqual(first.Points.Select(p => p.StandardError), otherSeed.Points.Select(p => p.StandardError));
    }

    [Fact]
    public void EstimateStatic_NoBootstrap_ObservedInformationAsBefore()
    {
        // Given
        var (votes, _) = SimulatedVotes.Static(40, 60, seed: 9);

        // When
        var fit = IdealPointEstimator.EstimateStatic(votes);

        // Then
        Assert.Null(fit.Bootstrap);
        Assert.All(fit.Points, p =>
        {
            Assert.Equal(IdealPointUncertainty.ObservedInformation, p.Uncertainty);
            Assert.Equal(p.StandardError, p.InformationStandardError);
            Assert.Equal(p.Estimate - (IdealPoint.Z95 * p.StandardError), p.Lower);
            Assert.Equal(p.Estimate + (IdealPoint.Z95 * p.StandardError), p.Upper);
        });
    }

    [Theory]
    [InlineData(1)]
    [InlineData(-5)]
    public void EstimateStatic_BootstrapReplicatesOutOfRange_ThrowsArgumentException(int replicates)
    {
        // Given
        var (votes, _) = SimulatedVotes.Static(10, 10, seed: 1);

        // When / Then
        var ex = Assert.Throws<ArgumentException>(() => IdealPointEstimator.EstimateStatic(votes, new IdealPointOptions { BootstrapReplicates = replicates }));
        Assert.Contains("IdealPointOptions.BootstrapReplicates", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EstimateDynamic_Bootstrap_EveryPointBootstrappedAndProgressRisesToOne()
    {
        // Given 30 states over 4 years, 30 roll calls a year (10 recurring)
        var votes = SimulatedVotes.Dynamic(30, 2016, 2019, 30, 10, (i, y) => ((i % 7) - 3.0) / 2 + (0.05 * (y - 2016)), _ => 2016, seed: 43);
        var progress = new Recorder();

        // When
        var fit = IdealPointEstimator.EstimateDynamic(votes, new IdealPointOptions { BootstrapReplicates = 12 }, progress);

        // Then
        Assert.Equal(12, fit.Bootstrap!.Value.Replicates);
        Assert.All(fit.Points, p =>
        {
            Assert.Equal(IdealPointUncertainty.ParametricBootstrap, p.Uncertainty);
            Assert.True(p.StandardError > 0 && double.IsFinite(p.StandardError), p.ToString());
            Assert.True(p.Lower < p.Upper, p.ToString());
        });
        Assert.Equal(IdealPointEstimator.EstimateDynamic(votes).Points.Select(p => p.Estimate), fit.Points.Select(p => p.Estimate));
        var values = progress.Values();
        Assert.Equal(1.0, values[^1], 12);
        Assert.True(values.Zip(values.Skip(1)).All(v => v.Second >= v.First), string.Join(" ", values));
        Assert.Contains(values, v => v > 0.2 && v < 0.9);
    }

    private static double Normal(double t) => 0.5 * MathNet.Numerics.SpecialFunctions.Erfc(-t / Math.Sqrt(2));

    private sealed class Recorder : IProgress<double>
    {
        private readonly List<double> values = [];

        public void Report(double value)
        {
            lock (values)
            {
                values.Add(value);
            }
        }

        public double[] Values()
        {
            lock (values)
            {
                return [.. values];
            }
        }
    }
}

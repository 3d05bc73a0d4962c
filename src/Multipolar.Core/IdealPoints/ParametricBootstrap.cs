using System.Collections.Immutable;
using MathNet.Numerics.Statistics;
using Multipolar.Votes;

namespace Multipolar.IdealPoints;

/// <summary>
/// The parametric bootstrap of ideal points (J. B. Lewis and K. T. Poole (2004), "Measuring Bias and Uncertainty in
/// Ideal Point Estimates via the Parametric Bootstrap", Political Analysis 12(2):105–127): draw B vote matrices from the
/// fitted model, refit each with the same options and identification, and read the spread of the refitted estimates.
/// </summary>
/// <remarks>
/// <para><b>Simulation.</b> Replicate r keeps exactly the fit's observed cells (the votes used; absent, non-member,
/// no-record and the cells of dropped roll calls and state-periods stay missing). Each cell of state-period i on item
/// group j draws its category from the fitted ordered probit with μ = a_j + b_j x_i: P(no) = Φ(−μ/σ_j),
/// P(yes) = 1 − Φ((1 − μ)/σ_j), P(abstain) = the rest (binary groups: P(lower) = Φ(−μ), P(upper) = 1 − Φ(−μ), written
/// back as the two outcomes the roll call had). One uniform u per cell from xoshiro256** (Blackman and Vigna 2021; Math.NET
/// Numerics' <c>Xoshiro256StarStar</c>, a fixed algorithm, unlike <see cref="Random"/>'s seeded one) seeded by
/// (<see cref="IdealPointOptions.BootstrapSeed"/>, r) through <see cref="Generator"/>: the category is the first c with u &lt; P(0) + … + P(c).</para>
/// <para><b>Refit.</b> The simulated matrix goes through the whole estimator again (filters, bridging, start, the sign
/// anchor made positive, the priors' scale), with the fit's options; the engine runs serially inside a replicate and
/// replicates run in parallel (<see cref="IdealPointOptions.Parallel"/>). Each replicate writes only its own row of the
/// results, so the result does not depend on scheduling.</para>
/// <para><b>Summary.</b> Per state-period, over the R replicates that estimated it: the standard deviation
/// √(Σ_r (x_r − x̄)² / (R − 1)) and the percentile interval [q(0.025), q(0.975)], with q the linear-interpolation
/// quantile (Hyndman and Fan 1996, type 7, R's default): sorted x_(1) ≤ … ≤ x_(R), h = (R − 1)p,
/// q = x_(⌊h⌋+1) + (h − ⌊h⌋)(x_(⌊h⌋+2) − x_(⌊h⌋+1)). A state-period estimated in fewer than max(2, ⌈B/2⌉)
/// replicates keeps the observed-information values.</para>
/// </remarks>
internal static class ParametricBootstrap
{
    /// <summary>Replicate estimates: <c>Estimates[r · SlotCount + s]</c> for the fit's slot s (NaN where replicate r has none).</summary>
    internal sealed record Replicates(int Count, double[] Estimates, int NotConverged, int Iterations);

    /// <summary>
    /// The generator of replicate <paramref name="replicate"/>: Math.NET's xoshiro256** seeded with
    /// seed · 1,000,003 + replicate (distinct for fewer than 1,000,003 replicates; its own SplitMix64 expands the seed).
    /// </summary>
    public static Random Generator(int seed, int replicate) =>
        new MathNet.Numerics.Random.Xoshiro256StarStar(unchecked((seed * 1_000_003) + replicate), threadSafe: false);

    /// <summary>The category probabilities of one vote with latent mean μ and standard deviation σ (see the class remarks).</summary>
    public static void CategoryProbabilities(double mu, double sigma, bool ordinal, out double p0, out double p1, out double p2)
    {
        p0 = NormalMath.Cdf(-mu / sigma);
        if (!ordinal)
        {
            p1 = 0;
            p2 = NormalMath.UpperTail(-mu / sigma);
            return;
        }

        p2 = NormalMath.UpperTail((1 - mu) / sigma);
        p1 = Math.Max(0, 1 - p0 - p2);
    }

    /// <summary>
    /// Draws the category (0, 1, 2 in the problem's coding) of every observation of <paramref name="problem"/> from
    /// the model at positions <paramref name="x"/> (per slot) and item parameters <paramref name="a"/>,
    /// <paramref name="b"/>, <paramref name="sigma"/> (per group).
    /// </summary>
    public static void Draw(
        IrtProblem problem, ReadOnlySpan<double> x, ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> sigma,
        Random rng, Span<byte> categories)
    {
        var slots = problem.ObsSlot;
        for (var g = 0; g < problem.GroupCount; g++)
        {
            var ordinal = problem.GroupOrdinal[g];
            double ag = a[g], bg = b[g], sg = sigma[g];
            for (var k = problem.GroupStart[g]; k < problem.GroupStart[g + 1]; k++)
            {
                CategoryProbabilities(ag + (bg * x[slots[k]]), sg, ordinal, out var p0, out var p1, out _);
                var u = rng.NextDouble();
                categories[k] = u < p0 ? (byte)0 : ordinal && u < p0 + p1 ? (byte)1 : (byte)2;
            }
        }
    }

    /// <summary>
    /// The votes each problem category stands for, per group: ordinal no, abstain, yes; binary the lower and the upper
    /// of the two outcomes cast on it (yes/no, yes/abstain or abstain/no).
    /// </summary>
    public static Vote[] Codes(IrtProblem problem)
    {
        var codes = new Vote[problem.GroupCount * 3];
        var votes = problem.Votes;
        for (var g = 0; g < problem.GroupCount; g++)
        {
            codes[g * 3] = Vote.No;
            codes[(g * 3) + 1] = Vote.Abstain;
            codes[(g * 3) + 2] = Vote.Yes;
            if (problem.GroupOrdinal[g])
            {
                continue;
            }

            int lower = 2, upper = 0;
            for (var k = problem.GroupStart[g]; k < problem.GroupStart[g + 1]; k++)
            {
                var c = IrtPreparation.Category(votes[problem.SlotRow[problem.ObsSlot[k]], problem.ObsColumn[k]]);
                lower = Math.Min(lower, c);
                upper = Math.Max(upper, c);
            }

            codes[g * 3] = ToVote(lower);
            codes[(g * 3) + 2] = ToVote(upper);
        }

        return codes;
    }

    /// <summary>Writes drawn categories into a cleared vote grid of the problem's matrix shape (rows × columns).</summary>
    public static void Fill(IrtProblem problem, ReadOnlySpan<byte> categories, Vote[] codes, Span<Vote> cells)
    {
        var nCols = problem.Votes.RollCalls.Length;
        for (var k = 0; k < categories.Length; k++)
        {
            cells[(problem.SlotRow[problem.ObsSlot[k]] * nCols) + problem.ObsColumn[k]] = codes[(problem.ObsGroup[k] * 3) + categories[k]];
        }
    }

    /// <summary>
    /// Simulates and refits <see cref="IdealPointOptions.BootstrapReplicates"/> replicates of the solved
    /// <paramref name="problem"/>; progress goes from <paramref name="progressStart"/> to 1 as replicates finish.
    /// </summary>
    public static Replicates Run(
        IrtProblem problem, IrtEngine engine, int[] columnPeriod, IdealPointOptions options, bool dynamic, IProgress<double>? progress,
        double progressStart, CancellationToken cancellationToken)
    {
        var count = options.BootstrapReplicates;
        var slotCount = problem.SlotCount;
        var x = engine.Positions.ToArray();
        var a = engine.Intercepts.ToArray();
        var b = engine.Discriminations.ToArray();
        var sigma = new double[problem.GroupCount];
        for (var g = 0; g < sigma.Length; g++)
        {
            sigma[g] = engine.Sigma(g);
        }

        var codes = Codes(problem);
        var votes = problem.Votes;
        var nRows = votes.States.Length;
        var nPer = problem.Periods.Length;
        var slotOf = new int[nRows * nPer];
        Array.Fill(slotOf, -1);
        for (var s = 0; s < slotCount; s++)
        {
            slotOf[(problem.SlotRow[s] * nPer) + Array.BinarySearch(problem.Periods, problem.SlotPeriod[s])] = s;
        }

        var estimates = new double[count * slotCount];
        Array.Fill(estimates, double.NaN);
        var inner = options with { BootstrapReplicates = 0, Parallel = false, Tolerance = options.BootstrapTolerance };
        if (problem.BridgePairs is { } bridges)
        {
            // The refits use the fit's bridges: the matcher's vote check would otherwise see the simulated votes.
            inner = inner with { BridgeSource = IdealPointBridgeSource.List, BridgeList = new RollCallBridgeList(problem.Bridging!.ListName, bridges) };
        }

        var notConverged = 0;
        var iterations = 0;
        var done = 0;
        var reported = 0;
        var gate = new object();

        var groupOf = new int[votes.RollCalls.Length];
        Array.Fill(groupOf, -1);
        for (var g = 0; g < problem.GroupCount; g++)
        {
            foreach (var c in problem.GroupColumns[g])
            {
                groupOf[c] = g;
            }
        }

        // Warm start: each refit starts at the fit it was drawn from (slots and groups matched by state-period and column).
        (double[] X, double[] A, double[] B, double[] Rho) Warm(IrtProblem replicate)
        {
            var wx = new double[replicate.SlotCount];
            for (var s = 0; s < wx.Length; s++)
            {
                var period = Array.BinarySearch(problem.Periods, replicate.SlotPeriod[s]);
                var slot = period < 0 ? -1 : slotOf[(replicate.SlotRow[s] * nPer) + period];
                wx[s] = slot >= 0 ? x[slot] : 0;
            }

            var wa = new double[replicate.GroupCount];
            var wb = new double[replicate.GroupCount];
            var wr = new double[replicate.GroupCount];
            for (var g = 0; g < wa.Length; g++)
            {
                var original = groupOf[replicate.GroupColumns[g][0]];
                if (original >= 0)
                {
                    wa[g] = a[original];
                    wb[g] = b[original];
                    wr[g] = replicate.GroupOrdinal[g] && problem.GroupOrdinal[original] ? Math.Log(sigma[original]) : 0;
                }
            }

            return (wx, wa, wb, wr);
        }

        void Replicate(int r)
        {
            var rng = Generator(options.BootstrapSeed, r);
            var categories = new byte[problem.ObservationCount];
            Draw(problem, x, a, b, sigma, rng, categories);
            var cells = new Vote[nRows * votes.RollCalls.Length];
            Fill(problem, categories, codes, cells);
            var simulated = new VoteMatrix(votes.States, votes.RollCalls, cells);
            var replicate = IdealPointEstimator.Prepare(simulated, columnPeriod, inner, dynamic);
            if (replicate.SlotCount > 0)
            {
                var (_, xr, convergence, _, _) = IdealPointEstimator.Solve(replicate, inner, dynamic, null, cancellationToken, Warm(replicate));
                Interlocked.Add(ref iterations, convergence.Iterations);
                if (!convergence.Converged)
                {
                    Interlocked.Increment(ref notConverged);
                }

                var row = estimates.AsSpan(r * slotCount, slotCount);
                for (var s = 0; s < replicate.SlotCount; s++)
                {
                    var period = Array.BinarySearch(problem.Periods, replicate.SlotPeriod[s]);
                    var slot = period < 0 ? -1 : slotOf[(replicate.SlotRow[s] * nPer) + period];
                    if (slot >= 0)
                    {
                        row[slot] = xr[s];
                    }
                }
            }

            var finished = Interlocked.Increment(ref done);
            if (progress is not null)
            {
                lock (gate)
                {
                    if (finished > reported)
                    {
                        reported = finished;
                        progress.Report(progressStart + ((1 - progressStart) * finished / count));
                    }
                }
            }
        }

        if (options.Parallel)
        {
            Parallel.For(
                0, count, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount, TaskScheduler = TaskScheduler.Current }, Replicate);
        }
        else
        {
            for (var r = 0; r < count; r++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Replicate(r);
            }
        }

        return new Replicates(count, estimates, notConverged, iterations);
    }

    /// <summary>
    /// Adds one point per slot to <paramref name="points"/>: the bootstrap standard deviation and percentile interval,
    /// or the observed-information values where too few replicates estimated the slot; returns the run's summary.
    /// </summary>
    public static IdealPointBootstrap Summarise(
        IrtProblem problem, Replicates replicates, double[] x, double[] informationSe, IdealPointOptions options, ImmutableArray<IdealPoint>.Builder points)
    {
        var count = replicates.Count;
        var slotCount = problem.SlotCount;
        var minimum = Math.Max(2, (count + 1) / 2);
        var values = new double[count];
        int incomplete = 0, fellBack = 0;
        for (var s = 0; s < slotCount; s++)
        {
            var n = 0;
            for (var r = 0; r < count; r++)
            {
                var v = replicates.Estimates[(r * slotCount) + s];
                if (!double.IsNaN(v))
                {
                    values[n++] = v;
                }
            }

            var state = problem.Votes.States[problem.SlotRow[s]];
            var votesUsed = problem.SlotObsStart[s + 1] - problem.SlotObsStart[s];
            incomplete += n < count ? 1 : 0;
            if (n < minimum)
            {
                fellBack++;
                points.Add(new IdealPoint(state, problem.SlotPeriod[s], x[s], informationSe[s], votesUsed));
                continue;
            }

            var sample = values.AsSpan(0, n);
            sample.Sort();
            points.Add(new IdealPoint(
                state, problem.SlotPeriod[s], x[s], informationSe[s], votesUsed, StandardDeviation(sample), Quantile(sample, 0.025), Quantile(sample, 0.975)));
        }

        return new IdealPointBootstrap(count, options.BootstrapSeed, replicates.NotConverged, incomplete, fellBack, replicates.Iterations);
    }

    /// <summary>Sample standard deviation √(Σ (v − v̄)² / (n − 1)); n ≥ 2 (Math.NET Numerics' <c>ArrayStatistics.StandardDeviation</c>).</summary>
    public static double StandardDeviation(ReadOnlySpan<double> values) => ArrayStatistics.StandardDeviation(values.ToArray());

    /// <summary>
    /// The type-7 quantile (Hyndman and Fan 1996; R's default) of sorted values: h = (n − 1)p, linear between
    /// neighbours (Math.NET Numerics' <c>SortedArrayStatistics.QuantileCustom</c> with <c>QuantileDefinition.R7</c>).
    /// </summary>
    public static double Quantile(ReadOnlySpan<double> sorted, double p) =>
        SortedArrayStatistics.QuantileCustom(sorted.ToArray(), p, QuantileDefinition.R7);

    private static Vote ToVote(int category) => category switch
    {
        0 => Vote.No,
        1 => Vote.Abstain,
        _ => Vote.Yes,
    };
}

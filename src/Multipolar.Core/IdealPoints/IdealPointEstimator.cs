using System.Collections.Immutable;
using System.Text;
using Multipolar.Countries;
using Multipolar.Votes;

namespace Multipolar.IdealPoints;

/// <summary>
/// Ideal points of states from roll-call votes: a one-dimensional ordered-probit item-response model estimated by
/// expectation–maximisation, static (one period) or dynamic (a random walk across periods), after Bailey, Strezhnev
/// and Voeten (2017) and the EM algorithms of Imai, Lo and Olmsted (2016).
/// </summary>
/// <remarks>
/// <para><b>Model.</b> State i in period t has ideal point x_it. On roll call j it votes no when its latent utility
/// z = a_j + b_j x_it + ε, ε ~ N(0, σ_j²), is under 0, abstains when it is in [0, 1), votes yes when it is 1 or more
/// (no &lt; abstain &lt; yes). A roll call on which only two of the three were cast is a binary probit (σ_j = 1, cut 0
/// between its lower and its upper outcome). Absent, non-member and no-record cells are missing, never "no".</para>
/// <para><b>Priors.</b> a_j, b_j ~ N(0, <see cref="IdealPointOptions.ItemPriorVariance"/>); log σ_j ~ N(0, 1);
/// static: x_i ~ N(0, <see cref="IdealPointOptions.PriorVariance"/>); dynamic: x_i,first ~ N(0, PriorVariance) and
/// x_it = x_i,t−1 + N(0, <see cref="IdealPointOptions.RandomWalkVariance"/> × gap).</para>
/// <para><b>Estimation.</b> The posterior mode (penalised maximum likelihood), the fixed point of Imai, Lo and
/// Olmsted's EM, by block-coordinate ascent: a Fisher-scoring step per roll call (a_j, b_j and, ordinal, log σ_j; the
/// EM mean E[z | y] is μ + σ²·score), then per state a Gauss–Newton step that is a Kalman/RTS smoother over its
/// periods (one period: the static update), then a parameter-expansion step (PX-EM) along the likelihood's invariant
/// scale and location. Deterministic: a fixed-seed SVD start, no sampling; results do not depend on parallelism.
/// Comparable R: <c>emIRT::ordIRT</c> (static) and <c>emIRT::dynIRT</c> (dynamic, binary). See docs/ideal-points.md.</para>
/// <para><b>Uncertainty.</b> By default <see cref="IdealPoint.StandardError"/> from the expected Fisher information with the
/// roll-call parameters fixed (static: 1/√(I + 1/V0); dynamic: the smoother variance), a Laplace approximation and a
/// lower bound. With <see cref="IdealPointOptions.BootstrapReplicates"/> B &gt; 0, the parametric bootstrap of Lewis and
/// Poole (2004): B vote matrices simulated from the fitted model on the observed cells, each refitted; the standard
/// deviation and 2.5%/97.5% percentiles of the refitted estimates (see <see cref="IdealPointUncertainty"/>).</para>
/// <para><b>Identification.</b> Sign: the anchor (<c>USA</c> by default) is positive. Scale and location: the priors
/// (static: the N(0, 1) prior; dynamic: each state's first-period N(0, 1) prior, the random walk and the item priors),
/// reached by the parameter-expansion step in every iteration; estimates are reported on that scale, not re-normalised.</para>
/// <para><b>Convergence.</b> Stops when no ideal point moved by more than <see cref="IdealPointOptions.Tolerance"/> in an
/// iteration (default 1e-4), else at <see cref="IdealPointOptions.MaxIterations"/> with
/// <see cref="IdealPointConvergence.Converged"/> false.</para>
/// <para><b>Filters.</b> Roll calls with a minority share under <see cref="IdealPointOptions.MinMinorityShare"/> (or a
/// single outcome) are dropped, then states with fewer than <see cref="IdealPointOptions.MinVotes"/> votes in a
/// period, repeated until neither changes; both are reported in the fit.</para>
/// <para>Thread safety: stateless; fits may run concurrently. Undefined cases: with no state left, the fit is empty and <see cref="IdealPointConvergence.Converged"/> is
/// false with <see cref="IdealPointConvergence.FinalChange"/> NaN.</para>
/// <para>References: M. A. Bailey, A. Strezhnev and E. Voeten (2017), "Estimating Dynamic State Preferences from
/// United Nations Voting Data", Journal of Conflict Resolution 61(2):430–456. K. Imai, J. Lo and J. Olmsted (2016),
/// "Fast Estimation of Ideal Points with Massive Data", American Political Science Review 110(4):631–656. J. B. Lewis
/// and K. T. Poole (2004), "Measuring Bias and Uncertainty in Ideal Point Estimates via the Parametric Bootstrap",
/// Political Analysis 12(2):105–127.</para>
/// </remarks>
public static class IdealPointEstimator
{
    /// <summary>Static fit on every roll call of <paramref name="votes"/>; the fit's period is that of its first roll call.</summary>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static IdealPointFit EstimateStatic(
        VoteMatrix votes, IdealPointOptions options = default, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(votes);
        var period = votes.RollCalls.IsEmpty ? 0 : PeriodOf(votes.RollCalls[0], options.Period);
        var columns = new int[votes.RollCalls.Length];
        for (var r = 0; r < columns.Length; r++)
        {
            columns[r] = options.Selects(votes.RollCalls[r]) ? period : int.MinValue;
        }

        return Fit(votes, columns, options, dynamic: false, progress, cancellationToken);
    }

    /// <summary>Static fit on the roll calls of one period (a year, or a session with <see cref="IdealPointPeriod.Session"/>).</summary>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static IdealPointFit EstimateStatic(
        VoteMatrix votes, int period, IdealPointOptions options = default, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(votes);
        return Fit(votes, Columns(votes, options, period, period), options, dynamic: false, progress, cancellationToken);
    }

    /// <summary>Dynamic fit on every roll call of <paramref name="votes"/>, one period per year (or session).</summary>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static IdealPointFit EstimateDynamic(
        VoteMatrix votes, IdealPointOptions options = default, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(votes);
        return Fit(votes, Columns(votes, options, int.MinValue, int.MaxValue), options, dynamic: true, progress, cancellationToken);
    }

    /// <summary>Dynamic fit on the roll calls of periods <paramref name="firstPeriod"/> to <paramref name="lastPeriod"/> (inclusive).</summary>
    /// <exception cref="ArgumentException">An option is out of range, or <paramref name="lastPeriod"/> is before <paramref name="firstPeriod"/>.</exception>
    public static IdealPointFit EstimateDynamic(
        VoteMatrix votes, int firstPeriod, int lastPeriod, IdealPointOptions options = default, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(votes);
        if (lastPeriod < firstPeriod)
        {
            throw new ArgumentException($"lastPeriod {lastPeriod} is before firstPeriod {firstPeriod}.", nameof(lastPeriod));
        }

        return Fit(votes, Columns(votes, options, firstPeriod, lastPeriod), options, dynamic: true, progress, cancellationToken);
    }

    /// <summary>The period of a roll call: its year, or its session (falling back to year − 1945).</summary>
    public static int PeriodOf(RollCall rollCall, IdealPointPeriod period)
    {
        ArgumentNullException.ThrowIfNull(rollCall);
        return period == IdealPointPeriod.Session ? rollCall.Session ?? GeneralAssemblySession.OpeningIn(rollCall.Year) : rollCall.Year;
    }

    /// <summary>
    /// The bridging key of a roll-call title: lower case, letters and digits kept, every other run of characters
    /// replaced by one space, trimmed ("Question of Palestine." and "QUESTION OF  PALESTINE" match). Empty for null.
    /// </summary>
    /// <remarks>
    /// Bridging heuristic: a final-passage roll call (not an amendment or paragraph vote) whose key occurs once in its
    /// period shares its parameters with the roll calls of the same key in other periods, on the assumption that a
    /// recurring resolution with an unchanged title asks the same question each year. It uses
    /// <see cref="RollCall.Title"/>, or <see cref="RollCall.Description"/> when there is no title.
    /// </remarks>
    public static string NormalizeTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return "";
        }

        var sb = new StringBuilder(title.Length);
        var space = false;
        foreach (var ch in title)
        {
            if (char.IsLetterOrDigit(ch))
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(char.ToLowerInvariant(ch));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return sb.ToString();
    }

    private static int[] Columns(VoteMatrix votes, IdealPointOptions options, int first, int last)
    {
        var columns = new int[votes.RollCalls.Length];
        for (var r = 0; r < columns.Length; r++)
        {
            var period = PeriodOf(votes.RollCalls[r], options.Period);
            columns[r] = period >= first && period <= last && options.Selects(votes.RollCalls[r]) ? period : int.MinValue;
        }

        return columns;
    }

    private static IdealPointFit Fit(
        VoteMatrix votes, int[] columnPeriod, IdealPointOptions options, bool dynamic, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        options.Validate();
        var problem = Prepare(votes, columnPeriod, options, dynamic);
        if (problem.SlotCount == 0)
        {
            progress?.Report(1.0);
            return new IdealPointFit(
                [], new IdealPointConvergence(0, double.NaN, false, options.Tolerance), options, dynamic, null, [],
                problem.DroppedRollCalls, problem.DroppedStates, problem.RollCallsUsed, 0, problem.GroupCount, null, problem.Bridging);
        }

        // With the bootstrap, the fit reports progress over the first 1/(B + 1) and the replicates over the rest.
        var replicates = options.BootstrapReplicates;
        var fitShare = 1.0 / (replicates + 1);
        var fitProgress = replicates == 0 || progress is null ? progress : new ScaledProgress(progress, fitShare);
        var (engine, x, convergence, anchorChain, unit) = Solve(problem, options, dynamic, fitProgress, cancellationToken);
        var se = engine.StandardErrors();
        for (var s = 0; s < se.Length; s++)
        {
            se[s] /= unit;
        }

        var anchorRow = problem.SlotRow[problem.ChainStart[anchorChain]];
        var points = ImmutableArray.CreateBuilder<IdealPoint>(problem.SlotCount);
        IdealPointBootstrap? bootstrap = null;
        if (replicates == 0)
        {
            for (var s = 0; s < problem.SlotCount; s++)
            {
                var votesUsed = problem.SlotObsStart[s + 1] - problem.SlotObsStart[s];
                points.Add(new IdealPoint(votes.States[problem.SlotRow[s]], problem.SlotPeriod[s], x[s], se[s], votesUsed));
            }
        }
        else
        {
            var run = ParametricBootstrap.Run(problem, engine, columnPeriod, options, dynamic, progress, fitShare, cancellationToken);
            bootstrap = ParametricBootstrap.Summarise(problem, run, x, se, options, points);
        }

        return new IdealPointFit(
            points.MoveToImmutable(), convergence, options, dynamic, votes.States[anchorRow], [.. problem.Periods],
            problem.DroppedRollCalls, problem.DroppedStates, problem.RollCallsUsed, problem.ObservationCount, problem.GroupCount, bootstrap, problem.Bridging);
    }

    /// <summary>Filters the votes and forms the item groups (bridged for the dynamic model when <see cref="IdealPointOptions.BridgeByTitle"/>).</summary>
    internal static IrtProblem Prepare(VoteMatrix votes, int[] columnPeriod, IdealPointOptions options, bool dynamic)
    {
        if (!dynamic || !options.BridgeByTitle || options.BridgeSource == IdealPointBridgeSource.None)
        {
            return IrtPreparation.Build(votes, columnPeriod, options, null);
        }

        var (pairs, name) = options.BridgeSource switch
        {
            IdealPointBridgeSource.List => (options.BridgeList!.Pairs, options.BridgeList.Name),
            IdealPointBridgeSource.Titles => (RollCallBridgeMatcher.MatchTitles(votes, options.Period), RollCallBridgeMatcher.TitlesDescription),
            _ => (RollCallBridgeMatcher.Match(votes, options.Period), RollCallBridgeMatcher.Description),
        };
        var problem = IrtPreparation.Build(votes, columnPeriod, options, pairs, options.BridgeSource, name);
        problem.BridgePairs = pairs;
        return problem;
    }

    /// <summary>
    /// Runs the engine on a non-empty problem and applies the sign rule: the engine at its estimates, the oriented
    /// positions, how the iterations ended and the anchor chain.
    /// </summary>
    /// <remarks>
    /// A dynamic fit on the <see cref="IdealPointScale.Pooled"/> scale is shifted and scaled to mean 0 and SD 1 over its
    /// state-periods; <c>Unit</c> is the engine's units per reported unit (divide the engine's standard errors by it).
    /// </remarks>
    internal static (IrtEngine Engine, double[] Positions, IdealPointConvergence Convergence, int AnchorChain, double Unit) Solve(
        IrtProblem problem, IdealPointOptions options, bool dynamic, IProgress<double>? progress, CancellationToken cancellationToken,
        (double[] X, double[] A, double[] B, double[] Rho)? warmStart = null)
    {
        var anchorChain = AnchorChain(problem, options.AnchorIso3);
        var engine = new IrtEngine(problem, options) { WarmStart = warmStart };
        var convergence = engine.Run(anchorChain, progress, cancellationToken);
        var x = engine.Positions.ToArray();
        var unit = 1.0;
        if (dynamic)
        {
            OrientToAnchor(problem, anchorChain, x);
            if (options.Scale == IdealPointScale.Pooled)
            {
                unit = Standardize(x);
            }
        }

        return (engine, x, convergence, anchorChain, unit);
    }

    /// <summary>Shifts and scales <paramref name="x"/> to mean 0 and population SD 1; returns the SD (1 when it is 0).</summary>
    private static double Standardize(double[] x)
    {
        var mean = x.Average();
        var sd = Math.Sqrt(x.Sum(v => (v - mean) * (v - mean)) / x.Length);
        if (!(sd > 0) || !double.IsFinite(sd))
        {
            return 1.0;
        }

        for (var s = 0; s < x.Length; s++)
        {
            x[s] = (x[s] - mean) / sd;
        }

        return sd;
    }

    /// <summary>The chain of the anchor state, else the chain with the most votes (first on ties).</summary>
    private static int AnchorChain(IrtProblem problem, string iso3)
    {
        int best = 0, bestVotes = -1;
        for (var c = 0; c < problem.ChainCount; c++)
        {
            var s0 = problem.ChainStart[c];
            Country state = problem.Votes.States[problem.SlotRow[s0]];
            if (string.Equals(state.Iso3, iso3, StringComparison.OrdinalIgnoreCase))
            {
                return c;
            }

            var n = problem.SlotObsStart[problem.ChainStart[c + 1]] - problem.SlotObsStart[s0];
            if (n > bestVotes)
            {
                best = c;
                bestVotes = n;
            }
        }

        return best;
    }

    /// <summary>Negates every estimate when the anchor's mean over its periods is negative.</summary>
    private static void OrientToAnchor(IrtProblem problem, int anchorChain, double[] x)
    {
        var sum = 0.0;
        for (var s = problem.ChainStart[anchorChain]; s < problem.ChainStart[anchorChain + 1]; s++)
        {
            sum += x[s];
        }

        if (sum < 0)
        {
            for (var s = 0; s < x.Length; s++)
            {
                x[s] = -x[s];
            }
        }
    }

    /// <summary>Maps a fit's progress (0–1) onto [0, share] of the caller's progress.</summary>
    private sealed class ScaledProgress(IProgress<double> inner, double share) : IProgress<double>
    {
        public void Report(double value) => inner.Report(value * share);
    }
}

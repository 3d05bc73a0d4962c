namespace Multipolar.IdealPoints;

/// <summary>Options of the ideal-point estimators (<see cref="IdealPointEstimator"/>); change them with <c>with</c>.</summary>
/// <remarks>
/// <para><c>default</c> and <c>new IdealPointOptions()</c> are the same and mean the documented defaults: every
/// property reads its default until set. Values are checked when an estimator runs, which throws
/// <see cref="ArgumentException"/> naming the property and its valid range.</para>
/// <para>Immutable; safe to share between threads.</para>
/// </remarks>
public readonly record struct IdealPointOptions
{
    private readonly double? minMinorityShare;
    private readonly int? minVotes;
    private readonly int? maxIterations;
    private readonly double? tolerance;
    private readonly double? priorVariance;
    private readonly double? itemPriorVariance;
    private readonly double? randomWalkVariance;
    private readonly string? anchorIso3;
    private readonly bool? bridgeByTitle;
    private readonly bool? parallel;
    private readonly int? bootstrapReplicates;
    private readonly int? bootstrapSeed;
    private readonly IdealPointBridgeSource? bridgeSource;
    private readonly double? maxDiscrimination;
    private readonly bool? periodExpansion;
    private readonly double? bootstrapTolerance;

    /// <summary>
    /// Roll calls whose minority share (cast votes outside the most common of yes, abstain and no, over all cast
    /// votes) is under this are dropped as lopsided. Default 0.025 (2.5%), as in Bailey, Strezhnev and Voeten
    /// (2017) and Poole's NOMINATE convention. Range [0, 0.5).
    /// </summary>
    public double MinMinorityShare { get => minMinorityShare ?? 0.025; init => minMinorityShare = value; }

    /// <summary>States (per period) with fewer cast votes on the kept roll calls are dropped. Default 10; at least 1.</summary>
    public int MinVotes { get => minVotes ?? 10; init => minVotes = value; }

    /// <summary>The most EM iterations to run. Default 2,000; at least 1.</summary>
    public int MaxIterations { get => maxIterations ?? 2000; init => maxIterations = value; }

    /// <summary>
    /// The fit stops, converged, when no ideal point moved by more than this in an iteration (the largest absolute
    /// change of any state-period; after a SQUAREM extrapolation, the change of the plain iteration that follows it).
    /// Default 1e-4: ideal points are on a unit scale with standard errors of about 0.03–0.3, and on the real
    /// 1946–2019 record the dynamic fit stopped at 1e-4 is within 0.011 (under 0.3 standard errors, nearly all of it a
    /// common shift of the later years) of the fit stopped at 1e-6. Range (0, 1).
    /// </summary>
    /// <remarks>
    /// The correlation criterion of Imai, Lo and Olmsted (1 − corr of successive ideal-point vectors under 1e-6) is
    /// not used: on the real 1946–2019 record it is met while single chains (the USSR in the 1970s) are still 0.3 from
    /// the fixed point.
    /// </remarks>
    public double Tolerance { get => tolerance ?? 1e-4; init => tolerance = value; }

    /// <summary>
    /// Variance of the normal prior of the ideal points (static), or of each state's first period (dynamic),
    /// centred on 0. Default 1 (standard normal). Positive.
    /// </summary>
    public double PriorVariance { get => priorVariance ?? 1.0; init => priorVariance = value; }

    /// <summary>Variance of the independent normal priors of each roll call's intercept and discrimination. Default 25 (Imai, Lo and Olmsted 2016). Positive.</summary>
    public double ItemPriorVariance { get => itemPriorVariance ?? 25.0; init => itemPriorVariance = value; }

    /// <summary>
    /// Dynamic model: variance ω² of the random-walk step of an ideal point from one period to the next (a gap of
    /// k periods adds k·ω²). Default 0.005 (Imai, Lo and Olmsted's (2016) dynamic example uses 0.1): measured against
    /// Bailey, Strezhnev and Voeten's published scale, 1946–2019, pooled correlation 0.954 at 0.005, 0.951 at 0.007, 0.947
    /// at 0.01, 0.922 at 0.03 and 0.865 at 0.1 (docs/ideal-points.md). Positive.
    /// </summary>
    public double RandomWalkVariance { get => randomWalkVariance ?? 0.005; init => randomWalkVariance = value; }

    /// <summary>
    /// ISO3 code of the state whose ideal point is made positive (the mean of its periods, dynamic). Default
    /// <c>USA</c>. When it is not in the fit, the kept state with the most votes (first in row order on ties) is used;
    /// <see cref="IdealPointFit.SignAnchor"/> says which.
    /// </summary>
    public string AnchorIso3 { get => anchorIso3 ?? "USA"; init => anchorIso3 = value; }

    /// <summary>
    /// Dynamic model: bridge roll calls at all (false is the same as <see cref="BridgeSource"/> =
    /// <see cref="IdealPointBridgeSource.None"/>; kept for callers of the first version, which bridged by title only).
    /// Default true.
    /// </summary>
    public bool BridgeByTitle { get => bridgeByTitle ?? true; init => bridgeByTitle = value; }

    /// <summary>
    /// Dynamic model: where the bridges come from — roll calls that repeat a resolution share their item parameters
    /// (difficulty, discrimination and σ), after Bailey, Strezhnev and Voeten (2017). Default
    /// <see cref="IdealPointBridgeSource.Matcher"/> (<see cref="RollCallBridgeMatcher"/>);
    /// <see cref="IdealPointBridgeSource.List"/> uses <see cref="BridgeList"/>. Recorded in <see cref="IdealPointFit.Bridging"/>.
    /// </summary>
    public IdealPointBridgeSource BridgeSource { get => bridgeSource ?? IdealPointBridgeSource.Titles; init => bridgeSource = value; }

    /// <summary>The bridges when <see cref="BridgeSource"/> is <see cref="IdealPointBridgeSource.List"/> (required then); ignored otherwise.</summary>
    public RollCallBridgeList? BridgeList { get; init; }

    /// <summary>
    /// Dynamic model: the scale estimates are reported on. Default <see cref="IdealPointScale.Pooled"/>: mean 0 and
    /// standard deviation 1 over every state-period of the fit, as Bailey, Strezhnev and Voeten's published estimates
    /// (pooled mean 0, SD 0.99 over sessions 1–74). Static fits are always on their prior's scale.
    /// </summary>
    public IdealPointScale Scale { get; init; }

    /// <summary>Use <see cref="System.Threading.Tasks.Parallel"/> in the E- and M-steps. Default true. Results are identical either way.</summary>
    public bool Parallel { get => parallel ?? true; init => parallel = value; }

    /// <summary>Dynamic model: how roll calls are grouped into periods. Default <see cref="IdealPointPeriod.Year"/>.</summary>
    public IdealPointPeriod Period { get; init; }

    /// <summary>
    /// The number B of parametric-bootstrap replicates (Lewis and Poole 2004): vote matrices simulated from the fitted
    /// ordered probit on the fit's observed cells, each refitted with these options; each
    /// <see cref="IdealPoint"/> then reports the replicates' standard deviation and 2.5%/97.5% percentiles
    /// (<see cref="IdealPointUncertainty.ParametricBootstrap"/>). Default 0: off, the observed-information standard
    /// errors. 0 or at least 2 (a percentile interval wants a few hundred; the command line asks for at least 20).
    /// Costs B further fits (replicates run in parallel when <see cref="Parallel"/> is true).
    /// </summary>
    public int BootstrapReplicates { get => bootstrapReplicates ?? 0; init => bootstrapReplicates = value; }

    /// <summary>
    /// Seed of the parametric bootstrap: replicate r draws from its own generator seeded by (seed, r), so results are
    /// reproducible and do not depend on thread scheduling or <see cref="Parallel"/>. Default 2004. Any value.
    /// </summary>
    public int BootstrapSeed { get => bootstrapSeed ?? 2004; init => bootstrapSeed = value; }

    /// <summary>
    /// The stopping tolerance of the bootstrap's refits (as <see cref="Tolerance"/> for the fit; each refit starts at
    /// the fit it resamples). Default 1e-3, or the fit's <see cref="Tolerance"/> when that is larger. Range (0, 1).
    /// </summary>
    /// <remarks>
    /// Measured on the real 1946–2019 dynamic fit (B = 20, the same seed, so the same simulated matrices): refits
    /// stopped at 1e-3 take 17.0 iterations instead of 35.8 at 1e-4, and the bootstrap standard errors they give are
    /// 0.995 of those at 1e-4 (median over 10,319 state-years; 98% within 0.943–1.033, largest difference 0.009), far
    /// inside the Monte-Carlo error of a bootstrap SD itself (about 1/√(2(B − 1)), 7% at B = 100). A refit stopped
    /// early lies between the fit and its own mode, so the small difference is a shrinkage.
    /// </remarks>
    public double BootstrapTolerance { get => bootstrapTolerance ?? Math.Max(1e-3, Tolerance); init => bootstrapTolerance = value; }

    /// <summary>
    /// Which roll calls the fit uses. Default <see cref="IdealPointRollCalls.All"/> (every recorded vote, as Voeten's
    /// <c>idealpointall</c>); <see cref="IdealPointRollCalls.FinalPassage"/> drops amendment and paragraph votes (as his
    /// <c>idealpointfp</c>).
    /// </summary>
    public IdealPointRollCalls RollCalls { get; init; }

    /// <summary>
    /// An issue-specific fit: only roll calls coded with this issue area (for example <see cref="Multipolar.Votes.IssueArea.Nuclear"/>,
    /// as Bailey, Strezhnev and Voeten's issue estimates); null (default) uses every issue.
    /// </summary>
    public Multipolar.Votes.IssueArea? Issue { get; init; }

    /// <summary>
    /// The largest effective discrimination |b_j|/σ_j of a roll call (latent standard deviations per unit of x): on
    /// perfectly separating roll calls it otherwise grows without end under the weak item prior. Default 8. Positive.
    /// </summary>
    public double MaxDiscrimination { get => maxDiscrimination ?? 8.0; init => maxDiscrimination = value; }

    /// <summary>
    /// Dynamic model: take the per-period expansion step (location and scale of every period, see
    /// <c>IrtEngine.ExpandPeriods</c>) in every iteration. Default true. An acceleration only (the fixed point is the same);
    /// false is for benchmarks that compare the iteration counts.
    /// </summary>
    internal bool PeriodExpansion { get => periodExpansion ?? true; init => periodExpansion = value; }

    /// <summary>Whether a roll call is in the fit's selection (<see cref="RollCalls"/>, <see cref="Issue"/>).</summary>
    internal bool Selects(Multipolar.Votes.RollCall rollCall) =>
        (RollCalls == IdealPointRollCalls.All || rollCall.IsFinalPassage) && (Issue is not { } issue || rollCall.Issues.Contains(issue));

    internal void Validate()
    {
        Check(MinMinorityShare is >= 0 and < 0.5, nameof(MinMinorityShare), MinMinorityShare, "[0, 0.5)");
        Check(MinVotes >= 1, nameof(MinVotes), MinVotes, "at least 1");
        Check(MaxIterations >= 1, nameof(MaxIterations), MaxIterations, "at least 1");
        Check(Tolerance is > 0 and < 1, nameof(Tolerance), Tolerance, "(0, 1)");
        Check(PriorVariance > 0 && double.IsFinite(PriorVariance), nameof(PriorVariance), PriorVariance, "positive and finite");
        Check(ItemPriorVariance > 0 && double.IsFinite(ItemPriorVariance), nameof(ItemPriorVariance), ItemPriorVariance, "positive and finite");
        Check(RandomWalkVariance > 0 && double.IsFinite(RandomWalkVariance), nameof(RandomWalkVariance), RandomWalkVariance, "positive and finite");
        Check(Enum.IsDefined(Period), nameof(Period), Period, "Year or Session");
        Check(Enum.IsDefined(BridgeSource), nameof(BridgeSource), BridgeSource, "Matcher, List, None or Titles");
        Check(BridgeSource != IdealPointBridgeSource.List || BridgeList is not null, nameof(BridgeList), "null", "set when BridgeSource is List");
        Check(MaxDiscrimination > 0 && double.IsFinite(MaxDiscrimination), nameof(MaxDiscrimination), MaxDiscrimination, "positive and finite");
        Check(Enum.IsDefined(RollCalls), nameof(RollCalls), RollCalls, "All or FinalPassage");
        Check(Enum.IsDefined(Scale), nameof(Scale), Scale, "Pooled or Prior");
        Check(BootstrapTolerance is > 0 and < 1, nameof(BootstrapTolerance), BootstrapTolerance, "(0, 1)");
        Check(BootstrapReplicates == 0 || BootstrapReplicates >= 2, nameof(BootstrapReplicates), BootstrapReplicates, "0 (off) or at least 2");
    }

    private static void Check(bool ok, string name, object value, string range)
    {
        if (!ok)
        {
            IdealPointThrow.OptionOutOfRange(name, value, range);
        }
    }
}

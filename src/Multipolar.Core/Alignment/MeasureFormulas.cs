using System.Runtime.CompilerServices;

namespace Multipolar.Alignment;

/// <summary>
/// Every alignment measure as a function of a dyad's 3 × 3 <see cref="ContingencyTable"/> of joint votes.
/// The fast engine (<see cref="AlignmentEngine"/>) computes tables and calls these; the slow
/// <see cref="ReferenceAlignment"/> computes the same measures from the votes directly.
/// </summary>
/// <remarks>
/// <para>Notation: c_ab the count of joint votes with A voting a and B voting b (a, b ∈ yes, abstain, no);
/// N = Σ c_ab; w_ab the distance of <see cref="AlignmentOptions.Abstention"/> and
/// <see cref="AlignmentOptions.Distance"/> (soft: |x_a − x_b| or (x_a − x_b)² with yes 1, abstain ½, no 0;
/// strict: 0 if a = b, else 1). Under <see cref="AbstentionScoring.VotesOnly"/> the abstain row and column
/// are dropped first, so N counts yes/no pairs only. The maximum distance dmax is 1 in every scoring.</para>
/// <para>Every measure returns NaN with N = 0 when there are no joint votes. Pure; thread-safe.</para>
/// </remarks>
public static class MeasureFormulas
{
    /// <summary>Computes <paramref name="measure"/> from <paramref name="table"/> under <paramref name="options"/>.</summary>
    /// <remarks>
    /// <list type="bullet">
    /// <item><b>Identity</b> = (c_yy + c_aa + c_nn) / N.</item>
    /// <item><b>Agreement</b> = 1 − Σ c_ab·|x_a − x_b| / N with the options' abstention scoring and always absolute
    /// distance: Voeten's <c>agree</c> under soft scoring, identity under strict, coincidence under votes-only.</item>
    /// <item><b>Coincidence</b> = (c_yy + c_nn) / (c_yy + c_nn + c_yn + c_ny), N the denominator; independent of the
    /// abstention scoring and distance (abstentions are always left out). NaN when the two never both voted yes or no.</item>
    /// <item><b>S</b> = 1 − 2·D_o/dmax, D_o = Σ c_ab·w_ab / N, dmax = 1 (Signorino and Ritter 1999, unweighted;
    /// R: <c>fpsim::srs</c>). Under soft absolute scoring S = 2·agree − 1.</item>
    /// <item><b>κ</b> = 1 − D_o/D_e, D_e = Σ_ab r_a·k_b·w_ab with r, k the two states' own shares of yes, abstain, no
    /// over the joint votes (Häge 2011; R: <c>fpsim::cohenk</c>).</item>
    /// <item><b>π</b> = 1 − D_o/D_e, D_e = Σ_ab p_a·p_b·w_ab with p = (r + k)/2 the pooled shares (Häge 2011;
    /// Scott 1955).</item>
    /// </list>
    /// <para>κ and π with zero expected disagreement (D_e = 0: both states cast one and the same category on
    /// every joint vote) are 0/0 in the formula; they are defined here as 1 when D_o = 0 (perfect agreement,
    /// which is then always the case) and NaN otherwise.</para>
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="measure"/> or an option is not a defined value.</exception>
    public static MeasureValue Evaluate(Measure measure, ContingencyTable table, AlignmentOptions options = default)
    {
        options.Validate(nameof(options));
        if (!Enum.IsDefined(measure))
        {
            AlignmentThrow.Argument(nameof(measure), $"{(int)measure} is not a measure; valid values are 0 to 5.");
        }

        return Evaluate(measure, table, new Scoring(options));
    }

    /// <summary>The hot-path overload: <paramref name="scoring"/> precomputed once per computation.</summary>
    internal static MeasureValue Evaluate(Measure measure, ContingencyTable table, Scoring scoring)
    {
        Span<double> values = stackalloc double[MeasureCount];
        var (joint, yesNo) = EvaluateAll(table, scoring, values);
        return new MeasureValue(values[(int)measure], CountsYesNo(measure, scoring) ? yesNo : joint);
    }

    /// <summary>Whether a measure's N is the yes/no count of <see cref="EvaluateAll"/> (coincidence, or abstentions not scored) rather than the joint count.</summary>
    internal static bool CountsYesNo(Measure measure, Scoring scoring) => measure == Measure.Coincidence || scoring.VotesOnly;

    /// <summary>The number of measures (the length of <see cref="EvaluateAll"/>'s output).</summary>
    internal const int MeasureCount = 6;

    /// <summary>
    /// Every measure at once from one table, indexed by <see cref="Measure"/>; returns the joint-vote and
    /// yes/no-pair counts. The single implementation of the formulas of <see cref="Evaluate(Measure, ContingencyTable, AlignmentOptions)"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static (int Joint, int YesNo) EvaluateAll(ContingencyTable table, Scoring scoring, Span<double> values)
    {
        var yesNo = table.YesNoPairs;
        values[(int)Measure.Coincidence] = yesNo == 0 ? double.NaN : (double)(table.YesYes + table.NoNo) / yesNo;

        var t = scoring.VotesOnly ? table.WithoutAbstentions() : table;
        var joint = t.Joint;
        if (joint == 0)
        {
            values[(int)Measure.Identity] = values[(int)Measure.Agreement] = values[(int)Measure.S] =
                values[(int)Measure.Kappa] = values[(int)Measure.Pi] = double.NaN;
            return (table.Joint, yesNo);
        }

        var n = (double)joint;
        var w = scoring.Weights;
        values[(int)Measure.Identity] = t.Identical / n;
        values[(int)Measure.Agreement] = 1.0 - (WeightedSum(t, scoring.AgreementWeights) / n);
        var observed = WeightedSum(t, w) / n;
        values[(int)Measure.S] = 1.0 - (2.0 * observed);

        // Marginal counts of A (rows r) and B (columns k), and pooled (p).
        double ry = t.YesYes + t.YesAbstain + t.YesNo, ra = t.AbstainYes + t.AbstainAbstain + t.AbstainNo, rn = t.NoYes + t.NoAbstain + t.NoNo;
        double ky = t.YesYes + t.AbstainYes + t.NoYes, ka = t.YesAbstain + t.AbstainAbstain + t.NoAbstain, kn = t.YesNo + t.AbstainNo + t.NoNo;
        values[(int)Measure.Kappa] = ChanceCorrected(observed, Expected(ry, ra, rn, ky, ka, kn, w) / (n * n));
        double py = (ry + ky) / 2.0, pa = (ra + ka) / 2.0, pn = (rn + kn) / 2.0;
        values[(int)Measure.Pi] = ChanceCorrected(observed, Expected(py, pa, pn, py, pa, pn, w) / (n * n));
        return (table.Joint, yesNo);
    }

    private static double WeightedSum(ContingencyTable t, double[] w) =>
        (t.YesYes * w[0]) + (t.YesAbstain * w[1]) + (t.YesNo * w[2])
        + (t.AbstainYes * w[3]) + (t.AbstainAbstain * w[4]) + (t.AbstainNo * w[5])
        + (t.NoYes * w[6]) + (t.NoAbstain * w[7]) + (t.NoNo * w[8]);

    private static double Expected(double ry, double ra, double rn, double ky, double ka, double kn, double[] w) =>
        (ry * ((ky * w[0]) + (ka * w[1]) + (kn * w[2])))
        + (ra * ((ky * w[3]) + (ka * w[4]) + (kn * w[5])))
        + (rn * ((ky * w[6]) + (ka * w[7]) + (kn * w[8])));

    /// <summary>1 − D_o/D_e; with D_e = 0, 1 when D_o = 0 and NaN otherwise.</summary>
    private static double ChanceCorrected(double observed, double expected) =>
        expected == 0.0 ? (observed == 0.0 ? 1.0 : double.NaN) : 1.0 - (observed / expected);
}

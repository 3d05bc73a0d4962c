namespace Multipolar.Alignment;

/// <summary>
/// The distance tables implied by an <see cref="AlignmentOptions"/>, computed once per computation:
/// nine distances (row-major, yes/abstain/no) for S, κ and π, and nine for agreement.
/// </summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
internal sealed class Scoring
{
    private static readonly double[] Coded = [1.0, 0.5, 0.0];

    public Scoring(AlignmentOptions options)
    {
        Options = options;
        VotesOnly = options.Abstention == AbstentionScoring.VotesOnly;
        Weights = new double[9];
        AgreementWeights = new double[9];
        for (var a = 0; a < 3; a++)
        {
            for (var b = 0; b < 3; b++)
            {
                Weights[(3 * a) + b] = Distance(a, b, options.Abstention, options.Distance);
                AgreementWeights[(3 * a) + b] = Distance(a, b, options.Abstention, DistanceMetric.Absolute);
            }
        }
    }

    public AlignmentOptions Options { get; }

    /// <summary>True when abstentions are dropped (<see cref="AbstentionScoring.VotesOnly"/>).</summary>
    public bool VotesOnly { get; }

    /// <summary>Distances for S, κ and π under the options' abstention scoring and metric.</summary>
    public double[] Weights { get; }

    /// <summary>Distances for agreement: the options' abstention scoring with absolute distance.</summary>
    public double[] AgreementWeights { get; }

    /// <summary>
    /// The distance between categories <paramref name="a"/> and <paramref name="b"/> (0 yes, 1 abstain, 2 no):
    /// soft scoring codes yes 1, abstain ½, no 0 and takes |x − y| or (x − y)²; strict and votes-only
    /// scoring take 0 for the same category and 1 otherwise.
    /// </summary>
    public static double Distance(int a, int b, AbstentionScoring scoring, DistanceMetric metric)
    {
        if (scoring != AbstentionScoring.Soft)
        {
            return a == b ? 0.0 : 1.0;
        }

        var d = Math.Abs(Coded[a] - Coded[b]);
        return metric == DistanceMetric.Squared ? d * d : d;
    }
}

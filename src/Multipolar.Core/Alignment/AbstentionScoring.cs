namespace Multipolar.Alignment;

/// <summary>How an abstention is scored against the other state's vote (<see cref="AlignmentOptions.Abstention"/>).</summary>
public enum AbstentionScoring
{
    /// <summary>
    /// The default: votes coded yes = 1, abstain = ½, no = 0, so an abstention is half-way between yes and no
    /// (distance ½ to either; ¼ with <see cref="DistanceMetric.Squared"/>). Voeten's <c>agree</c> coding.
    /// </summary>
    Soft = 0,

    /// <summary>
    /// An abstention disagrees fully with yes and with no (distance 1) and agrees with another abstention:
    /// the three categories are treated as nominal.
    /// </summary>
    Strict = 1,

    /// <summary>
    /// Abstentions are dropped: only roll calls where both states voted yes or no count, as the US State
    /// Department does. N is then the number of yes/no pairs.
    /// </summary>
    VotesOnly = 2,
}

namespace Multipolar.Alignment;

/// <summary>
/// The dyadic alignment measures of Multipolar. Each is computed over the <em>joint votes</em> of two
/// states (roll calls in which both voted yes, abstain or no) and is undefined (NaN) when there are none.
/// </summary>
/// <remarks>Names, CLI keys, descriptions and citations are in <see cref="MeasureRegistry"/>.</remarks>
public enum Measure
{
    /// <summary>Share of identical votes (yes–yes, abstain–abstain, no–no) among joint votes. Key <c>identity</c>.</summary>
    Identity = 0,

    /// <summary>Voeten's <c>agree</c>: 1 same vote, ½ one abstains, 0 yes against no; mean over joint votes. Key <c>agree</c>.</summary>
    Agreement = 1,

    /// <summary>US State Department voting coincidence: identical ÷ (identical + opposite) over yes/no pairs. Key <c>coincidence</c>.</summary>
    Coincidence = 2,

    /// <summary>Signorino and Ritter's S, unweighted: 1 − 2·d/dmax. Key <c>s</c>.</summary>
    S = 3,

    /// <summary>Cohen's κ after Häge (2011): 1 − D_o/D_e with each state's own marginals. Key <c>kappa</c>.</summary>
    Kappa = 4,

    /// <summary>Scott's π after Häge (2011): 1 − D_o/D_e with the pooled marginals. Key <c>pi</c>.</summary>
    Pi = 5,
}

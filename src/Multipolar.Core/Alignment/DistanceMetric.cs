namespace Multipolar.Alignment;

/// <summary>The distance between two coded votes used by S, κ and π (<see cref="AlignmentOptions.Distance"/>).</summary>
public enum DistanceMetric
{
    /// <summary>|x − y|, as Signorino and Ritter (1999) and Häge (2011) use for ordinal positions. The default.</summary>
    Absolute = 0,

    /// <summary>(x − y)², the weighting of Cohen's (1968) weighted κ and the default of R's <c>fpsim::cohenk</c>.</summary>
    Squared = 1,
}

using System.Collections.Immutable;
using Multipolar.Countries;

namespace Multipolar.Alignment;

/// <summary>The states most and least aligned with one state in one period (<see cref="AlignmentEngine.Nearest"/>).</summary>
/// <param name="State">The reference state.</param>
/// <param name="Period">The year or session.</param>
/// <param name="Measure">The measure ranked by.</param>
/// <param name="Slice">The slice of roll calls.</param>
/// <param name="Options">The measurement choices.</param>
/// <param name="Most">The most aligned states, highest value first.</param>
/// <param name="Least">The least aligned states, lowest value first.</param>
/// <remarks>States with an undefined value or fewer joint votes than the minimum asked for are in neither list.</remarks>
public sealed record NearestStates(
    Country State,
    int Period,
    Measure Measure,
    Slice Slice,
    AlignmentOptions Options,
    ImmutableArray<AlignedState> Most,
    ImmutableArray<AlignedState> Least);

using System.Collections.Immutable;
using Multipolar.Alignment;
using Multipolar.Countries;
using Multipolar.Votes;

namespace Multipolar.Shifts;

/// <summary>One roll call's share of a change in alignment (<see cref="Shift"/>).</summary>
/// <param name="RollCall">The roll call.</param>
/// <param name="Side">"from" (a roll call of the first period) or "to" (of the last).</param>
/// <param name="VoteA">The first state's vote (for a bloc or sphere: <see cref="Vote.None"/>).</param>
/// <param name="VoteB">The second state's vote (for a bloc or sphere: <see cref="Vote.None"/>).</param>
/// <param name="Score">The pair's agreement on it (for a bloc or sphere: the mean over the pairs).</param>
/// <param name="Contribution">Its effect on the change; the contributions add up to <see cref="Shift.Change"/>.</param>
public sealed record RollCallContribution(RollCall RollCall, string Side, Vote VoteA, Vote VoteB, double Score, double Contribution);

/// <summary>
/// A change in agreement between two periods with the roll calls behind it: <see cref="Change"/> =
/// <see cref="After"/> − <see cref="Before"/> = Σ <see cref="RollCallContribution.Contribution"/>.
/// </summary>
/// <param name="Subject">What changed: "RUS–CHN", "cohesion of C5", "lean of C5 toward CHN rather than RUS".</param>
/// <param name="From">The first period.</param>
/// <param name="To">The last period.</param>
/// <param name="Before">The value in <paramref name="From"/> (agreement; for a bloc or sphere, the mean over its pairs).</param>
/// <param name="After">The value in <paramref name="To"/>.</param>
/// <param name="Contributions">Every roll call's contribution, largest magnitude first.</param>
/// <param name="Options">The scoring of the votes.</param>
public sealed record Shift(string Subject, int From, int To, double Before, double After, ImmutableArray<RollCallContribution> Contributions, AlignmentOptions Options)
{
    /// <summary>After − before.</summary>
    public double Change => After - Before;
}

/// <summary>A pair of states with the weight its agreement has in a combined value (a bloc's mean, a lean).</summary>
/// <param name="A">One state.</param>
/// <param name="B">The other.</param>
/// <param name="Weight">The pair's weight: 1/pairs for a mean; +1 and −1 for a difference of two agreements.</param>
public readonly record struct WeightedDyad(Country A, Country B, double Weight);

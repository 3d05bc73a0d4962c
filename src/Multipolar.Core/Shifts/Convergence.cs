using System.Collections.Immutable;
using Multipolar.Alignment;
using Multipolar.Countries;
using Multipolar.IdealPoints;
using Multipolar.Votes;

namespace Multipolar.Shifts;

/// <summary>One state's own movement on the ideal-point scale between two periods, toward the other state.</summary>
/// <param name="State">The state.</param>
/// <param name="Start">Its ideal point in the first period.</param>
/// <param name="End">In the last period.</param>
/// <param name="TowardOther">Its movement toward where the other state stood at the start (positive: toward).</param>
/// <param name="StandardError">√(SE_start² + SE_end²), the two estimates treated as independent.</param>
public sealed record StateMovement(Country State, IdealPoint Start, IdealPoint End, double TowardOther, double StandardError)
{
    /// <summary>Lower end of the 95% interval of <see cref="TowardOther"/>.</summary>
    public double Lower => TowardOther - (IdealPoint.Z95 * StandardError);

    /// <summary>Upper end of the 95% interval.</summary>
    public double Upper => TowardOther + (IdealPoint.Z95 * StandardError);
}

/// <summary>The change in two states' ideal-point distance, decomposed into each one's movement.</summary>
/// <param name="From">First period.</param>
/// <param name="To">Last period.</param>
/// <param name="DistanceBefore">|x_A − x_B| in the first period.</param>
/// <param name="DistanceAfter">In the last.</param>
/// <param name="A">The first state's movement.</param>
/// <param name="B">The second state's movement.</param>
/// <remarks>Without a crossing of the two positions, DistanceAfter − DistanceBefore = −(A.TowardOther + B.TowardOther).</remarks>
public sealed record IdealConvergence(int From, int To, double DistanceBefore, double DistanceAfter, StateMovement A, StateMovement B)
{
    /// <summary>DistanceAfter − DistanceBefore (negative: converged).</summary>
    public double Change => DistanceAfter - DistanceBefore;
}

/// <summary>A recurring roll call (same title in both periods) and each state's share of the change in the pair's score on it.</summary>
/// <param name="Before">The roll call of the first period.</param>
/// <param name="After">The one of the last period with the same title.</param>
/// <param name="A0">A's vote before.</param>
/// <param name="B0">B's vote before.</param>
/// <param name="A1">A's vote after.</param>
/// <param name="B1">B's vote after.</param>
/// <param name="Change">s(A1, B1) − s(A0, B0).</param>
/// <param name="ByA">A's Shapley share: ½[(s(A1,B0) − s(A0,B0)) + (s(A1,B1) − s(A0,B1))].</param>
/// <param name="ByB">B's share: Change − ByA.</param>
public sealed record MatchedChange(RollCall Before, RollCall After, Vote A0, Vote B0, Vote A1, Vote B1, double Change, double ByA, double ByB);

/// <summary>Who changed votes: the change in agreement on the roll calls recurring in both periods, split between the two states.</summary>
/// <param name="Shift">The change in agreement with every roll call's contribution (<see cref="Shifts.Dyad"/>).</param>
/// <param name="Matched">The recurring roll calls, largest |change| first.</param>
public sealed record DyadicConvergence(Shift Shift, ImmutableArray<MatchedChange> Matched)
{
    /// <summary>Mean change of the pair's score over the matched roll calls.</summary>
    public double MatchedChange => Matched.IsEmpty ? double.NaN : Matched.Average(m => m.Change);

    /// <summary>The part of <see cref="MatchedChange"/> due to A's changed votes.</summary>
    public double ByA => Matched.IsEmpty ? double.NaN : Matched.Average(m => m.ByA);

    /// <summary>The part due to B's changed votes.</summary>
    public double ByB => Matched.IsEmpty ? double.NaN : Matched.Average(m => m.ByB);
}

/// <summary>
/// Who converged on whom (docs/polarity.md, Convergence): the change in a dyad's ideal-point distance as each
/// state's own movement on the dynamic scale, and the change in its agreement as each state's changed votes on
/// the roll calls that recur (same title) in both periods.
/// </summary>
public static class Convergence
{
    /// <summary>The decomposition of the distance change from the four ideal points (one dynamic fit: one scale).</summary>
    /// <exception cref="ArgumentException">The points are not of two states in two periods.</exception>
    public static IdealConvergence Ideal(IdealPoint a0, IdealPoint a1, IdealPoint b0, IdealPoint b1)
    {
        if (a0.State != a1.State || b0.State != b1.State || a0.Period != b0.Period || a1.Period != b1.Period)
        {
            throw new ArgumentException("Give A's and B's points in the first period and in the last.", nameof(a0));
        }

        var direction = Math.Sign(b0.Estimate - a0.Estimate);
        direction = direction == 0 ? 1 : direction;
        StateMovement Move(IdealPoint start, IdealPoint end, int toward) =>
            new(start.State, start, end, toward * (end.Estimate - start.Estimate), Math.Sqrt((start.StandardError * start.StandardError) + (end.StandardError * end.StandardError)));
        return new IdealConvergence(a0.Period, a1.Period, Math.Abs(a0.Estimate - b0.Estimate), Math.Abs(a1.Estimate - b1.Estimate), Move(a0, a1, direction), Move(b0, b1, -direction));
    }

    /// <summary>
    /// The change in the dyad's agreement from <paramref name="from"/> to <paramref name="to"/>, and on the roll calls
    /// whose title key (<see cref="IdealPointEstimator.NormalizeTitle"/>, as the ideal points' bridging) occurs in both periods (the i-th of a title before paired with the i-th after, by date)
    /// each state's Shapley share of the change in the pair's score.
    /// </summary>
    /// <exception cref="ArgumentException">A state is not in the matrix, or the pair has no joint vote in a period.</exception>
    public static DyadicConvergence Dyadic(VoteMatrix matrix, Country a, Country b, int from, int to, AlignmentOptions options = default, Slice slice = default)
    {
        var shift = Shifts.Dyad(matrix, a, b, from, to, options, slice);
        var scoring = new Scoring(options);
        var rowA = matrix.Row(matrix.IndexOf(a));
        var rowB = matrix.Row(matrix.IndexOf(b));
        ILookup<string, int> ByTitle(int period) => Enumerable.Range(0, matrix.RollCalls.Length)
            .Where(r => options.PeriodOf(matrix.RollCalls[r]) == period && slice.Contains(matrix.RollCalls[r]) && Normalise(matrix.RollCalls[r]) is not null)
            .ToLookup(r => Normalise(matrix.RollCalls[r])!);
        var before = ByTitle(from);
        var after = ByTitle(to);
        var matched = ImmutableArray.CreateBuilder<MatchedChange>();
        foreach (var group in before)
        {
            var later = after[group.Key].ToArray();
            var earlier = group.ToArray();
            for (var i = 0; i < Math.Min(earlier.Length, later.Length); i++)
            {
                int r0 = earlier[i], r1 = later[i];
                if (Shifts.Score(rowA[r0], rowB[r0], scoring) is not double s00 || Shifts.Score(rowA[r1], rowB[r1], scoring) is not double s11
                    || Shifts.Score(rowA[r1], rowB[r0], scoring) is not double s10 || Shifts.Score(rowA[r0], rowB[r1], scoring) is not double s01)
                {
                    continue;
                }

                var byA = 0.5 * ((s10 - s00) + (s11 - s01));
                matched.Add(new MatchedChange(matrix.RollCalls[r0], matrix.RollCalls[r1], rowA[r0], rowB[r0], rowA[r1], rowB[r1], s11 - s00, byA, s11 - s00 - byA));
            }
        }

        return new DyadicConvergence(shift, [.. matched.OrderByDescending(m => Math.Abs(m.Change)).ThenBy(m => m.After.Date)]);
    }

    /// <summary>The bridging key of the ideal points (<see cref="IdealPointEstimator.NormalizeTitle"/>): title, else description; null when empty.</summary>
    internal static string? Normalise(RollCall rollCall)
    {
        var key = IdealPointEstimator.NormalizeTitle(rollCall.Title ?? rollCall.Description);
        return key.Length == 0 ? null : key;
    }
}

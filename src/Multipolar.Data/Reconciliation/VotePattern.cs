using Multipolar.Votes;

namespace Multipolar.Data.Reconciliation;

/// <summary>
/// Agreement of two sources' votes on what may be the same roll call: the share of states with a cast
/// vote (yes, abstain, no) in both whose votes are identical. Absences and non-membership are ignored
/// (sources record them differently).
/// </summary>
/// <param name="Common">States with a cast vote in both.</param>
/// <param name="Agree">Of those, states with the same vote.</param>
public readonly record struct VotePattern(int Common, int Agree)
{
    /// <summary>The share <c>Agree / Common</c>; NaN when no state is in common.</summary>
    public double Agreement => Common == 0 ? double.NaN : (double)Agree / Common;

    /// <summary>Compares two vote vectors indexed by state (<see cref="Vote.None"/> = no record).</summary>
    public static VotePattern Compare(ReadOnlySpan<Vote> a, ReadOnlySpan<Vote> b)
    {
        int common = 0, agree = 0;
        var n = Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i++)
        {
            if (a[i].IsCast() && b[i].IsCast())
            {
                common++;
                agree += a[i] == b[i] ? 1 : 0;
            }
        }

        return new VotePattern(common, agree);
    }
}

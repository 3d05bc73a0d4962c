using System.Collections.Immutable;
using Multipolar.Alignment;
using Multipolar.Countries;
using Multipolar.Votes;

namespace Multipolar.Poles;

/// <summary>Which side of a contest a vote or an outcome is on.</summary>
public enum ContestSide
{
    /// <summary>Neither side (the outcome was neither side's vote; or a state voted otherwise).</summary>
    Neither = 0,

    /// <summary>The first side (default: the United States).</summary>
    First = 1,

    /// <summary>The second side (default: China and Russia voting alike).</summary>
    Second = 2,
}

/// <summary>What <see cref="Contests.Find"/> looks for: two sides of poles, slices, the engine's roll-call choices, a range.</summary>
/// <remarks>Default: the United States against China and Russia, all roll calls and important votes.</remarks>
public sealed record ContestQuery
{
    /// <summary>The first side's states; each must cast a vote, all the same.</summary>
    public ImmutableArray<Country> First { get; init; } = [PoleSet.Default.Poles[0].State];

    /// <summary>The second side's states; each must cast a vote, all the same, and differ from the first side's.</summary>
    public ImmutableArray<Country> Second { get; init; } = [PoleSet.Default.Poles[1].State, PoleSet.Default.Poles[2].State];

    /// <summary>The slices counted per period; default all and important.</summary>
    public ImmutableArray<Slice> Slices { get; init; } = [Slice.All, Slice.Important];

    /// <summary>The period kind, roll-call set and window (<see cref="AlignmentOptions"/>).</summary>
    public AlignmentOptions Options { get; init; }

    /// <summary>The first period, or null for the matrix's first.</summary>
    public int? From { get; init; }

    /// <summary>The last period, or null for the matrix's last.</summary>
    public int? To { get; init; }

    /// <summary>The first pole against the others of <paramref name="poles"/>.</summary>
    public static ContestQuery For(PoleSet poles)
    {
        ArgumentNullException.ThrowIfNull(poles);
        return new ContestQuery { First = [poles.Poles[0].State], Second = [.. poles.Poles.Skip(1).Select(p => p.State)] };
    }

    /// <summary>"USA v CHN+RUS": the query's identity in outputs.</summary>
    public string Key => $"{string.Join('+', First.Select(s => s.Iso3))} v {string.Join('+', Second.Select(s => s.Iso3))}";
}

/// <summary>One contest: a roll call where the two sides voted differently, with the Assembly's tally and who prevailed.</summary>
/// <param name="RollCall">The roll call.</param>
/// <param name="Period">Its period.</param>
/// <param name="FirstVote">The first side's vote.</param>
/// <param name="SecondVote">The second side's vote.</param>
/// <param name="Yes">Yes votes of all states recorded.</param>
/// <param name="No">No votes.</param>
/// <param name="Abstain">Abstentions.</param>
/// <param name="Adopted">True when yes outnumbered no (a tie fails).</param>
/// <param name="Prevailed">The side whose vote was the outcome: yes on an adopted text, no on a rejected one.</param>
public readonly record struct Contest(RollCall RollCall, int Period, Vote FirstVote, Vote SecondVote, int Yes, int No, int Abstain, bool Adopted, ContestSide Prevailed);

/// <summary>Contests in one slice and period.</summary>
/// <param name="Slice">The slice.</param>
/// <param name="Period">The period.</param>
/// <param name="RollCalls">Roll calls of the slice and period on which both sides voted (the contests' base).</param>
/// <param name="Contests">Roll calls on which the sides split.</param>
/// <param name="FirstPrevailed">Contests the first side won.</param>
/// <param name="SecondPrevailed">Contests the second side won.</param>
/// <param name="Neither">Contests neither side's vote carried.</param>
public readonly record struct ContestPeriod(Slice Slice, int Period, int RollCalls, int Contests, int FirstPrevailed, int SecondPrevailed, int Neither);

/// <summary>A state's votes on the contests of one slice (and period, or the whole range): the swing-state table.</summary>
/// <param name="State">The state.</param>
/// <param name="Slice">The slice.</param>
/// <param name="Period">The period, or null for the whole range.</param>
/// <param name="Contests">Contests on which the state cast a vote (the N).</param>
/// <param name="WithFirst">Votes equal to the first side's.</param>
/// <param name="WithSecond">Votes equal to the second side's.</param>
/// <param name="Other">Votes equal to neither (e.g. an abstention when the sides voted yes and no).</param>
public readonly record struct SwingState(Country State, Slice Slice, int? Period, int Contests, int WithFirst, int WithSecond, int Other)
{
    /// <summary>Share of the state's contest votes on the first side.</summary>
    public double ShareFirst => Contests == 0 ? double.NaN : (double)WithFirst / Contests;

    /// <summary>Share on the second side.</summary>
    public double ShareSecond => Contests == 0 ? double.NaN : (double)WithSecond / Contests;

    /// <summary>Swing: 1 − |share first − share second|, 1 for a state split evenly between the sides, 0 for one always on one side.</summary>
    public double Swing => Contests == 0 ? double.NaN : 1 - Math.Abs(ShareFirst - ShareSecond);
}

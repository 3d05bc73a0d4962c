using Multipolar.Votes;

namespace Multipolar.Alignment;

/// <summary>
/// The 3 × 3 table of joint votes of a dyad: how often state A voted a and state B voted b, for a and b
/// in yes, abstain, no. Every alignment measure is a function of this table (<see cref="MeasureFormulas"/>).
/// </summary>
/// <remarks>
/// <para>Rows are A's vote, columns B's vote. Roll calls where either state was absent, not a member or
/// has no record are not in the table.</para>
/// <para><c>default</c> is the empty table (no joint votes), on which every measure is NaN.</para>
/// </remarks>
public readonly record struct ContingencyTable(
    int YesYes, int YesAbstain, int YesNo,
    int AbstainYes, int AbstainAbstain, int AbstainNo,
    int NoYes, int NoAbstain, int NoNo)
{
    /// <summary>The count of roll calls where A voted <paramref name="a"/> and B voted <paramref name="b"/>.</summary>
    /// <exception cref="ArgumentException">Either vote is not yes, abstain or no.</exception>
    public int this[Vote a, Vote b] => Cell(Category(a, nameof(a)), Category(b, nameof(b)));

    /// <summary>The number of joint votes: the sum of all nine cells.</summary>
    public int Joint => YesYes + YesAbstain + YesNo + AbstainYes + AbstainAbstain + AbstainNo + NoYes + NoAbstain + NoNo;

    /// <summary>Joint votes where both voted the same.</summary>
    public int Identical => YesYes + AbstainAbstain + NoNo;

    /// <summary>Joint votes where one voted yes and the other no.</summary>
    public int Opposite => YesNo + NoYes;

    /// <summary>Joint votes where both voted yes or no (abstentions left out): <see cref="YesYes"/> + <see cref="NoNo"/> + <see cref="Opposite"/>.</summary>
    public int YesNoPairs => YesYes + NoNo + YesNo + NoYes;

    /// <summary>The table with the abstain row and column cleared (the <see cref="AbstentionScoring.VotesOnly"/> table).</summary>
    public ContingencyTable WithoutAbstentions() => new(YesYes, 0, YesNo, 0, 0, 0, NoYes, 0, NoNo);

    /// <summary>The table of (B, A): rows and columns swapped.</summary>
    public ContingencyTable Transpose() =>
        new(YesYes, AbstainYes, NoYes, YesAbstain, AbstainAbstain, NoAbstain, YesNo, AbstainNo, NoNo);

    /// <summary>Tabulates two vote sequences of equal length, skipping pairs that are not both cast.</summary>
    /// <exception cref="ArgumentException">The sequences differ in length.</exception>
    public static ContingencyTable Tabulate(ReadOnlySpan<Vote> a, ReadOnlySpan<Vote> b)
    {
        if (a.Length != b.Length)
        {
            AlignmentThrow.Argument(nameof(b), $"b has {b.Length} votes; a has {a.Length}.");
        }

        Span<int> c = stackalloc int[9];
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i].IsCast() && b[i].IsCast())
            {
                c[(3 * ((int)a[i] - 1)) + ((int)b[i] - 1)]++;
            }
        }

        return FromCells(c);
    }

    /// <summary>Builds a table from nine counts in row-major order (yes, abstain, no).</summary>
    internal static ContingencyTable FromCells(ReadOnlySpan<int> c) => new(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8]);

    /// <summary>The cell at row <paramref name="a"/>, column <paramref name="b"/> (0 yes, 1 abstain, 2 no).</summary>
    internal int Cell(int a, int b) => ((3 * a) + b) switch
    {
        0 => YesYes,
        1 => YesAbstain,
        2 => YesNo,
        3 => AbstainYes,
        4 => AbstainAbstain,
        5 => AbstainNo,
        6 => NoYes,
        7 => NoAbstain,
        _ => NoNo,
    };

    private static int Category(Vote v, string paramName) => v.IsCast()
        ? (int)v - 1
        : AlignmentThrow.Argument<int>(paramName, $"{v} is not a cast vote; use Yes, Abstain or No.");
}

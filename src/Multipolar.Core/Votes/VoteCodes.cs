using System.Diagnostics.CodeAnalysis;

namespace Multipolar.Votes;

/// <summary>
/// Parsing and formatting of the vote codes used by the published layouts, in one place:
/// words (<c>yes</c>, <c>abstain</c>, <c>no</c>), Voeten's digits (1, 2, 3, 8, 9) and the
/// UN Digital Library letters (Y, A, N, X).
/// </summary>
public static class VoteCodes
{
    /// <summary>True for yes, abstain and no: the votes the alignment measures count.</summary>
    public static bool IsCast(this Vote vote) => vote is Vote.Yes or Vote.Abstain or Vote.No;

    /// <summary>The lower-case word for a vote, as the <c>unvotes</c> layout writes it.</summary>
    public static string ToWord(this Vote vote) => vote switch
    {
        Vote.Yes => "yes",
        Vote.Abstain => "abstain",
        Vote.No => "no",
        Vote.Absent => "absent",
        Vote.NonMember => "non-member",
        _ => "none",
    };

    /// <summary>Parses a word (<c>yes</c>, <c>abstain</c>, <c>no</c>, <c>absent</c>, <c>non-member</c>), case-insensitive.</summary>
    public static bool TryParseWord(ReadOnlySpan<char> text, out Vote vote)
    {
        text = text.Trim();
        if (text.Equals("yes", StringComparison.OrdinalIgnoreCase)) { vote = Vote.Yes; return true; }
        if (text.Equals("no", StringComparison.OrdinalIgnoreCase)) { vote = Vote.No; return true; }
        if (text.Equals("abstain", StringComparison.OrdinalIgnoreCase)) { vote = Vote.Abstain; return true; }
        if (text.Equals("absent", StringComparison.OrdinalIgnoreCase)) { vote = Vote.Absent; return true; }
        if (text.Equals("non-member", StringComparison.OrdinalIgnoreCase)) { vote = Vote.NonMember; return true; }
        vote = Vote.None;
        return false;
    }

    /// <summary>Parses Voeten's numeric code: 1 yes, 2 abstain, 3 no, 8 absent, 9 not a member.</summary>
    public static bool TryParseVoeten(ReadOnlySpan<char> text, out Vote vote)
    {
        text = text.Trim();
        vote = text switch
        {
            "1" => Vote.Yes,
            "2" => Vote.Abstain,
            "3" => Vote.No,
            "8" => Vote.Absent,
            "9" => Vote.NonMember,
            _ => Vote.None,
        };
        return vote != Vote.None;
    }

    /// <summary>
    /// Parses the UN Digital Library letters: Y yes, N no, A abstain, X non-voting (absent);
    /// also the spelled-out <c>YES</c>, <c>NO</c>, <c>ABSTAIN</c> of some scrapes.
    /// </summary>
    public static bool TryParseUndl(ReadOnlySpan<char> text, out Vote vote)
    {
        text = text.Trim();
        if (text.Length == 1)
        {
            vote = char.ToUpperInvariant(text[0]) switch
            {
                'Y' => Vote.Yes,
                'N' => Vote.No,
                'A' => Vote.Abstain,
                'X' => Vote.Absent,
                _ => Vote.None,
            };
            return vote != Vote.None;
        }

        if (text.Equals("NON-VOTING", StringComparison.OrdinalIgnoreCase)) { vote = Vote.Absent; return true; }
        return TryParseWord(text, out vote);
    }

    /// <summary>The Voeten digit of a vote (1, 2, 3, 8 or 9).</summary>
    public static byte ToVoeten(this Vote vote) => (byte)vote;

    /// <summary>Converts a stored Voeten digit back to a vote.</summary>
    public static bool TryFromVoeten(int code, [NotNullWhen(true)] out Vote? vote)
    {
        vote = code switch
        {
            1 => Vote.Yes,
            2 => Vote.Abstain,
            3 => Vote.No,
            8 => Vote.Absent,
            9 => Vote.NonMember,
            _ => null,
        };
        return vote is not null;
    }
}

using Multipolar.Cli.Output;
using Multipolar.Shifts;
using Multipolar.Votes;

namespace Multipolar.Cli.Commands.Shifts;

/// <summary>The roll-call table shared by explain, sphere --crossovers and converge --votes.</summary>
internal static class ShiftOutput
{
    /// <summary>The top contributions of a shift, one row each, with the shift's identity on every row.</summary>
    public static Tabular Contributions(Shift shift, int count, string measureKey)
    {
        var t = new Tabular($"{shift.Subject}: agreement {shift.From} {shift.Before:0.000} → {shift.To} {shift.After:0.000} (change {shift.Change:+0.000;-0.000}), the roll calls behind it",
        [
            new("subject", "Subject"), new("from", "From", true), new("to", "To", true), new("rcid", "Roll call", true), new("date", "Date"), new("side", "Side"),
            new("resolution", "Resolution"), new("title", "Title"), new("issues", "Issues"), new("vote_a", "Vote A"), new("vote_b", "Vote B"),
            new("score", "Score", true), new("contribution", "Contribution", true), new("measure", "Measure"),
        ]);
        foreach (var c in shift.Contributions.Take(count))
        {
            t.Add(shift.Subject, shift.From, shift.To, c.RollCall.Id.Value, c.RollCall.Date, c.Side, c.RollCall.Resolution, Short(c.RollCall.Title ?? c.RollCall.Description),
                string.Join(" ", c.RollCall.Issues.Select(i => i.Code)), Key(c.VoteA), Key(c.VoteB), c.Score, c.Contribution, measureKey);
        }

        var listed = shift.Contributions.Take(count).Sum(c => c.Contribution);
        t.Notes.Add(Spectre.Console.Markup.Escape(FormattableString.Invariant(
            $"{shift.Contributions.Length} roll calls; the {Math.Min(count, shift.Contributions.Length)} listed add {listed:+0.000;-0.000} of the change {shift.Change:+0.000;-0.000} (contributions sum to the change). Options: {shift.Options}")));
        return t;
    }

    /// <summary>A vote's key: yes, abstain, no, absent, non_member, or empty.</summary>
    public static string Key(Vote v) => v switch
    {
        Vote.Yes => "yes",
        Vote.Abstain => "abstain",
        Vote.No => "no",
        Vote.Absent => "absent",
        Vote.NonMember => "non_member",
        _ => "",
    };

    /// <summary>A title cut to 70 characters for tables.</summary>
    public static string Short(string? text) => text is null ? "" : text.Length <= 70 ? text : text[..67] + "...";
}

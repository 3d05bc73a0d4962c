using Multipolar.Votes;

namespace Multipolar.Data.Reconciliation;

/// <summary>A roll call as the matcher sees it.</summary>
/// <param name="Id">The store's id (stored roll calls) or the batch index (incoming ones).</param>
/// <param name="Date">Date of the vote.</param>
/// <param name="Body">The body.</param>
/// <param name="Symbol">Normalised resolution symbol (<see cref="ResolutionSymbol.Normalize"/>), or null.</param>
/// <param name="Rcid">Voeten's rcid when the source has it (stored: the id when below <see cref="RollCallId.FirstAssigned"/>).</param>
/// <param name="FinalPassage">False for amendment and paragraph votes.</param>
/// <param name="Votes">The votes by state index (<see cref="Vote.None"/> = no record).</param>
public sealed record MatchCandidate(long Id, DateOnly Date, Body Body, string? Symbol, long? Rcid, bool FinalPassage, Vote[] Votes)
{
    /// <summary>The symbol's base (<see cref="ResolutionSymbol.Base"/>), or null.</summary>
    public string? SymbolBase { get; } = ResolutionSymbol.Base(Symbol);

    /// <summary>Yes, no and abstain votes counted from <see cref="Votes"/>.</summary>
    public (int Yes, int No, int Abstain) Totals { get; } = Count(Votes);

    private static (int, int, int) Count(Vote[] votes)
    {
        int yes = 0, no = 0, abstain = 0;
        foreach (var v in votes)
        {
            yes += v == Vote.Yes ? 1 : 0;
            no += v == Vote.No ? 1 : 0;
            abstain += v == Vote.Abstain ? 1 : 0;
        }

        return (yes, no, abstain);
    }
}

/// <summary>How a roll call was matched to a stored one.</summary>
public enum MatchKind
{
    /// <summary>Same Voeten rcid and same date.</summary>
    Rcid,

    /// <summary>Same normalised resolution symbol and vote pattern above the threshold (or, when too few states compare, date within the rules).</summary>
    Symbol,

    /// <summary>Date within the rules and vote pattern above the threshold.</summary>
    DateAndPattern,

    /// <summary>Same symbol base (session and number, part letters ignored) and vote pattern above the threshold.</summary>
    SymbolBase,

    /// <summary>Dates within the wide window, equal yes/no/abstain totals and vote pattern above the strong threshold.</summary>
    WideDateAndPattern,
}

/// <summary>A match of an incoming roll call to a stored one.</summary>
/// <param name="Incoming">The incoming roll call's id (batch index).</param>
/// <param name="Stored">The stored roll call's id.</param>
/// <param name="Kind">How they were matched.</param>
/// <param name="Pattern">Agreement of their votes.</param>
public readonly record struct RollCallMatch(long Incoming, long Stored, MatchKind Kind, VotePattern Pattern);

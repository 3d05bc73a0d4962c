using System.Collections.Immutable;
using Multipolar.Countries;

namespace Multipolar.Votes;

/// <summary>
/// Votes of a set of states on a set of roll calls, as a dense state × roll-call table of
/// <see cref="Vote"/> codes: the input of every computation in the core.
/// </summary>
/// <remarks>
/// <para>Row <c>s</c> holds state <see cref="States"/>[s]; column <c>r</c> roll call
/// <see cref="RollCalls"/>[r]. A cell with no record is <see cref="Vote.None"/>, which every measure
/// treats like absent. Storage is row-major (<see cref="Row"/> is contiguous), one byte per cell:
/// 200 states × 7,000 roll calls is 1.4 MB.</para>
/// <para>Immutable; safe to share between threads.</para>
/// </remarks>
public sealed class VoteMatrix
{
    private readonly Vote[] cells;

    /// <summary>Creates a matrix from its parts; <paramref name="cells"/> is row-major, states × roll calls, and is copied.</summary>
    public VoteMatrix(ImmutableArray<Country> states, ImmutableArray<RollCall> rollCalls, ReadOnlySpan<Vote> cells)
    {
        if (cells.Length != states.Length * rollCalls.Length)
        {
            throw new ArgumentException(
                $"cells has {cells.Length} entries; {states.Length} states × {rollCalls.Length} roll calls needs {states.Length * rollCalls.Length}.",
                nameof(cells));
        }

        States = states;
        RollCalls = rollCalls;
        this.cells = cells.ToArray();
    }

    /// <summary>The states (rows).</summary>
    public ImmutableArray<Country> States { get; }

    /// <summary>The roll calls (columns).</summary>
    public ImmutableArray<RollCall> RollCalls { get; }

    /// <summary>The vote of state row <paramref name="state"/> on roll-call column <paramref name="rollCall"/>.</summary>
    public Vote this[int state, int rollCall] => cells[(state * RollCalls.Length) + rollCall];

    /// <summary>All votes of one state, in roll-call column order.</summary>
    public ReadOnlySpan<Vote> Row(int state) => cells.AsSpan(state * RollCalls.Length, RollCalls.Length);

    /// <summary>
    /// True when the roll call in column <paramref name="rollCall"/> was unanimous: every state that voted cast
    /// the same vote (yes, abstain or no; absences and non-members do not count). <see cref="RollCall.Unanimous"/>
    /// when the roll call carries it (the store sets it from every state's vote), else decided from this matrix's
    /// states. A roll call on which nobody voted counts as unanimous (it has no joint votes anyway).
    /// </summary>
    public bool IsUnanimous(int rollCall)
    {
        if (RollCalls[rollCall].Unanimous is bool known)
        {
            return known;
        }

        var first = Vote.None;
        for (var s = 0; s < States.Length; s++)
        {
            var v = this[s, rollCall];
            if (!v.IsCast())
            {
                continue;
            }

            if (first == Vote.None)
            {
                first = v;
            }
            else if (v != first)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The row of a state, or -1 when the state is not in this matrix.</summary>
    public int IndexOf(Country country) => States.IndexOf(country);

    /// <summary>Builds a matrix from (state, roll call, vote) records; the last record for a cell wins.</summary>
    public static VoteMatrix FromRecords(IEnumerable<RollCall> rollCalls, IEnumerable<(Country State, RollCallId RollCall, Vote Vote)> votes)
    {
        var rcs = rollCalls.OrderBy(r => r.Date).ThenBy(r => r.Id).ToImmutableArray();
        var rcIndex = new Dictionary<RollCallId, int>(rcs.Length);
        for (var i = 0; i < rcs.Length; i++)
        {
            rcIndex[rcs[i].Id] = i;
        }

        var list = votes.ToList();
        var states = list.Select(v => v.State).Distinct().OrderBy(c => c.Iso3, StringComparer.Ordinal).ToImmutableArray();
        var sIndex = new Dictionary<Country, int>(states.Length);
        for (var i = 0; i < states.Length; i++)
        {
            sIndex[states[i]] = i;
        }

        var cells = new Vote[states.Length * rcs.Length];
        foreach (var (state, rc, vote) in list)
        {
            if (!rcIndex.TryGetValue(rc, out var col))
            {
                throw new ArgumentException($"A vote refers to roll call {rc}, which is not in rollCalls.", nameof(votes));
            }

            cells[(sIndex[state] * rcs.Length) + col] = vote;
        }

        return new VoteMatrix(states, rcs, cells);
    }
}

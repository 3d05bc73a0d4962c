using System.Collections.Immutable;
using Multipolar.Alignment;
using Multipolar.Countries;
using Multipolar.Votes;

namespace Multipolar.Poles;

/// <summary>
/// Profiles: every state's alignment with each pole per slice (issue area) and period, from the alignment engine,
/// with the nearest pole and the net alignment. The one library API of the CLI's <c>profile</c> and
/// <c>multialign</c>, the web app and the briefs. docs/analytics.md, "Profile".
/// </summary>
/// <remarks>
/// <para>Method: one engine call over the dyads (state, pole) for every state and pole, so any measure and option
/// of the engine applies and every value carries its N (joint votes). A pole's value against itself is undefined
/// (a pole is profiled against the other poles).</para>
/// <para>Pure and thread-safe.</para>
/// </remarks>
public static class PoleProfiles
{
    /// <summary>Computes the profiles of <paramref name="query"/>'s states.</summary>
    /// <exception cref="ArgumentException">A state is not in the matrix, no slice is given, or From is after To.</exception>
    public static PoleProfileTable Compute(VoteMatrix matrix, ProfileQuery query)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(query);
        var states = query.States.IsDefaultOrEmpty ? matrix.States : query.States;
        foreach (var s in states)
        {
            if (matrix.IndexOf(s) < 0)
            {
                throw new ArgumentException($"{s.Name} ({s.Iso3}) has no votes in the matrix.", nameof(query));
            }
        }

        var poles = query.Poles.Poles;
        var present = poles.Select(p => matrix.IndexOf(p.State) >= 0).ToArray();
        var dyads = ImmutableArray.CreateBuilder<Dyad>();
        var dyadOf = new int[states.Length * poles.Length];
        for (var s = 0; s < states.Length; s++)
        {
            for (var p = 0; p < poles.Length; p++)
            {
                var same = ReferenceEquals(states[s], poles[p].State);
                dyadOf[(s * poles.Length) + p] = same || !present[p] ? -1 : dyads.Count;
                if (!same && present[p])
                {
                    dyads.Add(new Dyad(states[s], poles[p].State));
                }
            }
        }

        var slices = query.Slices.IsDefaultOrEmpty ? [Slice.All] : query.Slices;
        var result = dyads.Count == 0
            ? null
            : AlignmentEngine.Compute(matrix, new AlignmentQuery
            {
                Measures = [query.Measure],
                Dyads = dyads.ToImmutable(),
                Slices = slices,
                Options = query.Options,
                From = query.From,
                To = query.To,
            });
        return new PoleProfileTable(query with { Slices = slices }, states, result, dyadOf);
    }
}

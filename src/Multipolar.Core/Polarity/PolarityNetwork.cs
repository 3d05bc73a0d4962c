using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Multipolar.Alignment;
using Multipolar.Communities;
using Multipolar.Countries;
using Multipolar.Votes;

namespace Multipolar.Polarity;

/// <summary>
/// The network of one period: the states with at least <see cref="PolarityOptions.MinVotes"/> cast votes,
/// an edge for every pair with at least <see cref="PolarityOptions.MinJointVotes"/> joint votes, weighted by
/// the measure (minus <see cref="MeanWeight"/> when signed).
/// </summary>
/// <param name="Period">The year (or session).</param>
/// <param name="States">The nodes, in vote-matrix order.</param>
/// <param name="Graph">The weighted graph (node i is States[i]).</param>
/// <param name="MeanWeight">The mean of the measure over the edges (the centre of the signed weights).</param>
/// <param name="RollCalls">The roll calls of the period (after the slice and the alignment options).</param>
public sealed record PolarityNetwork(int Period, ImmutableArray<Country> States, WeightedGraph Graph, double MeanWeight, int RollCalls)
{
    /// <summary>The networks of every period of the matrix within [from, to] that has at least two states.</summary>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static ImmutableArray<PolarityNetwork> Build(VoteMatrix matrix, PolarityOptions options, int? from = null, int? to = null)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        options.Validate();
        var plan = AlignmentPlan.Build(matrix, [options.Slice], options.Alignment, from, to);
        var scoring = new Scoring(options.Alignment);
        var networks = new PolarityNetwork?[plan.Periods.Length];
        Parallel.For(0, plan.Periods.Length, ParallelWork.OnCurrentScheduler, p =>
        {
            networks[p] = One(matrix, plan.Periods[p], plan.Columns[p], options, scoring);
        });
        return [.. networks.Where(n => n is not null).Select(n => n!)];
    }

    /// <summary>
    /// The network of one period: its nodes, then the measure for the pairs of nodes only (a state absent from the
    /// period is in no pair: about four in ten of the matrix's states in a year of the Assembly).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static PolarityNetwork? One(VoteMatrix matrix, int period, int[] columns, PolarityOptions options, Scoring scoring)
    {
        var rows = new List<int>();
        for (var s = 0; s < matrix.States.Length; s++)
        {
            var row = matrix.Row(s);
            var cast = 0;
            foreach (var c in columns)
            {
                if (row[c] is Vote.Yes or Vote.Abstain or Vote.No)
                {
                    cast++;
                }
            }

            if (cast >= options.MinVotes)
            {
                rows.Add(s);
            }
        }

        var k = rows.Count;
        if (k < 2)
        {
            return null;
        }

        // The measure for every pair of nodes a < b, as the alignment engine computes it for a dyad (one cell: the period).
        var bits = VoteBits.Build(matrix, CollectionsMarshal.AsSpan(rows), columns);
        Span<double> all = stackalloc double[MeasureFormulas.MeasureCount];
        var votesOnly = options.Alignment.Abstention == AbstentionScoring.VotesOnly || options.Measure == Measure.Coincidence;
        var edges = new List<WeightedEdge>();
        var sum = 0.0;
        for (var a = 0; a < k; a++)
        {
            for (var b = a + 1; b < k; b++)
            {
                var (joint, yesNo) = MeasureFormulas.EvaluateAll(bits.Table(a, b), scoring, all);
                var value = all[(int)options.Measure];
                if ((votesOnly ? yesNo : joint) >= options.MinJointVotes && !double.IsNaN(value))
                {
                    edges.Add(new WeightedEdge(a, b, value));
                    sum += value;
                }
            }
        }

        var mean = edges.Count > 0 ? sum / edges.Count : double.NaN;
        if (options.Signed)
        {
            for (var e = 0; e < edges.Count; e++)
            {
                edges[e] = edges[e] with { Weight = edges[e].Weight - mean };
            }
        }

        var span = CollectionsMarshal.AsSpan(edges);
        ImmutableArray<Country> states = [.. rows.Select(s => matrix.States[s])];
        return new PolarityNetwork(period, states, WeightedGraph.FromEdges(k, span), mean, columns.Length);
    }
}

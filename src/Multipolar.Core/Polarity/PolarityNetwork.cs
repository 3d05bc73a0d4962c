using System.Collections.Immutable;
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
        var (rowA, rowB) = AlignmentEngine.ResolveDyads(matrix, []);
        var dyads = ImmutableArray.CreateRange(Enumerable.Range(0, rowA.Length).Select(i => new Dyad(matrix.States[rowA[i]], matrix.States[rowB[i]])));
        var result = AlignmentEngine.ComputeRows(matrix, [options.Measure], dyads, rowA, rowB, [options.Slice], options.Alignment, from, to);
        var networks = new PolarityNetwork?[plan.Periods.Length];
        Parallel.For(0, plan.Periods.Length, ParallelWork.OnCurrentScheduler, p =>
        {
            networks[p] = One(matrix, plan.Periods[p], plan.Columns[p], result, options, rowA, rowB);
        });
        return [.. networks.Where(n => n is not null).Select(n => n!)];
    }

    private static PolarityNetwork? One(VoteMatrix matrix, int period, int[] columns, AlignmentResult result, PolarityOptions options, int[] rowA, int[] rowB)
    {
        var n = matrix.States.Length;
        var node = new int[n];
        var states = ImmutableArray.CreateBuilder<Country>();
        for (var s = 0; s < n; s++)
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

            node[s] = cast >= options.MinVotes ? states.Count : -1;
            if (node[s] >= 0)
            {
                states.Add(matrix.States[s]);
            }
        }

        if (states.Count < 2)
        {
            return null;
        }

        var values = result.Values(options.Measure, options.Slice, period);
        var joint = options.Alignment.Abstention == AbstentionScoring.VotesOnly || options.Measure == Measure.Coincidence
            ? result.YesNoCounts(options.Slice, period)
            : result.JointCounts(options.Slice, period);
        var edges = new List<WeightedEdge>();
        var sum = 0.0;
        for (var d = 0; d < rowA.Length; d++)
        {
            int a = node[rowA[d]], b = node[rowB[d]];
            if (a >= 0 && b >= 0 && joint[d] >= options.MinJointVotes && !double.IsNaN(values[d]))
            {
                edges.Add(new WeightedEdge(a, b, values[d]));
                sum += values[d];
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

        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(edges);
        return new PolarityNetwork(period, states.ToImmutable(), WeightedGraph.FromEdges(states.Count, span), mean, columns.Length);
    }
}

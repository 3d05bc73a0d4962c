using System.Collections.Concurrent;
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
    public static ImmutableArray<PolarityNetwork> Build(VoteMatrix matrix, PolarityOptions options, int? from = null, int? to = null) =>
        [.. BuildEach(matrix, options, from, to, network => network)];

    /// <summary>
    /// <paramref name="then"/> of each network of <see cref="Build"/>, in period order, called on the network as soon as it
    /// is built: periods in parallel, the most states first, one at a time (a period's work grows with the square of its
    /// states, and the last periods are the largest), so no core waits for the others at the end.
    /// </summary>
    internal static T[] BuildEach<T>(VoteMatrix matrix, PolarityOptions options, int? from, int? to, Func<PolarityNetwork, T> then)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        options.Validate();
        var plan = AlignmentPlan.Build(matrix, [options.Slice], options.Alignment, from, to);
        var scoring = new Scoring(options.Alignment);
        var nodes = new List<int>[plan.Periods.Length];
        Parallel.For(0, nodes.Length, ParallelWork.OnCurrentScheduler, p => nodes[p] = Nodes(matrix, plan.Columns[p], options));
        var built = new (bool Built, T Value)[nodes.Length];
        var largestFirst = Enumerable.Range(0, nodes.Length).Where(p => nodes[p].Count >= 2).OrderByDescending(p => nodes[p].Count).ThenBy(p => p);
        Parallel.ForEach(Partitioner.Create(largestFirst, EnumerablePartitionerOptions.NoBuffering), ParallelWork.OnCurrentScheduler, p =>
            built[p] = (true, then(One(matrix, plan.Periods[p], plan.Columns[p], nodes[p], options, scoring))));
        return [.. built.Where(b => b.Built).Select(b => b.Value)];
    }

    /// <summary>The matrix rows of the states with at least <see cref="PolarityOptions.MinVotes"/> votes cast in the period's roll calls.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<int> Nodes(VoteMatrix matrix, int[] columns, PolarityOptions options)
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

        return rows;
    }

    /// <summary>
    /// The network of one period on its nodes (<paramref name="rows"/>, at least two): the measure for the pairs of nodes only
    /// (a state absent from the period is in no pair: about four in ten of the matrix's states in a year of the Assembly).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static PolarityNetwork One(VoteMatrix matrix, int period, int[] columns, List<int> rows, PolarityOptions options, Scoring scoring)
    {
        var k = rows.Count;
        // The measure for every pair of nodes a < b, as the alignment engine computes it for a dyad (one cell: the period).
        var bits = VoteBits.Build(matrix, CollectionsMarshal.AsSpan(rows), columns);
        Span<double> all = stackalloc double[MeasureFormulas.MeasureCount];
        var votesOnly = MeasureFormulas.CountsYesNo(options.Measure, scoring);
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

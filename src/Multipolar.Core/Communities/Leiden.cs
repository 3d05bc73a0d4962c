namespace Multipolar.Communities;

/// <summary>
/// Modularity maximisation with the Leiden algorithm (Traag, Waltman and van Eck 2019, "From Louvain to
/// Leiden: guaranteeing well-connected communities", Scientific Reports 9: 5233), on weighted and signed
/// graphs (signed modularity of Traag and Bruggeman 2009, <see cref="Modularity"/>).
/// </summary>
/// <remarks>
/// <para>Written by hand: no maintained .NET library implements Leiden. It follows the paper's
/// supplementary pseudo-code (Algorithms A.1–A.2): (1) fast local moving of nodes, visiting a queue that
/// starts with every node in random order and takes back the neighbours of a node that moved; each node
/// moves to the neighbouring (or an empty) community with the largest quality gain, if positive;
/// (2) refinement: within each community, starting from singletons, each well-connected node that is
/// still a singleton merges into a well-connected sub-community of its community, chosen at random with
/// probability ∝ exp(ΔH/θ) among those with ΔH ≥ 0 (θ = <see cref="LeidenOptions.Randomness"/>);
/// (3) aggregation on the refined partition, the aggregate's initial partition being the unrefined one.
/// The three steps repeat until local moving leaves every aggregate node on its own (or the refinement
/// merges nothing); the whole algorithm then repeats from its result up to
/// <see cref="LeidenOptions.MaxIterations"/> times, until an iteration changes nothing.</para>
/// <para>The quality is H = Σ_c [In_c − γ (K⁺_c)²/4w⁺ + γ (K⁻_c)²/4w⁻] (Q = 2H/(2w⁺ + 2w⁻)); moving node v
/// into community c gains W(v, c) − γ k⁺_v K⁺_c/2w⁺ + γ k⁻_v K⁻_c/2w⁻ minus the same for its own community
/// without it. "Well connected" (the paper's E(v, S − v) ≥ γ‖v‖(‖S‖ − ‖v‖)) is generalised to signed
/// weights as: the quality between the set and the rest of its community is non-negative, which is the
/// paper's condition when no weight is negative. As in the reference implementations, only neighbouring
/// communities are candidates.</para>
/// <para>Deterministic for a given seed (System.Random's seeded generator); pure and thread-safe.</para>
/// </remarks>
public static class Leiden
{
    private const double Epsilon = 1e-12;

    /// <summary>Finds a partition of <paramref name="graph"/> of high modularity.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="options">Resolution, seed, randomness, iterations.</param>
    /// <param name="initial">A starting partition (community of each node), or empty to start from singletons.</param>
    /// <exception cref="ArgumentException">An option is out of range, or <paramref name="initial"/> does not fit the graph.</exception>
    public static Partition Run(WeightedGraph graph, LeidenOptions options = default, ReadOnlySpan<int> initial = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options.Validate();
        var n = graph.NodeCount;
        if (!initial.IsEmpty && initial.Length != n)
        {
            throw new ArgumentException($"initial has {initial.Length} entries for a graph of {n} nodes.", nameof(initial));
        }

        var membership = initial.IsEmpty ? Enumerable.Range(0, n).ToArray() : Partition.Canonical(initial);
        var random = new Random(options.Seed);
        var (aPos, aNeg) = Modularity.NullFactors(graph, options.Resolution);
        var work = new Work(n);
        for (var iteration = 0; iteration < options.MaxIterations; iteration++)
        {
            var next = OneIteration(graph, membership, aPos, aNeg, options.Randomness, random, work);
            var changed = !next.AsSpan().SequenceEqual(membership);
            membership = next;
            if (!changed)
            {
                break;
            }
        }

        var canonical = Partition.Canonical(membership);
        return new Partition([.. canonical], Modularity.Of(graph, canonical, options.Resolution), options.Resolution, options.Seed);
    }

    /// <summary>One pass of move, refine, aggregate until done; returns the canonical membership of the original nodes.</summary>
    private static int[] OneIteration(WeightedGraph original, int[] start, double aPos, double aNeg, double theta, Random random, Work work)
    {
        var graph = original;
        var membership = (int[])start.Clone();
        var nodeOf = Enumerable.Range(0, original.NodeCount).ToArray();
        while (true)
        {
            MoveNodesFast(graph, membership, aPos, aNeg, random, work);
            var communities = Relabel(membership);
            if (communities == graph.NodeCount)
            {
                break;
            }

            var refined = Refine(graph, membership, communities, aPos, aNeg, theta, random, work);
            var refinedCount = Relabel(refined);
            if (refinedCount == graph.NodeCount)
            {
                break;
            }

            var aggregateMembership = new int[refinedCount];
            for (var v = 0; v < graph.NodeCount; v++)
            {
                aggregateMembership[refined[v]] = membership[v];
            }

            for (var o = 0; o < nodeOf.Length; o++)
            {
                nodeOf[o] = refined[nodeOf[o]];
            }

            graph = Aggregate(graph, refined, refinedCount, work);
            membership = aggregateMembership;
        }

        var result = new int[original.NodeCount];
        for (var o = 0; o < result.Length; o++)
        {
            result[o] = membership[nodeOf[o]];
        }

        return Partition.Canonical(result);
    }

    /// <summary>Algorithm A.2, MoveNodesFast: moves nodes between communities while the quality rises.</summary>
    private static void MoveNodesFast(WeightedGraph g, int[] membership, double aPos, double aNeg, Random random, Work work)
    {
        var n = g.NodeCount;
        var kPos = new double[n];
        var kNeg = new double[n];
        var size = new int[n];
        for (var v = 0; v < n; v++)
        {
            kPos[membership[v]] += g.PositiveStrength[v];
            kNeg[membership[v]] += g.NegativeStrength[v];
            size[membership[v]]++;
        }

        var empty = new Stack<int>();
        for (var c = n - 1; c >= 0; c--)
        {
            if (size[c] == 0)
            {
                empty.Push(c);
            }
        }

        var queue = new Queue<int>(Shuffled(n, random));
        var queued = new bool[n];
        Array.Fill(queued, true);
        var weightTo = work.WeightTo;
        var touched = work.Touched;
        while (queue.TryDequeue(out var v))
        {
            queued[v] = false;
            var own = membership[v];
            double vPos = g.PositiveStrength[v], vNeg = g.NegativeStrength[v];
            kPos[own] -= vPos;
            kNeg[own] -= vNeg;
            size[own]--;
            touched.Clear();
            for (var e = g.Offsets[v]; e < g.Offsets[v + 1]; e++)
            {
                var c = membership[g.Targets[e]];
                if (!work.Seen[c])
                {
                    work.Seen[c] = true;
                    touched.Add(c);
                }

                weightTo[c] += g.Weights[e];
            }

            var best = own;
            var bestGain = weightTo[own] - (aPos * vPos * kPos[own]) + (aNeg * vNeg * kNeg[own]);
            foreach (var c in touched)
            {
                var gain = weightTo[c] - (aPos * vPos * kPos[c]) + (aNeg * vNeg * kNeg[c]);
                if (gain > bestGain + Epsilon)
                {
                    best = c;
                    bestGain = gain;
                }
            }

            if (size[own] > 0 && bestGain < -Epsilon && empty.Count > 0)
            {
                best = empty.Pop();
            }

            foreach (var c in touched)
            {
                weightTo[c] = 0;
                work.Seen[c] = false;
            }

            weightTo[own] = 0;
            membership[v] = best;
            kPos[best] += vPos;
            kNeg[best] += vNeg;
            size[best]++;
            if (best == own)
            {
                continue;
            }

            if (size[own] == 0)
            {
                empty.Push(own);
            }

            for (var e = g.Offsets[v]; e < g.Offsets[v + 1]; e++)
            {
                var u = g.Targets[e];
                if (!queued[u] && membership[u] != best)
                {
                    queued[u] = true;
                    queue.Enqueue(u);
                }
            }
        }
    }

    /// <summary>Algorithm A.2, RefinePartition and MergeNodesSubset: the refined partition (labels are node numbers).</summary>
    private static int[] Refine(WeightedGraph g, int[] membership, int communities, double aPos, double aNeg, double theta, Random random, Work work)
    {
        var n = g.NodeCount;
        var refined = Enumerable.Range(0, n).ToArray();
        var cPos = new double[communities];
        var cNeg = new double[communities];
        for (var v = 0; v < n; v++)
        {
            cPos[membership[v]] += g.PositiveStrength[v];
            cNeg[membership[v]] += g.NegativeStrength[v];
        }

        // Per node: W(v, S − v), its weight to the rest of its community; per refined community: the same for the set.
        var inner = new double[n];
        for (var v = 0; v < n; v++)
        {
            for (var e = g.Offsets[v]; e < g.Offsets[v + 1]; e++)
            {
                if (membership[g.Targets[e]] == membership[v])
                {
                    inner[v] += g.Weights[e];
                }
            }
        }

        var rExternal = (double[])inner.Clone();
        var rPos = (double[])g.PositiveStrength.Clone();
        var rNeg = (double[])g.NegativeStrength.Clone();
        var rSize = new int[n];
        Array.Fill(rSize, 1);

        bool WellConnected(int r, int c) =>
            rExternal[r] - ((aPos * rPos[r] * (cPos[c] - rPos[r])) - (aNeg * rNeg[r] * (cNeg[c] - rNeg[r]))) >= -Epsilon;

        var weightTo = work.WeightTo;
        var touched = work.Touched;
        var candidates = new List<(int Community, double Gain)>();
        foreach (var v in Shuffled(n, random))
        {
            var c = membership[v];
            if (rSize[refined[v]] != 1 || !WellConnected(v, c))
            {
                continue;
            }

            double vPos = g.PositiveStrength[v], vNeg = g.NegativeStrength[v];
            touched.Clear();
            for (var e = g.Offsets[v]; e < g.Offsets[v + 1]; e++)
            {
                var u = g.Targets[e];
                if (membership[u] != c)
                {
                    continue;
                }

                var r = refined[u];
                if (!work.Seen[r])
                {
                    work.Seen[r] = true;
                    touched.Add(r);
                }

                weightTo[r] += g.Weights[e];
            }

            candidates.Clear();
            candidates.Add((refined[v], 0));
            var maxGain = 0.0;
            foreach (var r in touched)
            {
                if (r == refined[v] || !WellConnected(r, c))
                {
                    continue;
                }

                var gain = weightTo[r] - (aPos * vPos * rPos[r]) + (aNeg * vNeg * rNeg[r]);
                if (gain >= 0)
                {
                    candidates.Add((r, gain));
                    maxGain = Math.Max(maxGain, gain);
                }
            }

            var chosen = Sample(candidates, maxGain, theta, random);
            if (chosen != refined[v])
            {
                var own = refined[v];
                rExternal[chosen] += inner[v] - (2 * weightTo[chosen]);
                rPos[chosen] += vPos;
                rNeg[chosen] += vNeg;
                rSize[chosen]++;
                rSize[own] = 0;
                refined[v] = chosen;
            }

            foreach (var r in touched)
            {
                weightTo[r] = 0;
                work.Seen[r] = false;
            }
        }

        return refined;
    }

    /// <summary>A candidate drawn with probability ∝ exp((gain − max)/θ).</summary>
    private static int Sample(List<(int Community, double Gain)> candidates, double maxGain, double theta, Random random)
    {
        if (candidates.Count == 1)
        {
            return candidates[0].Community;
        }

        var total = 0.0;
        foreach (var (_, gain) in candidates)
        {
            total += Math.Exp((gain - maxGain) / theta);
        }

        var x = random.NextDouble() * total;
        foreach (var (community, gain) in candidates)
        {
            x -= Math.Exp((gain - maxGain) / theta);
            if (x <= 0)
            {
                return community;
            }
        }

        return candidates[^1].Community;
    }

    /// <summary>The graph of the refined communities: edge weights added up, inside weights as self weights, strengths summed.</summary>
    private static WeightedGraph Aggregate(WeightedGraph g, int[] refined, int count, Work work)
    {
        var members = new List<int>[count];
        for (var a = 0; a < count; a++)
        {
            members[a] = [];
        }

        var self = new double[count];
        var kPos = new double[count];
        var kNeg = new double[count];
        for (var v = 0; v < g.NodeCount; v++)
        {
            var a = refined[v];
            members[a].Add(v);
            self[a] += g.SelfWeights[v];
            kPos[a] += g.PositiveStrength[v];
            kNeg[a] += g.NegativeStrength[v];
        }

        var offsets = new int[count + 1];
        var targets = new List<int>();
        var weights = new List<double>();
        var weightTo = work.WeightTo;
        var touched = work.Touched;
        for (var a = 0; a < count; a++)
        {
            touched.Clear();
            foreach (var v in members[a])
            {
                for (var e = g.Offsets[v]; e < g.Offsets[v + 1]; e++)
                {
                    var b = refined[g.Targets[e]];
                    if (b == a)
                    {
                        self[a] += g.Weights[e] / 2;
                        continue;
                    }

                    if (!work.Seen[b])
                    {
                        work.Seen[b] = true;
                        touched.Add(b);
                    }

                    weightTo[b] += g.Weights[e];
                }
            }

            foreach (var b in touched)
            {
                targets.Add(b);
                weights.Add(weightTo[b]);
                weightTo[b] = 0;
                work.Seen[b] = false;
            }

            offsets[a + 1] = targets.Count;
        }

        return new WeightedGraph(offsets, [.. targets], [.. weights], self, kPos, kNeg);
    }

    /// <summary>Renumbers labels to 0..k − 1 in order of first appearance; returns k.</summary>
    private static int Relabel(int[] labels)
    {
        var map = new Dictionary<int, int>();
        for (var i = 0; i < labels.Length; i++)
        {
            if (!map.TryGetValue(labels[i], out var m))
            {
                map[labels[i]] = m = map.Count;
            }

            labels[i] = m;
        }

        return map.Count;
    }

    private static int[] Shuffled(int n, Random random)
    {
        var order = Enumerable.Range(0, n).ToArray();
        random.Shuffle(order);
        return order;
    }

    /// <summary>Scratch arrays reused across the levels of one run (sized for the original graph).</summary>
    private sealed class Work(int n)
    {
        public double[] WeightTo { get; } = new double[n];

        public bool[] Seen { get; } = new bool[n];

        public List<int> Touched { get; } = new(n);
    }
}

using System.Collections.Immutable;
using Multipolar.Alignment;
using Multipolar.Countries;

namespace Multipolar.Poles;

/// <summary>
/// The result of <see cref="PoleProfiles.Compute"/>: for each state, pole, slice and period the measure with its N,
/// the nearest pole and the net alignment.
/// </summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class PoleProfileTable
{
    private readonly double[] values;
    private readonly int[] counts;
    private readonly Dictionary<Country, int> stateIndex;
    private readonly int cells;

    internal PoleProfileTable(ProfileQuery query, ImmutableArray<Country> states, AlignmentResult? result, int[] dyadOf)
    {
        Poles = query.Poles;
        Measure = query.Measure;
        Options = query.Options;
        Slices = query.Slices;
        States = states;
        Periods = result?.Periods ?? [];
        stateIndex = [];
        for (var s = 0; s < states.Length; s++)
        {
            stateIndex[states[s]] = s;
        }

        cells = Slices.Length * Periods.Length;
        var p = Poles.Poles.Length;
        values = new double[states.Length * p * cells];
        counts = new int[values.Length];
        Array.Fill(values, double.NaN);
        if (result is null)
        {
            return;
        }

        var all = result.AllValues(Measure).Span;
        var yesNo = Measure == Measure.Coincidence || Options.Abstention == AbstentionScoring.VotesOnly;
        var n = (yesNo ? result.AllYesNoCounts() : result.AllJointCounts()).Span;
        var dyads = result.Dyads.Length;
        for (var i = 0; i < dyadOf.Length; i++)
        {
            var d = dyadOf[i];
            if (d < 0)
            {
                continue;
            }

            for (var c = 0; c < cells; c++)
            {
                values[(i * cells) + c] = all[(c * dyads) + d];
                counts[(i * cells) + c] = n[(c * dyads) + d];
            }
        }
    }

    /// <summary>The poles.</summary>
    public PoleSet Poles { get; }

    /// <summary>The measure.</summary>
    public Measure Measure { get; }

    /// <summary>The engine's measurement choices.</summary>
    public AlignmentOptions Options { get; }

    /// <summary>The slices, in query order.</summary>
    public ImmutableArray<Slice> Slices { get; }

    /// <summary>The periods with roll calls, ascending.</summary>
    public ImmutableArray<int> Periods { get; }

    /// <summary>The states profiled.</summary>
    public ImmutableArray<Country> States { get; }

    /// <summary>True when <paramref name="state"/> was profiled.</summary>
    public bool Contains(Country state) => stateIndex.ContainsKey(state);

    /// <summary>The state's alignment with one pole (index into <see cref="PoleSet.Poles"/>) in one slice and period.</summary>
    /// <exception cref="ArgumentException">The state, pole, slice or period is not in this table.</exception>
    public MeasureValue Value(Country state, int pole, Slice slice, int period)
    {
        var i = Index(state, pole, Cell(slice, period));
        return new MeasureValue(values[i], counts[i]);
    }

    /// <summary>Every value of one state, ordered by period, slice, pole.</summary>
    public IEnumerable<ProfileRow> Rows(Country state)
    {
        var s = StateIndex(state);
        for (var t = 0; t < Periods.Length; t++)
        {
            for (var k = 0; k < Slices.Length; k++)
            {
                for (var p = 0; p < Poles.Poles.Length; p++)
                {
                    var i = (((s * Poles.Poles.Length) + p) * cells) + (k * Periods.Length) + t;
                    yield return new ProfileRow(state, Poles.Poles[p], Slices[k], Periods[t], new MeasureValue(values[i], counts[i]));
                }
            }
        }
    }

    /// <summary>The pole with the highest value of the measure (ties: the earlier pole), and its margin over the next.</summary>
    public NearestPole Nearest(Country state, Slice slice, int period)
    {
        var cell = Cell(slice, period);
        int best = -1;
        double first = double.NegativeInfinity, second = double.NegativeInfinity;
        for (var p = 0; p < Poles.Poles.Length; p++)
        {
            var v = values[Index(state, p, cell)];
            if (double.IsNaN(v))
            {
                continue;
            }

            if (v > first)
            {
                (second, first, best) = (first, v, p);
            }
            else if (v > second)
            {
                second = v;
            }
        }

        if (best < 0)
        {
            return new NearestPole(state, slice, period, null, MeasureValue.Undefined(0), double.NaN);
        }

        var i = Index(state, best, cell);
        return new NearestPole(state, slice, period, Poles.Poles[best], new MeasureValue(values[i], counts[i]),
            double.IsNegativeInfinity(second) ? double.NaN : first - second);
    }

    /// <summary>
    /// Net alignment between two poles (indices into <see cref="PoleSet.Poles"/>): <see cref="NetAlignment.FromMeasures"/>
    /// of the state's values with each; N is the smaller of the two Ns.
    /// </summary>
    public NetValue Net(Country state, int first, int second, Slice slice, int period)
    {
        var cell = Cell(slice, period);
        int a = Index(state, first, cell), b = Index(state, second, cell);
        return new NetValue(state, slice, period, NetAlignment.FromMeasures(Measure, values[a], values[b]), Math.Min(counts[a], counts[b]));
    }

    /// <summary>
    /// Net alignment of the first pole against the others: u(first) − mean of u(other poles), u the similarity in
    /// [0, 1] (<see cref="NetAlignment.Similarity"/>). For two poles this is <see cref="Net(Country, int, int, Slice, int)"/>.
    /// A pole's own value is left out (so RUS is measured USA against CHN). NaN when a needed value is undefined.
    /// </summary>
    public NetValue Net(Country state, Slice slice, int period)
    {
        var cell = Cell(slice, period);
        var first = Index(state, 0, cell);
        double sum = 0;
        var others = 0;
        var n = counts[first];
        for (var p = 1; p < Poles.Poles.Length; p++)
        {
            if (ReferenceEquals(Poles.Poles[p].State, state))
            {
                continue;
            }

            var i = Index(state, p, cell);
            sum += NetAlignment.Similarity(Measure, values[i]);
            n = Math.Min(n, counts[i]);
            others++;
        }

        var value = others == 0 ? double.NaN : NetAlignment.Similarity(Measure, values[first]) - (sum / others);
        return new NetValue(state, slice, period, value, n);
    }

    private int StateIndex(Country state) => stateIndex.TryGetValue(state, out var s)
        ? s
        : throw new ArgumentException($"{state.Name} ({state.Iso3}) was not profiled.", nameof(state));

    private int Index(Country state, int pole, int cell)
    {
        if ((uint)pole >= (uint)Poles.Poles.Length)
        {
            throw new ArgumentException($"pole index {pole} is not in 0..{Poles.Poles.Length - 1}.", nameof(pole));
        }

        return (((StateIndex(state) * Poles.Poles.Length) + pole) * cells) + cell;
    }

    private int Cell(Slice slice, int period)
    {
        var k = Slices.IndexOf(slice);
        var t = Periods.BinarySearch(period);
        return k < 0
            ? throw new ArgumentException($"slice '{slice}' was not computed; this table has {string.Join(", ", Slices)}.", nameof(slice))
            : t < 0
                ? throw new ArgumentException(Periods.IsEmpty ? $"period {period}: this table has no periods." : $"period {period} has no roll calls; periods run {Periods[0]} to {Periods[^1]}.", nameof(period))
                : (k * Periods.Length) + t;
    }
}

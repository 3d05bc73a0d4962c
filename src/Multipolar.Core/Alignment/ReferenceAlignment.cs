using System.Collections.Immutable;
using Multipolar.Votes;

namespace Multipolar.Alignment;

/// <summary>
/// A slow, obviously correct implementation of every alignment measure, straight from the definitions:
/// it walks the roll calls, keeps the joint votes of a dyad and averages over them. It shares no code with
/// the fast path (<see cref="AlignmentEngine"/>, <see cref="MeasureFormulas"/>) beyond the input types and
/// serves as the test oracle and the benchmark baseline.
/// </summary>
/// <remarks>Cost is O(roll calls) per dyad and cell and per measure; use it on small inputs. Pure; thread-safe.</remarks>
public static class ReferenceAlignment
{
    private static readonly Vote[] Categories = [Vote.Yes, Vote.Abstain, Vote.No];

    /// <summary>
    /// One measure for one dyad in one slice and period (with the options' window: periods
    /// <paramref name="period"/> − Window + 1 to <paramref name="period"/>).
    /// </summary>
    public static MeasureValue Compute(VoteMatrix matrix, Dyad dyad, Measure measure, Slice slice, int period, AlignmentOptions options = default)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var a = matrix.IndexOf(dyad.A);
        var b = matrix.IndexOf(dyad.B);
        if (a < 0 || b < 0)
        {
            AlignmentThrow.Argument(nameof(dyad), $"Dyad {dyad} names a state that is not in the matrix.");
        }

        return FromVotes(JointVotes(matrix, a, b, Columns(matrix, slice, period, options)), measure, options);
    }

    /// <summary>The same result as <see cref="AlignmentEngine.Compute"/>, computed one value at a time.</summary>
    public static AlignmentResult Compute(VoteMatrix matrix, AlignmentQuery query)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(query);
        var options = query.Options;
        var measures = query.Measures.IsDefaultOrEmpty ? MeasureRegistry.Measures : query.Measures;
        var periods = matrix.RollCalls
            .Select(options.PeriodOf)
            .OfType<int>()
            .Where(p => (query.From is null || p >= query.From) && (query.To is null || p <= query.To))
            .Distinct()
            .Order()
            .ToImmutableArray();
        var (rowA, rowB) = AlignmentEngine.ResolveDyads(matrix, query.Dyads);
        var dyads = query.Dyads.IsDefaultOrEmpty
            ? [.. rowA.Select((r, i) => new Dyad(matrix.States[r], matrix.States[rowB[i]]))]
            : query.Dyads;
        var storage = new AlignmentStorage(measures.Length, query.Slices.Length * periods.Length, dyads.Length);
        for (var s = 0; s < query.Slices.Length; s++)
        {
            for (var p = 0; p < periods.Length; p++)
            {
                var cell = (s * periods.Length) + p;
                var columns = Columns(matrix, query.Slices[s], periods[p], options);
                for (var d = 0; d < dyads.Length; d++)
                {
                    var joint = JointVotes(matrix, rowA[d], rowB[d], columns);
                    var i = (cell * dyads.Length) + d;
                    storage.JointN[i] = joint.Count;
                    storage.YesNoN[i] = joint.Count(v => v.A != Vote.Abstain && v.B != Vote.Abstain);
                    for (var m = 0; m < measures.Length; m++)
                    {
                        storage.Values[m][i] = FromVotes(joint, measures[m], options).Value;
                    }
                }
            }
        }

        return new AlignmentResult(matrix.States, options, measures, query.Slices, periods, dyads, rowA, rowB, storage);
    }

    private static List<int> Columns(VoteMatrix matrix, Slice slice, int period, AlignmentOptions options)
    {
        var columns = new List<int>();
        for (var r = 0; r < matrix.RollCalls.Length; r++)
        {
            var rc = matrix.RollCalls[r];
            if (options.FinalPassageOnly && (rc.Amendment || rc.Paragraph))
            {
                continue;
            }

            if (options.DropUnanimous && (rc.Unanimous ?? Enumerable.Range(0, matrix.States.Length)
                .Select(s => matrix[s, r]).Where(v => v.IsCast()).Distinct().Count() <= 1))
            {
                continue;
            }

            int? p = options.Period == PeriodKind.Year ? rc.Date.Year : rc.Session;
            if (p is int q && q > period - options.Window && q <= period && slice.Contains(rc))
            {
                columns.Add(r);
            }
        }

        return columns;
    }

    private static List<(Vote A, Vote B)> JointVotes(VoteMatrix matrix, int a, int b, List<int> columns)
    {
        var joint = new List<(Vote, Vote)>();
        foreach (var r in columns)
        {
            var va = matrix[a, r];
            var vb = matrix[b, r];
            if (va is Vote.Yes or Vote.Abstain or Vote.No && vb is Vote.Yes or Vote.Abstain or Vote.No)
            {
                joint.Add((va, vb));
            }
        }

        return joint;
    }

    private static MeasureValue FromVotes(List<(Vote A, Vote B)> joint, Measure measure, AlignmentOptions options)
    {
        var votes = measure == Measure.Coincidence || options.Abstention == AbstentionScoring.VotesOnly
            ? joint.Where(v => v.A != Vote.Abstain && v.B != Vote.Abstain).ToList()
            : joint;
        var n = votes.Count;
        if (n == 0)
        {
            return MeasureValue.Undefined(0);
        }

        double Mean(Func<Vote, Vote, double> f) => votes.Sum(v => f(v.A, v.B)) / n;
        double Distance(Vote x, Vote y) => options.Abstention == AbstentionScoring.Soft
            ? options.Distance == DistanceMetric.Absolute
                ? Math.Abs(Code(x) - Code(y))
                : (Code(x) - Code(y)) * (Code(x) - Code(y))
            : x == y ? 0 : 1;

        var value = measure switch
        {
            Measure.Identity => Mean((x, y) => x == y ? 1 : 0),
            Measure.Coincidence => Mean((x, y) => x == y ? 1 : 0),
            Measure.Agreement => Mean((x, y) => options.Abstention == AbstentionScoring.Soft ? 1 - Math.Abs(Code(x) - Code(y)) : x == y ? 1 : 0),
            Measure.S => 1 - (2 * Mean(Distance) / 1.0),
            Measure.Kappa => ChanceCorrected(votes, Distance, pooled: false),
            Measure.Pi => ChanceCorrected(votes, Distance, pooled: true),
            _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "Not a measure."),
        };
        return new MeasureValue(value, n);
    }

    private static double ChanceCorrected(List<(Vote A, Vote B)> votes, Func<Vote, Vote, double> distance, bool pooled)
    {
        var n = (double)votes.Count;
        var observed = votes.Sum(v => distance(v.A, v.B)) / n;
        var expected = 0.0;
        foreach (var x in Categories)
        {
            foreach (var y in Categories)
            {
                var pa = votes.Count(v => v.A == x) / n;
                var pb = votes.Count(v => v.B == y) / n;
                if (pooled)
                {
                    pa = (votes.Count(v => v.A == x) + votes.Count(v => v.B == x)) / (2 * n);
                    pb = (votes.Count(v => v.A == y) + votes.Count(v => v.B == y)) / (2 * n);
                }

                expected += pa * pb * distance(x, y);
            }
        }

        // Zero expected disagreement: both states cast one and the same category throughout.
        return expected == 0 ? (observed == 0 ? 1 : double.NaN) : 1 - (observed / expected);
    }

    private static double Code(Vote v) => v switch
    {
        Vote.Yes => 1.0,
        Vote.Abstain => 0.5,
        _ => 0.0,
    };
}

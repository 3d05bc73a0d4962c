using System.Collections.Immutable;
using Multipolar.Alignment;
using Multipolar.Blocs;
using Multipolar.Countries;
using Multipolar.Poles;
using Multipolar.Votes;

namespace Multipolar.Shifts;

/// <summary>One member's alignment with two poles in one period.</summary>
/// <param name="Period">The year (or session).</param>
/// <param name="State">The member.</param>
/// <param name="WithFirst">Its alignment with the first pole, with N.</param>
/// <param name="WithSecond">Its alignment with the second pole, with N.</param>
/// <param name="Lean">WithSecond − WithFirst: positive leans toward the second pole.</param>
/// <param name="NormalisedLean">The lean after removing each pole's popularity: (WithSecond − popularity of the second) − (WithFirst − popularity of the first).</param>
public sealed record SphereRow(int Period, Country State, MeasureValue WithFirst, MeasureValue WithSecond, double Lean, double NormalisedLean);

/// <summary>The bloc's mean in one period.</summary>
/// <param name="Period">The year (or session).</param>
/// <param name="Members">The members with both values defined.</param>
/// <param name="Lean">Mean lean.</param>
/// <param name="NormalisedLean">Mean normalised lean.</param>
/// <param name="FirstPopularity">The first pole's mean alignment with every other state voting in the period.</param>
/// <param name="SecondPopularity">The same for the second pole.</param>
public sealed record SphereMean(int Period, int Members, double Lean, double NormalisedLean, double FirstPopularity, double SecondPopularity);

/// <summary>The year a member's lean changed sign for good (<see cref="Spheres.PersistYears"/> years or more), or null.</summary>
/// <param name="State">The member.</param>
/// <param name="Crossover">The first period of the new sign on the raw lean, or null.</param>
/// <param name="NormalisedCrossover">The same on the normalised lean, or null.</param>
/// <param name="Votes">The roll calls behind the normalised crossover (its lean from the period before to it), or null.</param>
public sealed record SphereCrossover(Country State, int? Crossover, int? NormalisedCrossover, Shift? Votes);

/// <summary>A sphere-drift result: members, bloc means and crossovers.</summary>
/// <param name="Bloc">The bloc.</param>
/// <param name="First">The first pole.</param>
/// <param name="Second">The second pole.</param>
/// <param name="Measure">The measure.</param>
/// <param name="Slice">The slice.</param>
/// <param name="Options">The measurement choices.</param>
/// <param name="Rows">Per period and member.</param>
/// <param name="Means">Per period.</param>
/// <param name="Crossovers">Per member.</param>
public sealed record SphereDrift(Bloc Bloc, Pole First, Pole Second, Measure Measure, Slice Slice, AlignmentOptions Options,
    ImmutableArray<SphereRow> Rows, ImmutableArray<SphereMean> Means, ImmutableArray<SphereCrossover> Crossovers);

/// <summary>
/// Spheres of influence: for a bloc and two poles, each member's relative alignment with the poles per period
/// (lean = alignment with the second − with the first), the bloc's mean, a normalised lean that removes each
/// pole's general popularity (its mean alignment with all other states voting that period: a pole that votes with
/// the G77 majority agrees with almost everyone), and the period each member crossed over, with the votes behind
/// it (docs/polarity.md, Spheres).
/// </summary>
public static class Spheres
{
    /// <summary>A crossover needs the new sign in this many consecutive periods with values.</summary>
    public const int PersistYears = 2;

    /// <summary>Computes the sphere drift of <paramref name="bloc"/> between two poles.</summary>
    /// <exception cref="ArgumentException">A pole is not in the matrix, or the bloc has no member with votes.</exception>
    public static SphereDrift Compute(VoteMatrix matrix, Bloc bloc, Pole first, Pole second, Measure measure = Measure.Agreement,
        Slice slice = default, AlignmentOptions options = default, int? from = null, int? to = null)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(bloc);
        foreach (var p in (Pole[])[first, second])
        {
            if (matrix.IndexOf(p.State) < 0)
            {
                throw new ArgumentException($"The pole {p.Code} has no votes in the matrix.", nameof(first));
            }
        }

        var members = bloc.States.Where(s => matrix.IndexOf(s) >= 0 && s != first.State && s != second.State).ToArray();
        if (members.Length == 0)
        {
            throw new ArgumentException($"No member of {bloc.Code} has votes in the matrix.", nameof(bloc));
        }

        // Every state against both poles: the members' values and the poles' popularity.
        var others = matrix.States.Where(s => s != first.State && s != second.State).ToArray();
        var dyads = others.SelectMany(s => new[] { new Dyad(s, first.State), new Dyad(s, second.State) }).ToImmutableArray();
        var result = AlignmentEngine.Compute(matrix, new AlignmentQuery { Measures = [measure], Dyads = dyads, Slices = [slice], Options = options, From = from, To = to });
        var rows = ImmutableArray.CreateBuilder<SphereRow>();
        var means = ImmutableArray.CreateBuilder<SphereMean>();
        foreach (var period in result.Periods)
        {
            var pop1 = Popularity(result, others, first, measure, slice, period);
            var pop2 = Popularity(result, others, second, measure, slice, period);
            var inPeriod = new List<SphereRow>();
            foreach (var m in members)
            {
                if (!bloc.MembersIn(options.Period == PeriodKind.Year ? period : period + 1945).Contains(m))
                {
                    continue;
                }

                var v1 = first.HasVotesIn(period) ? result[measure, slice, period, new Dyad(m, first.State)] : MeasureValue.Undefined(0);
                var v2 = second.HasVotesIn(period) ? result[measure, slice, period, new Dyad(m, second.State)] : MeasureValue.Undefined(0);
                if (!v1.IsDefined || !v2.IsDefined)
                {
                    continue;
                }

                inPeriod.Add(new SphereRow(period, m, v1, v2, v2.Value - v1.Value, (v2.Value - pop2) - (v1.Value - pop1)));
            }

            rows.AddRange(inPeriod);
            if (inPeriod.Count > 0)
            {
                means.Add(new SphereMean(period, inPeriod.Count, inPeriod.Average(r => r.Lean), inPeriod.Average(r => r.NormalisedLean), pop1, pop2));
            }
        }

        var all = rows.ToImmutable();
        var crossovers = members.Select(m => Crossover(matrix, m, all, first, second, options, slice)).ToImmutableArray();
        return new SphereDrift(bloc, first, second, measure, slice, options, all, means.ToImmutable(), crossovers);
    }

    /// <summary>The pole's mean alignment with the other states that have a defined value in the period.</summary>
    private static double Popularity(AlignmentResult result, Country[] others, Pole pole, Measure measure, Slice slice, int period)
    {
        var values = others.Select(s => result[measure, slice, period, new Dyad(s, pole.State)]).Where(v => v.IsDefined).Select(v => v.Value).ToArray();
        return values.Length == 0 ? double.NaN : values.Average();
    }

    private static SphereCrossover Crossover(VoteMatrix matrix, Country member, ImmutableArray<SphereRow> rows, Pole first, Pole second, AlignmentOptions options, Slice slice)
    {
        var series = rows.Where(r => r.State == member).OrderBy(r => r.Period).ToArray();
        var raw = FirstLastingChange(series, r => r.Lean);
        var normalised = FirstLastingChange(series, r => r.NormalisedLean);
        Shift? votes = null;
        if (normalised is int year && series.LastOrDefault(r => r.Period < year) is { } previous)
        {
            votes = Shifts.Combined(matrix, [new WeightedDyad(member, second.State, 1), new WeightedDyad(member, first.State, -1)], previous.Period, year, options, slice,
                $"lean of {member.Iso3} toward {second.Code} rather than {first.Code}");
        }

        return new SphereCrossover(member, raw, normalised, votes);
    }

    /// <summary>The first period whose sign differs from the first period's and stays so for <see cref="PersistYears"/> periods.</summary>
    internal static int? FirstLastingChange(IReadOnlyList<SphereRow> series, Func<SphereRow, double> value)
    {
        var start = series.Select(value).FirstOrDefault(v => v != 0 && !double.IsNaN(v));
        if (start == 0)
        {
            return null;
        }

        for (var i = 0; i + PersistYears <= series.Count; i++)
        {
            if (Enumerable.Range(i, PersistYears).All(k => Math.Sign(value(series[k])) == -Math.Sign(start)))
            {
                return series[i].Period;
            }
        }

        return null;
    }
}

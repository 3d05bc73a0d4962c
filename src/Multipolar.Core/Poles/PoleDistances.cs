using System.Collections.Immutable;
using Multipolar.Countries;
using Multipolar.IdealPoints;

namespace Multipolar.Poles;

/// <summary>A state's ideal-point distance to one pole in one period.</summary>
/// <param name="State">The state.</param>
/// <param name="Pole">The pole.</param>
/// <param name="Period">The year or session of the fit.</param>
/// <param name="StateEstimate">The state's ideal point.</param>
/// <param name="PoleEstimate">The pole's ideal point.</param>
/// <param name="Distance">|state − pole| on the fit's single dimension.</param>
/// <param name="StandardError">√(SE_state² + SE_pole²), the two estimates treated as independent.</param>
/// <param name="Votes">The state's cast votes in the fit (its N).</param>
public readonly record struct PoleDistance(Country State, Pole Pole, int Period, double StateEstimate, double PoleEstimate, double Distance, double StandardError, int Votes);

/// <summary>
/// Ideal-point distances to the poles and the ideal-point net alignment, from an <see cref="IdealPointFit"/>
/// (static or dynamic). docs/analytics.md, "Profile" and "Net alignment".
/// </summary>
public static class PoleDistances
{
    /// <summary>The state's distance to each pole in every period of <paramref name="fit"/> where both have an estimate.</summary>
    public static ImmutableArray<PoleDistance> Compute(IdealPointFit fit, Country state, PoleSet poles)
    {
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentNullException.ThrowIfNull(poles);
        return Compute([.. fit.Series(state), .. poles.Poles.Where(p => !ReferenceEquals(p.State, state)).SelectMany(p => fit.Series(p.State))], state, poles);
    }

    /// <summary>
    /// The state's distance to each pole in every period where both have a point among <paramref name="points"/> (e.g. a
    /// store's precomputed fit); at most one point per state and period.
    /// </summary>
    public static ImmutableArray<PoleDistance> Compute(IReadOnlyCollection<IdealPoint> points, Country state, PoleSet poles)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(poles);
        var mine = points.Where(p => ReferenceEquals(p.State, state)).ToDictionary(p => p.Period);
        var builder = ImmutableArray.CreateBuilder<PoleDistance>();
        foreach (var pole in poles.Poles)
        {
            if (ReferenceEquals(pole.State, state))
            {
                continue;
            }

            foreach (var q in points.Where(p => ReferenceEquals(p.State, pole.State)).OrderBy(p => p.Period))
            {
                if (mine.TryGetValue(q.Period, out var x))
                {
                    builder.Add(new PoleDistance(state, pole, q.Period, x.Estimate, q.Estimate, Math.Abs(x.Estimate - q.Estimate),
                        Math.Sqrt((x.StandardError * x.StandardError) + (q.StandardError * q.StandardError)), x.Votes));
                }
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>
    /// Ideal-point net alignment of <paramref name="state"/> between poles <paramref name="first"/> and
    /// <paramref name="second"/> in <paramref name="period"/> (<see cref="NetAlignment.FromIdealPoints"/>); NaN when an
    /// estimate is missing.
    /// </summary>
    public static double Net(IdealPointFit fit, Country state, Pole first, Pole second, int period)
    {
        ArgumentNullException.ThrowIfNull(fit);
        return fit.TryGet(state, period, out var x) && fit.TryGet(first.State, period, out var a) && fit.TryGet(second.State, period, out var b)
            ? NetAlignment.FromIdealPoints(x.Estimate, a.Estimate, b.Estimate)
            : double.NaN;
    }
}

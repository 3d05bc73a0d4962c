using Multipolar.Alignment;

namespace Multipolar.Poles;

/// <summary>
/// Net alignment between two poles, in [−1, 1] (+1 entirely with the first, −1 entirely with the second, 0 equally
/// near both), from dyadic alignment or from ideal points. docs/analytics.md, "Net alignment".
/// </summary>
public static class NetAlignment
{
    /// <summary>
    /// A measure's value rescaled to a similarity in [0, 1]: identity, agreement and coincidence as they are;
    /// S (in [−1, 1]) as (S + 1)/2; κ and π (in (−∞, 1]) clipped to [−1, 1], then (v + 1)/2.
    /// </summary>
    public static double Similarity(Measure measure, double value) => measure switch
    {
        Measure.Identity or Measure.Agreement or Measure.Coincidence => value,
        Measure.S => (value + 1) / 2,
        _ => (Math.Clamp(value, -1, 1) + 1) / 2,
    };

    /// <summary>
    /// Net alignment from dyadic alignment: NA = u₁ − u₂, with u the state's <see cref="Similarity"/> with each pole
    /// in the same slice and period. Range [−1, 1]; +1 only when the state always votes with the first pole and
    /// never with the second. Monotone in each similarity. NaN when either value is undefined.
    /// </summary>
    /// <remarks>Source: the difference of dyadic similarities is the usual "relative alignment" of the UN-voting
    /// literature (e.g. Voeten 2000, "Clashes in the Assembly", International Organization 54(2), compares agreement
    /// with the US and with the USSR); the [0, 1] rescaling makes it comparable across measures.</remarks>
    public static double FromMeasures(Measure measure, double withFirst, double withSecond) =>
        Similarity(measure, withFirst) - Similarity(measure, withSecond);

    /// <summary>
    /// Net alignment from ideal points, defined on the segment between the poles: with p₁ and p₂ the poles' ideal
    /// points and x the state's, t = clamp((x − p₂)/(p₁ − p₂), 0, 1) and NA = 2t − 1.
    /// </summary>
    /// <remarks>
    /// <para>Between the poles this equals the usual form (d₂ − d₁)/(d₂ + d₁), d the distance to each pole
    /// (<see cref="Conventional"/>). Beyond a pole that form is not monotone: d₂ − d₁ stays |p₁ − p₂| while d₂ + d₁
    /// grows, so a state far beyond the second pole comes out less aligned with it than one just inside (on the 2023
    /// estimates Syria, beyond China, comes out less China-leaning than Viet Nam). Here a state beyond a pole is
    /// entirely with it (±1), and NA is monotone in x.</para>
    /// <para>NaN when the poles share an ideal point or any input is NaN.</para>
    /// </remarks>
    public static double FromIdealPoints(double state, double first, double second)
    {
        if (!double.IsFinite(state) || !double.IsFinite(first) || !double.IsFinite(second) || first == second)
        {
            return double.NaN;
        }

        var t = Math.Clamp((state - second) / (first - second), 0, 1);
        return (2 * t) - 1;
    }

    /// <summary>The usual form (d₂ − d₁)/(d₂ + d₁) with d₁ = |x − p₁|, d₂ = |x − p₂|: for comparison only (not monotone beyond a pole).</summary>
    public static double Conventional(double state, double first, double second)
    {
        var d1 = Math.Abs(state - first);
        var d2 = Math.Abs(state - second);
        return d1 + d2 == 0 ? double.NaN : (d2 - d1) / (d2 + d1);
    }
}

using System.Collections.Immutable;
using Multipolar.Votes;

namespace Multipolar.Alignment;

public static partial class AlignmentEngine
{
    /// <summary>
    /// The series of one dyad under each variant side by side, with the spread (max − min of the defined
    /// values) per period. The CLI's <c>multipolar sensitivity RUS CHN</c> prints it.
    /// </summary>
    /// <param name="matrix">The votes.</param>
    /// <param name="dyad">The pair of states.</param>
    /// <param name="measure">The measure.</param>
    /// <param name="slice">The slice of roll calls; default all.</param>
    /// <param name="variants">The variants to compare; default <see cref="SensitivityVariant.Around"/> the default options.
    /// All must share one <see cref="AlignmentOptions.Period"/> kind.</param>
    /// <remarks>A period in which a variant has no roll calls (e.g. only amendments under final-passage) shows NaN with N = 0 for it.</remarks>
    /// <exception cref="ArgumentException">The variants are empty or mix years and sessions, or the dyad is not in the matrix.</exception>
    public static SensitivityTable Sensitivity(
        VoteMatrix matrix,
        Dyad dyad,
        Measure measure,
        Slice slice = default,
        IReadOnlyList<SensitivityVariant>? variants = null)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        variants ??= SensitivityVariant.Around(AlignmentOptions.Default);
        if (variants.Count == 0)
        {
            AlignmentThrow.Argument(nameof(variants), "variants is empty; give at least one, e.g. SensitivityVariant.Around(options).");
        }

        if (variants.Any(v => v.Options.Period != variants[0].Options.Period))
        {
            AlignmentThrow.Argument(nameof(variants), "variants mix years and sessions; their periods would not line up.");
        }

        var series = variants
            .Select(v => Compute(matrix, AlignmentQuery.ForDyad(dyad) with { Measures = [measure], Slices = [slice], Options = v.Options }))
            .Select(r => r.Series(dyad, measure, slice).ToDictionary(p => p.Period, p => p.Value))
            .ToArray();
        var periods = series.SelectMany(s => s.Keys).Distinct().Order();
        var rows = ImmutableArray.CreateBuilder<SensitivityRow>();
        foreach (var period in periods)
        {
            var values = series.Select(s => s.TryGetValue(period, out var v) ? v : MeasureValue.Undefined(0)).ToImmutableArray();
            var defined = values.Where(v => v.IsDefined).Select(v => v.Value).ToArray();
            var spread = defined.Length == 0 ? double.NaN : defined.Max() - defined.Min();
            rows.Add(new SensitivityRow(period, values, spread));
        }

        return new SensitivityTable(dyad, measure, slice, [.. variants], rows.ToImmutable());
    }
}

using System.Collections.Immutable;
using System.Globalization;
using Multipolar.Alignment;
using Multipolar.Countries;
using Multipolar.IdealPoints;
using Multipolar.Power;

namespace Multipolar.Charts;

/// <summary>
/// The standard views as <see cref="Figure"/>s, built from the library's results: one dyad's alignment,
/// ideal-point trajectories, material polarity, a year's agreement with one state. The CLI's <c>chart</c>
/// command, the case studies and the briefs build their figures here, so that one view looks the same everywhere.
/// </summary>
public static partial class FigureViews
{
    /// <summary>One dyad's series of a measure (its N in the note's range).</summary>
    public static Figure Dyad(Dyad dyad, MeasureInfo measure, Slice slice, IReadOnlyList<PeriodValue> series, AlignmentOptions options, IEnumerable<string> sources)
    {
        ArgumentNullException.ThrowIfNull(series);
        var defined = series.Where(p => p.Value.N > 0).ToArray();
        var n = defined.Length == 0 ? "no joint votes" : $"N {defined.Min(p => p.Value.N)}–{defined.Max(p => p.Value.N)} joint votes per {(options.Period == PeriodKind.Year ? "year" : "session")}";
        var low = measure.Range.Contains('−', StringComparison.Ordinal) || measure.Range.Contains('-', StringComparison.Ordinal) ? -1.0 : 0.0;
        return new Figure(
            $"{dyad.A.Name} and {dyad.B.Name}: {measure.Name}",
            options.Period == PeriodKind.Year ? "Year" : "Session",
            $"{measure.Name} ({measure.Key})",
            [new FigureSeries(slice.Key == "all" ? "all roll calls" : slice.Key, [.. defined.Select(p => (double)p.Period)], [.. defined.Select(p => p.Value.Value)])],
            [measure.Citation, .. sources],
            $"slice {slice.Key}; {options}; {n}",
            low,
            1);
    }

    /// <summary>Ideal-point trajectories of states with their 95% intervals.</summary>
    public static Figure IdealPoints(IReadOnlyList<(Country State, IReadOnlyList<IdealPoint> Points)> trajectories, bool dynamic, IEnumerable<string> sources)
    {
        ArgumentNullException.ThrowIfNull(trajectories);
        var series = trajectories.Select(t => new FigureSeries(
            $"{t.State.Name} ({t.State.Iso3})",
            [.. t.Points.Select(p => (double)p.Period)],
            [.. t.Points.Select(p => p.Estimate)],
            Low: [.. t.Points.Select(p => p.Lower)],
            High: [.. t.Points.Select(p => p.Upper)])).ToImmutableArray();
        return new Figure(
            $"Ideal points: {string.Join(", ", trajectories.Select(t => t.State.Iso3))}",
            "Year",
            "Ideal point (United States positive)",
            series,
            ["Bailey, Strezhnev and Voeten (2017), Estimating Dynamic State Preferences from United Nations Voting Data, JCR 61(2)", .. sources],
            dynamic ? "dynamic model (comparable across years)" : "static fit per year (scales not comparable across years)");
    }

    /// <summary>Material polarity: the effective number of major powers by CINC and GDP, beside other series (e.g. voting polarity).</summary>
    public static Figure Power(IReadOnlyList<PowerYear> years, IEnumerable<string> sources, IReadOnlyList<FigureSeries>? beside = null)
    {
        ArgumentNullException.ThrowIfNull(years);
        var x = years.Select(y => (double)y.Year).ToImmutableArray();
        FigureSeries[] series =
        [
            new("effective number of major powers, CINC", x, [.. years.Select(y => y.CincEffectiveNumber)]),
            new("effective number of major powers, GDP", x, [.. years.Select(y => y.GdpEffectiveNumber)], Dashed: true),
            .. beside ?? [],
        ];
        var range = years.Count == 0 ? "" : $"{years[0].Year}–{years[^1].Year}";
        return new Figure(
            $"How many poles? {(beside is { Count: > 0 } ? "Voting and material" : "Material")} polarity {range}",
            "Year",
            "Effective number (1/Σ share²)",
            [.. series],
            [.. PowerAnalysis.Citations, .. sources],
            $"COW major powers: {MajorCounts(years)}; no GDP value while one lacks a figure");
    }

    /// <summary>"4 from 1946, 5 from 1950, 7 from 1991": the number of major powers and when it changes.</summary>
    private static string MajorCounts(IReadOnlyList<PowerYear> years)
    {
        var parts = new List<string>();
        var last = -1;
        foreach (var y in years)
        {
            if (y.Majors.Length != last)
            {
                parts.Add(FormattableString.Invariant($"{y.Majors.Length} from {y.Year}"));
                last = y.Majors.Length;
            }
        }

        return string.Join(", ", parts);
    }

    /// <summary>A dyad's material ratios (A/B) over time.</summary>
    public static Figure Ratios(Country a, Country b, IReadOnlyList<PowerRatio> ratios)
    {
        ArgumentNullException.ThrowIfNull(ratios);
        var x = ratios.Select(r => (double)r.Year).ToImmutableArray();
        return new Figure(
            $"{a.Name} / {b.Name}: material ratios",
            "Year",
            $"Ratio {a.Iso3}/{b.Iso3} (1 = parity)",
            [new("CINC ratio", x, [.. ratios.Select(r => r.CincRatio)]), new("GDP ratio (current US$)", x, [.. ratios.Select(r => r.GdpRatio)], Dashed: true)],
            [.. PowerAnalysis.Citations.Take(2)],
            "above 1: the first state has more");
    }

    /// <summary>
    /// A year's agreement of every state with <paramref name="focus"/>, as a ranked dot plot (not a geographic map:
    /// the CLI carries no map geometry; docs/charts.md).
    /// </summary>
    public static Figure AgreementRanking(Country focus, int year, MeasureInfo measure, IReadOnlyList<(Country State, double Value, int N)> values, IEnumerable<string> sources)
    {
        ArgumentNullException.ThrowIfNull(values);
        var ranked = values.Where(v => double.IsFinite(v.Value)).OrderByDescending(v => v.Value).ToArray();
        var label = ranked.Select((v, i) => i % 6 == 0 || i < 5 || i >= ranked.Length - 5 ? v.State.Iso3 : "").ToImmutableArray();
        return new Figure(
            $"Agreement with {focus.Name}, {year.ToString(CultureInfo.InvariantCulture)}: every state ranked",
            "Rank",
            $"{measure.Name} with {focus.Iso3}",
            [new($"{measure.Key} with {focus.Iso3}", [.. ranked.Select((_, i) => (double)(i + 1))], [.. ranked.Select(v => v.Value)], SeriesStyle.LabelledPoints, Labels: label)],
            [measure.Citation, .. sources],
            $"a ranked dot plot, not a map (no geometry in the CLI); {ranked.Length} states, N {(ranked.Length == 0 ? 0 : ranked.Min(v => v.N))}–{(ranked.Length == 0 ? 0 : ranked.Max(v => v.N))} joint votes",
            XIsYear: false);
    }
}

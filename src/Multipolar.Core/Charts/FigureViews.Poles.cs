using System.Collections.Immutable;
using System.Globalization;
using Multipolar.Alignment;
using Multipolar.Blocs;
using Multipolar.Countries;
using Multipolar.Polarity;
using Multipolar.Poles;

namespace Multipolar.Charts;

/// <summary>The figures of the poles, blocs and polarity views (<c>chart profile|bloc|multialign|polarity</c>, docs/charts.md).</summary>
public static partial class FigureViews
{
    /// <summary>A state's alignment with each pole per year in one slice (the view of <c>profile</c>).</summary>
    public static Figure Profile(PoleProfileTable table, Country state, Slice slice, IEnumerable<string> sources)
    {
        ArgumentNullException.ThrowIfNull(table);
        var info = MeasureRegistry.Get(table.Measure);
        var series = new List<FigureSeries>();
        var n = new List<int>();
        for (var p = 0; p < table.Poles.Poles.Length; p++)
        {
            var pole = table.Poles.Poles[p];
            if (ReferenceEquals(pole.State, state))
            {
                continue;
            }

            var points = table.Periods.Select(y => (Year: y, Value: table.Value(state, p, slice, y))).Where(x => x.Value.IsDefined && x.Value.N > 0).ToArray();
            n.AddRange(points.Select(x => x.Value.N));
            series.Add(new FigureSeries($"{state.Iso3}–{pole.Code}", [.. points.Select(x => (double)x.Year)], [.. points.Select(x => x.Value.Value)], Dashed: p > 0));
        }

        return new Figure(
            $"{state.Name}: {info.Name} with each pole ({slice.Key})",
            "Year",
            $"{info.Name} ({info.Key})",
            [.. series],
            [info.Citation, .. sources],
            $"poles {table.Poles.Key}; {table.Options}; N {(n.Count == 0 ? 0 : n.Min())}–{(n.Count == 0 ? 0 : n.Max())} joint votes per year");
    }

    /// <summary>A bloc's cohesion per year: the Hix–Noury–Roland agreement index (solid) and mean pairwise agreement (dashed).</summary>
    public static Figure BlocCohesion(Bloc bloc, IReadOnlyList<BlocCohesion> cohesion, IEnumerable<string> sources)
    {
        ArgumentNullException.ThrowIfNull(bloc);
        ArgumentNullException.ThrowIfNull(cohesion);
        var years = cohesion.Where(c => c.RollCalls > 0).ToArray();
        var x = years.Select(c => (double)c.Period).ToImmutableArray();
        var slice = years.Length == 0 ? Slice.All : years[0].Slice;
        return new Figure(
            $"{bloc.Code} ({bloc.Name}): cohesion, {slice.Key}",
            "Year",
            "Cohesion (0 split, 1 united)",
            [new FigureSeries("agreement index (Hix–Noury–Roland)", x, [.. years.Select(c => c.AgreementIndex)]),
             new FigureSeries("mean pairwise agreement", x, [.. years.Select(c => c.PairwiseAgreement)], Dashed: true)],
            ["Hix, Noury and Roland (2005), BJPolS 35(2): 209–234", bloc.Source, .. sources],
            $"members as of each roll call's date; N {(years.Length == 0 ? 0 : years.Min(c => c.RollCalls))}–{(years.Length == 0 ? 0 : years.Max(c => c.RollCalls))} roll calls per year",
            0,
            1);
    }

    /// <summary>A year's multi-alignment index of every state with one, ranked, with the multi-aligned threshold as a dashed line.</summary>
    public static Figure MultiAlignmentRanking(IReadOnlyList<MultiAlignmentValue> values, PoleSet poles, int year, MultiAlignmentOptions options, IEnumerable<string> sources)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(poles);
        var ranked = values.Where(v => double.IsFinite(v.Index)).OrderByDescending(v => v.Index).ToArray();
        var label = ranked.Select((v, i) => i < 12 || i % 8 == 0 ? v.State.Iso3 : "").ToImmutableArray();
        var t = options.MultiAlignedThreshold;
        return new Figure(
            $"Multi-alignment index {year.ToString(CultureInfo.InvariantCulture)} against {poles.Key}: every state ranked",
            "Rank",
            "MAI = √(D·σ)",
            [new FigureSeries("multi-alignment index", [.. ranked.Select((_, i) => (double)(i + 1))], [.. ranked.Select(v => v.Index)], SeriesStyle.LabelledPoints, Labels: label),
             new FigureSeries(string.Create(CultureInfo.InvariantCulture, $"multi-aligned from {t}"), [1.0, Math.Max(1, ranked.Length)], [t, t], Dashed: true)],
            ["Multipolar multi-alignment index (docs/analytics.md, \"Multi-alignment\")", .. sources],
            string.Create(CultureInfo.InvariantCulture, $"{ranked.Length} states with at least two issue areas of {options.MinVotes}+ joint votes with every pole"),
            0,
            XIsYear: false);
    }

    /// <summary>Voting polarity per year: the effective number of poles over community sizes (solid), spectrally (dashed), and the number of communities (points).</summary>
    public static Figure Polarity(PolarityResult result, IEnumerable<string> sources)
    {
        ArgumentNullException.ThrowIfNull(result);
        var x = result.Years.Select(y => (double)y.Period).ToImmutableArray();
        var range = result.Years.IsEmpty ? "" : $"{result.Years[0].Period}–{result.Years[^1].Period}";
        return new Figure(
            $"Polarity of the General Assembly {range}: effective number of poles",
            "Year",
            "Poles",
            [new FigureSeries("effective number over community sizes (Laakso–Taagepera)", x, [.. result.Years.Select(y => y.EffectivePoles)]),
             new FigureSeries("spectral effective number", x, [.. result.Years.Select(y => y.SpectralPoles)], Dashed: true),
             new FigureSeries("communities", x, [.. result.Years.Select(y => (double)y.CommunityCount)], SeriesStyle.Points)],
            ["Traag, Waltman and van Eck (2019), Sci. Rep. 9: 5233 (Leiden); Traag and Bruggeman (2009), Phys. Rev. E 80: 036115 (signed modularity)", "Laakso and Taagepera (1979), Comparative Political Studies 12(1)", .. sources],
            result.Options.ToString(),
            0);
    }
}

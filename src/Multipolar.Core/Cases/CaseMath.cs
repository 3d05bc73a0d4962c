using System.Collections.Immutable;
using System.Globalization;
using Multipolar.Alignment;
using Multipolar.Charts;
using Multipolar.Countries;
using Multipolar.IdealPoints;
using Multipolar.Votes;

namespace Multipolar.Cases;

/// <summary>The library calls the cases share: alignment series of dyads, static ideal points per year, tables.</summary>
internal static class CaseMath
{
    public static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Cell(double v) => double.IsNaN(v) ? "" : v.ToString("R", Inv);

    public static string Cell(int v) => v.ToString(Inv);

    /// <summary>The alignment engine on the given dyads, measures and slices, <paramref name="from"/> to the last year.</summary>
    public static AlignmentResult Align(CaseInputs inputs, IEnumerable<Dyad> dyads, IEnumerable<Measure> measures, IEnumerable<Slice> slices, int from, AlignmentOptions options = default) =>
        AlignmentEngine.Compute(inputs.Votes, new AlignmentQuery
        {
            Dyads = [.. dyads],
            Measures = [.. measures],
            Slices = [.. slices],
            Options = options,
            From = from,
            To = inputs.LastYear,
        });

    /// <summary>Fewer joint votes than this make a thin year: reported under the limits, left out of the findings' series.</summary>
    public const int MinimumN = 10;

    /// <summary>A series as (year, value) over the periods with at least <see cref="MinimumN"/> joint votes.</summary>
    public static (int Year, double Value)[] Points(AlignmentResult r, Dyad d, Measure m, Slice s) =>
        [.. r.Series(d, m, s).Where(p => p.Value.N >= MinimumN).Select(p => (p.Period, p.Value.Value))];

    /// <summary>The long table of an alignment result (one row per dyad, slice, year, measure).</summary>
    public static CaseTable Table(string name, AlignmentResult r) => new(
        name,
        ["iso3_a", "iso3_b", "year", "measure", "slice", "value", "n", "options"],
        [.. r.Rows().Where(x => x.Value.N > 0).Select(x => ImmutableArray.Create(
            x.Dyad.A.Iso3, x.Dyad.B.Iso3, Cell(x.Period), x.Measure.Key(), x.Slice.Key, Cell(x.Value.Value), Cell(x.Value.N), r.Options.ToString()))]);

    /// <summary>A line figure of several series over years.</summary>
    public static FigureSeries Line(string label, IEnumerable<(int Year, double Value)> points, bool dashed = false)
    {
        var p = points.ToArray();
        return new FigureSeries(label, [.. p.Select(x => (double)x.Year)], [.. p.Select(x => x.Value)], Dashed: dashed);
    }

    /// <summary>Static ideal-point fits of each year from <paramref name="from"/> (one dimension, US positive; not comparable across years).</summary>
    public static IReadOnlyList<IdealPointFit> StaticFits(CaseInputs inputs, int from)
    {
        return inputs.StaticFits.GetOrAdd(from, f =>
        {
            var years = inputs.Votes.RollCalls.Select(r => r.Year).Where(y => y >= f).Distinct().Order().ToArray();
            var fits = new IdealPointFit[years.Length];
            Parallel.For(0, years.Length, ParallelWork.OnCurrentScheduler, i => fits[i] = IdealPointEstimator.EstimateStatic(inputs.Votes, years[i]));
            return fits;
        });
    }

    /// <summary>Per year, a state's ideal point minus the reference state's in that year's static fit.</summary>
    public static (int Year, double Value)[] RelativeTo(IReadOnlyList<IdealPointFit> fits, Country state, Country reference) =>
        [.. fits.Select(f => f.Periods.IsEmpty ? (0, double.NaN) : (f.Periods[0],
            f.TryGet(state, f.Periods[0], out var a) && f.TryGet(reference, f.Periods[0], out var b) ? a.Estimate - b.Estimate : double.NaN))
            .Where(p => p.Item1 != 0)];

    /// <summary>Years with joint votes below 10 for a dyad, and years in the range with no roll call at all.</summary>
    public static IEnumerable<string> DataLimits(CaseInputs inputs, AlignmentResult r, Dyad d, int from)
    {
        var counts = r.Series(d, Measure.Agreement, Slice.All).Select(p => (p.Period, p.Value.N)).ToArray();
        if (FindingText.ThinYears(counts, MinimumN) is { } thin)
        {
            yield return $"Thin years ({d.A.Iso3}–{d.B.Iso3} joint votes below {MinimumN}; shown in the tables and charts, left out of the findings): {thin}.";
        }

        var years = inputs.Votes.RollCalls.Select(x => x.Year).ToHashSet();
        var missing = Enumerable.Range(from, Math.Max(0, inputs.LastYear - from + 1)).Where(y => !years.Contains(y)).ToArray();
        if (missing.Length > 0)
        {
            yield return $"No roll call in the store for {string.Join(", ", missing)}: those years have no value.";
        }
    }

    /// <summary>
    /// Flags: the default series' direction (first to last year) against each other measurement choice's
    /// (<see cref="AlignmentEngine.Sensitivity"/>); one sentence per choice that turns the finding around.
    /// </summary>
    public static IEnumerable<string> SensitivityFlags(CaseInputs inputs, Dyad d, Measure measure, Slice slice, int from)
    {
        var table = AlignmentEngine.Sensitivity(inputs.Votes, d, measure, slice);
        var rows = table.Rows.Where(x => x.Period >= from && x.Values[0].N >= MinimumN).ToArray();
        var baseline = FindingText.Direction(rows.Select(x => (x.Period, x.Values[0].Value)));
        var any = false;
        for (var v = 1; v < table.Variants.Length; v++)
        {
            var series = rows.Select(x => (x.Period, x.Values[v].Value)).ToArray();
            var dir = FindingText.Direction(series);
            if (dir != baseline)
            {
                any = true;
                yield return $"Under {table.Variants[v].Name} scoring the {measure.Key()} series of {d.A.Iso3}–{d.B.Iso3} ({slice.Key}) {FindingText.Change(series) ?? "has too few values"}, which differs in direction from the default.";
            }
        }

        if (!any)
        {
            var spread = rows.Select(x => x.Spread).Where(double.IsFinite).DefaultIfEmpty(double.NaN).Max();
            yield return $"The direction of the {measure.Key()} series of {d.A.Iso3}–{d.B.Iso3} ({slice.Key}) is the same under every measurement choice ({string.Join(", ", table.Variants.Select(x => x.Name))}); the values differ by at most {FindingText.Number(spread)} in a year.";
        }
    }
}

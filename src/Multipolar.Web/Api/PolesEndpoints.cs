using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Multipolar.Alignment;
using Multipolar.Poles;
using Multipolar.Web.Snapshots;

namespace Multipolar.Web.Api;

/// <summary>Poles: the multi-alignment index of every state in a year (src/Multipolar.Core/Poles, MultiAlignment).</summary>
internal static class PolesEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/multialign", Rank).WithSummary("Every state's multi-alignment index against a set of poles in one year, with its parts, class and N (highest first).")
            .Produces<ApiResponse<MultiAlignRow>>().Declare(P.Year, P.Poles);

    private static IResult Rank(HttpContext context)
    {
        var q = new QueryReader(context);
        var s = context.Snapshot();
        var year = q.RequiredInt(P.Year);
        if (!s.Years.Contains(year))
        {
            throw ApiException.BadParameter("year", $"'year' is {year}, a year without roll calls in the store.", s.Years.IsEmpty ? [] : [$"{s.Years[0]}..{s.Years[^1]}"]);
        }

        var codes = (q.Text(P.Poles) ?? "USA,CHN,RUS").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (codes.Length is < 2 or > 6)
        {
            throw ApiException.BadParameter("poles", "'poles' lists 2 to 6 states, comma-separated, e.g. USA,CHN,RUS.");
        }

        var states = codes.Select(c => StateLookup.Resolve(s, "poles", c)).Distinct().ToArray();
        var poles = PoleSet.Parse(string.Join(',', states.Select(x => x.Iso3)));
        var values = s.MultiAlignment(poles, year);
        var rows = values.Select(v => new MultiAlignRow(v.State.Iso3, "year", year, poles.Key, Defined(v.Index), Defined(v.Dispersion), Defined(v.Spread), Defined(v.Net),
            v.Areas, v.Nearest?.Code, v.Label, v.Votes)).ToArray();
        return ApiOutput.Rows(context, RecordEndpoints.Named(("year", year.ToString(CultureInfo.InvariantCulture)), ("poles", poles.Key), ("measure", "agree"),
            ("multi_aligned_threshold", "0.15"), ("hedging_threshold", "0.10")), rows, ApiJson.Web.ApiResponseMultiAlignRow,
            ["Multi-alignment index MAI = sqrt(dispersion × spread) over the issue areas (docs/poles.md); net: agreement with the first pole minus the nearest other, all roll calls.",
             "n: joint votes summed over the areas used; class: aligned:POLE, multi-aligned (MAI ≥ 0.15), hedging (|net| < 0.10) or insufficient (fewer than two areas).", .. poles.Notes]);
    }

    private static double? Defined(double v) => double.IsNaN(v) ? null : v;
}

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
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/multialign", (Func<HttpContext, Task<IResult>>)Rank).WithSummary("Every state's multi-alignment index against a set of poles in one year, with its parts, class and N (highest first).")
            .Produces<ApiResponse<MultiAlignRow>>().Declare(P.Year, P.Poles);
        api.MapGet("/profile/{state}", Profile).WithSummary("A state's alignment with each pole of a pole set (poles=USA,CHN,RUS) per period and slice, its nearest pole and its net alignment.")
            .Produces<ApiResponse<ProfileApiRow>>().Declare([.. P.AlignmentOptions, P.Slices, P.From, P.To, P.Poles]);
        api.MapGet("/contests", (Func<HttpContext, Task<IResult>>)ContestPeriods).WithSummary("Contests between the poles per period: roll calls where the first pole and the others voted differently, and who prevailed.")
            .Produces<ApiResponse<ContestRow>>().Declare([.. P.VoteOptions, P.Slices, P.From, P.To, P.Poles]);
        api.MapGet("/contests/states", (Func<HttpContext, Task<IResult>>)SwingStates).WithSummary("Each state's votes on the contests between the poles: share with each side and the swing (most balanced first).")
            .Produces<ApiResponse<SwingRow>>().Declare([.. P.VoteOptions, P.Slices, P.From, P.To, P.Poles, P.MinContests, P.Top]);
    }

    private static async Task<IResult> Rank(HttpContext context)
    {
        var q = new QueryReader(context);
        var s = context.Snapshot();
        var year = q.RequiredInt(P.Year);
        if (!s.Years.Contains(year))
        {
            throw ApiException.BadParameter("year", $"'year' is {year}, a year without roll calls in the store.", s.Years.IsEmpty ? [] : [$"{s.Years[0]}..{s.Years[^1]}"]);
        }

        var poles = AnalysisRequest.PoleSetOf(q, s, P.Poles, "USA,CHN,RUS", 2, 6);
        var values = await s.MultiAlignment(poles, year).ConfigureAwait(false);
        var rows = values.Select(v => new MultiAlignRow(v.State.Iso3, "year", year, poles.Key, Defined(v.Index), Defined(v.Dispersion), Defined(v.Spread), Defined(v.Net),
            v.Areas, v.Nearest?.Code, v.Label, v.Votes)).ToArray();
        return ApiOutput.Rows(context, RecordEndpoints.Named(("year", year.ToString(CultureInfo.InvariantCulture)), ("poles", poles.Key), ("measure", "agree"),
            ("multi_aligned_threshold", "0.15"), ("hedging_threshold", "0.10")), rows, ApiJson.Web.ApiResponseMultiAlignRow,
            ["Multi-alignment index MAI = sqrt(dispersion × spread) over the issue areas (docs/poles.md); net: agreement with the first pole minus the nearest other, all roll calls.",
             "n: joint votes summed over the areas used; class: aligned:POLE, multi-aligned (MAI ≥ 0.15), hedging (|net| < 0.10) or insufficient (fewer than two areas).", .. poles.Notes]);
    }

    private static double? Defined(double v) => AnalysisRequest.Defined(v);

    private static async Task<IResult> Profile(HttpContext context, string state)
    {
        var q = new QueryReader(context);
        var r = AlignmentRequest.Read(q, P.Slices);
        var (from, to) = AnalysisRequest.Range(q);
        var s = context.Snapshot();
        var x = StateLookup.Resolve(s, "state", state);
        var poles = AnalysisRequest.PoleSetOf(q, s, P.Poles, "USA,CHN,RUS", 2, 6);
        var table = await AnalysisRequest.Compute("poles", () => PoleProfiles.Compute(s.Votes, new ProfileQuery
        {
            Poles = poles,
            Measure = r.Measure,
            Slices = r.Slices,
            Options = r.Options,
            From = from,
            To = to,
            States = [x],
        })).ConfigureAwait(false);
        var rows = new List<ProfileApiRow>();
        foreach (var row in table.Rows(x))
        {
            var nearest = table.Nearest(x, row.Slice, row.Period);
            var net = table.Net(x, row.Slice, row.Period);
            rows.Add(new ProfileApiRow(x.Iso3, r.PeriodKind, row.Period, row.Slice.Key, row.Pole.Code, r.Named["measure"], Defined(row.Value.Value), row.Value.N,
                nearest.Pole?.Code, Defined(net.Value), net.N));
        }

        AnalysisRequest.Name(r.Named, from, to);
        r.Named["poles"] = poles.Key;
        return ApiOutput.Rows(context, r.Named, rows, ApiJson.Web.ApiResponseProfileApiRow,
        [
            $"{MeasureRegistry.Get(r.Measure).Name}: {MeasureRegistry.Get(r.Measure).Citation}",
            $"net: similarity with {poles.First.Code} minus the mean with the other poles, in [-1, 1]; net_n: the smallest N of the poles; nearest_pole: the pole with the highest value (docs/analytics.md).",
            "n: joint votes with the pole; value null when undefined.", .. poles.Notes,
        ]);
    }

    private static async Task<(ContestTable Table, ContestQuery Query, Dictionary<string, string> Named, PoleSet Poles)> Contested(HttpContext context, QueryReader q)
    {
        var r = AlignmentRequest.Read(q, P.Slices);
        var (from, to) = AnalysisRequest.Range(q);
        var s = context.Snapshot();
        var poles = AnalysisRequest.PoleSetOf(q, s, P.Poles, "USA,CHN,RUS", 2, 6);
        var slices = q.Text(P.Slices) is null ? [Slice.All, Slice.Important] : r.Slices;
        var query = ContestQuery.For(poles) with { Slices = slices, Options = r.Options, From = from, To = to };
        r.Named.Remove("measure");
        r.Named["slice"] = string.Join(',', slices.Select(x => x.Key));
        r.Named["poles"] = poles.Key;
        AnalysisRequest.Name(r.Named, from, to);
        return (await AnalysisRequest.Compute("poles", () => Contests.Find(s.Votes, query)).ConfigureAwait(false), query, r.Named, poles);
    }

    private const string ContestNote = "A contest: each side's states cast the same vote and the sides' votes differ. Outcome from the tally (yes > no adopts; the two-thirds rule is not applied); the side whose vote was the outcome prevailed (docs/analytics.md).";

    private static async Task<IResult> ContestPeriods(HttpContext context)
    {
        var q = new QueryReader(context);
        var (table, query, named, poles) = await Contested(context, q).ConfigureAwait(false);
        var kind = named["by"];
        var rows = table.ByPeriod().Select(p => new ContestRow(kind, p.Period, p.Slice.Key, query.Key, p.RollCalls, p.Contests, p.FirstPrevailed, p.SecondPrevailed, p.Neither,
            p.Contests == 0 ? null : (double)p.FirstPrevailed / p.Contests)).ToArray();
        return ApiOutput.Rows(context, named, rows, ApiJson.Web.ApiResponseContestRow,
            [ContestNote, "roll_calls: roll calls both sides voted on; contests (N): those where they differed; share_first_prevailed: first_prevailed / contests.", .. poles.Notes]);
    }

    private static async Task<IResult> SwingStates(HttpContext context)
    {
        var q = new QueryReader(context);
        var (table, query, named, poles) = await Contested(context, q).ConfigureAwait(false);
        var min = q.Int(P.MinContests) ?? 10;
        var top = q.Int(P.Top);
        named["min_contests"] = min.ToString(CultureInfo.InvariantCulture);
        named["top"] = top?.ToString(CultureInfo.InvariantCulture) ?? "";
        var rows = table.ByState().Where(x => x.Contests >= min).GroupBy(x => x.Slice).SelectMany(g => g.Take(top ?? int.MaxValue))
            .Select(x => new SwingRow(x.State.Iso3, x.State.Name, x.Slice.Key, query.Key, x.Contests, x.WithFirst, x.WithSecond, x.Other, Defined(x.ShareFirst), Defined(x.ShareSecond), Defined(x.Swing)))
            .ToArray();
        return ApiOutput.Rows(context, named, rows, ApiJson.Web.ApiResponseSwingRow,
            [ContestNote, $"swing = 1 − |share_first − share_second|; contests (N): the contests the state voted on; states with fewer than {min} left out.", .. poles.Notes]);
    }
}

using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Multipolar.Alignment;
using Multipolar.Polarity;
using Multipolar.Web.Snapshots;

namespace Multipolar.Web.Api;

/// <summary>
/// Polarity (src/Multipolar.Core/Polarity, PolarityEngine): communities of the agreement network per year and the
/// effective number of poles. Every year is computed once per data version and options, on first use, and kept.
/// </summary>
internal static class PolarityEndpoints
{
    private const string Citation = "Leiden: Traag, Waltman and van Eck 2019, Sci. Rep. 9: 5233; signed modularity: Traag and Bruggeman 2009, Phys. Rev. E 80: 036115; effective number: Laakso and Taagepera 1979 (docs/polarity.md).";

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/polarity", (Func<HttpContext, Task<IResult>>)Years).WithSummary("The polarity of the General Assembly per year: Leiden communities, modularity, the effective number of poles, stability; N = states in the network.")
            .Produces<ApiResponse<PolarityRow>>().Declare(P.From, P.To, P.Measure, P.Resolution, P.Signed, P.Poles);
        api.MapGet("/polarity/members", (Func<HttpContext, Task<IResult>>)Members).WithSummary("Community membership in long form: one row per year and state (community, label, member stability), for maps.")
            .Produces<ApiResponse<CommunityMemberRow>>().Declare(P.Year, P.From, P.To, P.Measure, P.Resolution, P.Signed, P.Poles);
    }

    private static async Task<(PolarityResult Result, Dictionary<string, string> Named, int? From, int? To)> Read(HttpContext context, QueryReader q, int? year = null)
    {
        var (from, to) = AnalysisRequest.Range(q);
        if (year is not null && (from is not null || to is not null))
        {
            throw ApiException.BadParameter("from", "'from' and 'to' cannot be combined with 'year'.");
        }

        (from, to) = year is null ? (from, to) : (year, year);
        var measure = MeasureRegistry.Parse(q.Choice(P.Measure, "agree"));
        var resolution = double.Parse(q.Choice(P.Resolution, "1"), CultureInfo.InvariantCulture);
        var signed = q.Text(P.Signed) is null || q.Flag(P.Signed);
        var s = context.Snapshot();
        var poles = q.Text(P.Poles) is null ? DataSnapshot.DefaultPolarityPoles : AnalysisRequest.PoleSetOf(q, s, P.Poles, "USA,RUS,CHN", 2, 6);
        var options = PolarityOptions.Default with { Measure = measure, Resolution = resolution, Signed = signed };
        var result = await AnalysisRequest.RunAsync("measure", () => s.Polarity(options, poles)).ConfigureAwait(false);
        var named = RecordEndpoints.Named(("measure", measure.Key()), ("slice", "all"), ("signed", signed ? "true" : "false"),
            ("resolution", resolution.ToString(CultureInfo.InvariantCulture)), ("min_votes", options.MinVotes.ToString(CultureInfo.InvariantCulture)),
            ("min_joint_votes", options.MinJointVotes.ToString(CultureInfo.InvariantCulture)), ("seeds", options.Seeds.ToString(CultureInfo.InvariantCulture)),
            ("neighbour_step", options.NeighbourStep.ToString(CultureInfo.InvariantCulture)), ("poles", result.Poles.Key));
        AnalysisRequest.Name(named, from, to);
        if (year is not null)
        {
            named["year"] = year.Value.ToString(CultureInfo.InvariantCulture);
        }

        return (result, named, from, to);
    }

    private static bool In(PolarityYear y, int? from, int? to) => (from is null || y.Period >= from) && (to is null || y.Period <= to);

    private static async Task<IResult> Years(HttpContext context)
    {
        var q = new QueryReader(context);
        var (result, named, from, to) = await Read(context, q).ConfigureAwait(false);
        var o = result.Options;
        var rows = result.Years.Where(y => In(y, from, to)).Select(y => new PolarityRow(y.Period, y.Network.States.Length, y.CommunityCount, y.Modularity, y.ModularityMin,
            y.EffectivePoles, AnalysisRequest.Defined(y.SpectralPoles), y.Stability, y.Runs, y.Network.MeanWeight, y.Network.RollCalls,
            string.Join("; ", y.Communities.Select(c => $"{c.Label} ({c.Size})")), o.Measure.Key(), o.Signed, o.Resolution)).ToArray();
        return ApiOutput.Rows(context, named, rows, ApiJson.Web.ApiResponsePolarityRow,
        [
            "effective_poles: Laakso–Taagepera 1/Σ sᵢ² over the community size shares; spectral_poles: 1 + the participation ratio of the modularity matrix's positive eigenvalues; stability: over pairs of states in one community, the mean share of the runs (seeds × γ and its neighbours) that also put them together.",
            "states (N): states with at least min_votes votes in the year; roll_calls: the year's roll calls; partition: communities with their sizes, labelled by the poles they hold.", Citation,
        ]);
    }

    private static async Task<IResult> Members(HttpContext context)
    {
        var q = new QueryReader(context);
        var year = q.Int(P.Year);
        var (result, named, from, to) = await Read(context, q, year).ConfigureAwait(false);
        var s = context.Snapshot();
        if (year is int y && !s.Years.Contains(y))
        {
            throw ApiException.BadParameter("year", $"'year' is {y}, a year without roll calls in the store.", s.Years.IsEmpty ? [] : [$"{s.Years[0]}..{s.Years[^1]}"]);
        }

        var o = result.Options;
        var rows = new List<CommunityMemberRow>();
        foreach (var py in result.Years.Where(x => In(x, from, to)))
        {
            foreach (var c in py.Communities)
            {
                for (var i = 0; i < c.Members.Length; i++)
                {
                    rows.Add(new CommunityMemberRow(py.Period, c.Number, c.Members[i].Iso3, c.Label, c.Size, c.MemberStability[i], py.Modularity, o.Measure.Key(), o.Signed, o.Resolution));
                }
            }
        }

        return ApiOutput.Rows(context, named, rows, ApiJson.Web.ApiResponseCommunityMemberRow,
            ["member_stability: how often, over the stability runs, the state is in one community with the community's other members (1 for a community of one); community_size: its N; community 0 is the largest.", Citation]);
    }
}

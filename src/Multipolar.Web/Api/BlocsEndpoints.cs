using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Multipolar.Blocs;
using Multipolar.Votes;
using Multipolar.Web.Snapshots;
using static Multipolar.Web.Api.AnalysisRequest;

namespace Multipolar.Web.Api;

/// <summary>Blocs (src/Multipolar.Core/Blocs, BlocAnalysis): the table, dated membership, cohesion, distances and splits.</summary>
internal static class BlocsEndpoints
{
    private const string MembershipNote = "Membership as of each roll call's date (src/Multipolar.Core/Blocs/blocs.csv; docs/analytics.md, \"Blocs\").";

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/blocs", Table).WithSummary("The bloc table: each bloc with its founding date, its members on a date (as_of, default today) and its source.")
            .Produces<ApiResponse<BlocRow>>().Declare(P.AsOf);
        api.MapGet("/blocs/{code}/members", Members).WithSummary("One bloc's dated membership: every spell (from, until) of every state, or the members on a date (as_of).")
            .Produces<ApiResponse<MembershipRow>>().Declare(P.AsOf);
        api.MapGet("/blocs/{code}/cohesion", Cohesion).WithSummary("A bloc's cohesion per period: agreement index (Hix, Noury and Roland 2005) and pairwise agreement, N = roll calls.")
            .Produces<ApiResponse<CohesionRow>>().Declare([.. P.VoteOptions, P.Slice1, P.From, P.To]);
        api.MapGet("/blocs/{code}/distances", Distances).WithSummary("A bloc centre's distance per period to each pole (view=poles), every other bloc (view=blocs) or its members (view=members).")
            .Produces<ApiResponse<BlocDistanceRow>>().Declare([.. P.VoteOptions, P.Slice1, P.From, P.To, P.DistanceView, P.Poles]);
        api.MapGet("/blocs/{code}/splits", Splits).WithSummary("The roll calls dividing a bloc most (lowest agreement index), or separating it most from another bloc (vs=OTHER).")
            .Produces<ApiResponse<SplitRow>>().Declare([.. P.VoteOptions, P.Slice1, P.From, P.To, P.Vs, P.Top]);
    }

    private static DateOnly? Date(QueryReader q) => q.Text(P.AsOf) is not { } text ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw ApiException.BadParameter(P.AsOf.Name, $"'as_of' is '{QueryReader.Clip(text)}', not a date (yyyy-MM-dd).", ["yyyy-MM-dd"]);

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static IResult Table(HttpContext context)
    {
        var day = Date(new QueryReader(context)) ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var rows = BlocTable.Default.Blocs.Select(b => new BlocRow(b.Code, b.Name, Day(b.Founded), b.MembersOn(day).Length, b.States.Length, Day(day), b.Source)).ToArray();
        return ApiOutput.Rows(context, RecordEndpoints.Named(("as_of", Day(day))), rows, ApiJson.Web.ApiResponseBlocRow,
            ["members: on as_of; ever_members: every state with a spell. The table is src/Multipolar.Core/Blocs/blocs.csv (docs/analytics.md, \"Blocs\")."]);
    }

    private static IResult Members(HttpContext context, string code)
    {
        var date = Date(new QueryReader(context));
        var bloc = Bloc("code", code);
        var rows = bloc.Memberships.Where(m => date is not { } d || m.IsOn(d)).OrderBy(m => m.From).ThenBy(m => m.State.Iso3, StringComparer.Ordinal)
            .Select(m => new MembershipRow(bloc.Code, m.State.Iso3, m.State.Name, Day(m.From), m.Until is { } u ? Day(u) : null, m.Note)).ToArray();
        return ApiOutput.Rows(context, RecordEndpoints.Named(("bloc", bloc.Code), ("as_of", date is { } x ? Day(x) : "")), rows, ApiJson.Web.ApiResponseMembershipRow,
            [$"Source: {bloc.Source}", "until empty: still a member."]);
    }

    private static (Bloc Bloc, AlignmentRequest R, BlocQuery Query, DataSnapshot S) Read(HttpContext context, QueryReader q, string code)
    {
        var r = AlignmentRequest.Read(q, P.Slice1);
        var (from, to) = Range(q);
        var bloc = Bloc("code", code);
        r.Named.Remove("measure");
        r.Named["bloc"] = bloc.Code;
        Name(r.Named, from, to);
        return (bloc, r, new BlocQuery { Slice = r.Slices[0], Options = r.Options, From = from, To = to }, context.Snapshot());
    }

    private static async Task<IResult> Cohesion(HttpContext context, string code)
    {
        var q = new QueryReader(context);
        var (bloc, r, query, s) = Read(context, q, code);
        var rows = (await Compute("code", () => BlocAnalysis.Cohesion(s.Votes, bloc, query)).ConfigureAwait(false)).Where(c => c.RollCalls > 0)
            .Select(c => new CohesionRow(c.Bloc, r.PeriodKind, c.Period, c.Slice.Key, Defined(c.AgreementIndex), Defined(c.PairwiseAgreement), c.RollCalls, c.Members, Defined(c.MeanVoting))).ToArray();
        return ApiOutput.Rows(context, r.Named, rows, ApiJson.Web.ApiResponseCohesionRow,
        [
            "agreement_index: Hix, Noury and Roland (2005), (max(Y,N,A) − (Y+N+A−max)/2)/(Y+N+A) per roll call, averaged; pairwise_agreement: mean agreement of all pairs of voting members.",
            "n: roll calls with two or more voting members; members: members in the period; mean_voting: mean members voting. Absent members are left out.", MembershipNote, $"Source: {bloc.Source}",
        ]);
    }

    private static async Task<IResult> Distances(HttpContext context, string code)
    {
        var q = new QueryReader(context);
        var (bloc, r, query, s) = Read(context, q, code);
        var view = q.Choice(P.DistanceView, "poles");
        var poles = view == "poles" ? PoleSetOf(q, s, P.Poles, "USA,CHN,RUS", 1, 6) : null;
        r.Named["view"] = view;
        r.Named["poles"] = poles?.Key ?? "";
        var distances = await Compute("code", () => view switch
        {
            "blocs" => [.. BlocTable.Default.Blocs.Where(b => b != bloc).SelectMany(b => BlocAnalysis.DistanceBetween(s.Votes, bloc, b, query))],
            "members" => BlocAnalysis.MemberDistances(s.Votes, bloc, query),
            _ => BlocAnalysis.DistancesTo(s.Votes, bloc, poles!.Poles.Select(p => p.State), query),
        }).ConfigureAwait(false);
        var kind = view == "poles" ? "pole" : view == "blocs" ? "bloc" : "member";
        var rows = distances.Where(d => d.RollCalls > 0).OrderBy(d => d.Period).ThenBy(d => d.Other, StringComparer.Ordinal)
            .Select(d => new BlocDistanceRow(d.Bloc, d.Other, kind, r.PeriodKind, d.Period, d.Slice.Key, Defined(d.Distance), d.RollCalls)).ToArray();
        return ApiOutput.Rows(context, r.Named, rows, ApiJson.Web.ApiResponseBlocDistanceRow,
        [
            "distance: mean |v − c| over roll calls, v a coded vote (yes 1, abstain ½, no 0) or another centre, c the mean coded vote of the voting members (a member itself left out); in [0, 1].",
            "n: roll calls.", MembershipNote, .. poles?.Notes ?? [],
        ]);
    }

    private static async Task<IResult> Splits(HttpContext context, string code)
    {
        var q = new QueryReader(context);
        var (bloc, r, query, s) = Read(context, q, code);
        var top = q.Int(P.Top) ?? 10;
        var other = q.Text(P.Vs) is { } vs ? Bloc("vs", vs) : null;
        r.Named["vs"] = other?.Code ?? "";
        r.Named["top"] = top.ToString(CultureInfo.InvariantCulture);
        SplitRow[] rows;
        if (other is null)
        {
            rows = [.. (await Compute("code", () => BlocAnalysis.SplitsWithin(s.Votes, bloc, query, top)).ConfigureAwait(false)).Select(x => new SplitRow(bloc.Code, null, x.RollCall.Id.Value, Day(x.RollCall.Date), x.Period,
                x.RollCall.Resolution, x.RollCall.Title, Defined(x.AgreementIndex), x.Yes, x.No, x.Abstain, null, Defined(x.Centre), null, Votes(x), null, x.Yes + x.No + x.Abstain))];
        }
        else
        {
            rows = [.. (await Compute("vs", () => BlocAnalysis.SplitsBetween(s.Votes, bloc, other, query, top)).ConfigureAwait(false)).Select(x => new SplitRow(bloc.Code, other.Code, x.RollCall.Id.Value, Day(x.RollCall.Date), x.Period,
                x.RollCall.Resolution, x.RollCall.Title, Defined(x.First.AgreementIndex), x.First.Yes, x.First.No, x.First.Abstain, Defined(x.Separation), Defined(x.First.Centre),
                Defined(x.Second.Centre), Votes(x.First), Votes(x.Second), x.First.Yes + x.First.No + x.First.Abstain))];
        }

        return ApiOutput.Rows(context, r.Named, rows, ApiJson.Web.ApiResponseSplitRow,
        [
            other is null ? "Lowest agreement index first." : "separation: |centre − other_centre|, largest first; centre: mean coded vote of the voting members (yes 1, abstain ½, no 0).",
            "n: the bloc's members voting; votes: ISO3:y/n/a, '-' for absent or not recorded.", MembershipNote,
        ]);
    }

    private static string Votes(BlocRollCall r) => string.Join(' ', r.Votes.Select(v => $"{v.State.Iso3}:{v.Vote switch
    {
        Vote.Yes => "y",
        Vote.No => "n",
        Vote.Abstain => "a",
        _ => "-",
    }}"));
}

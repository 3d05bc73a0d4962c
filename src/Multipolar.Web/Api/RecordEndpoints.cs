using System.Collections.Immutable;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Multipolar.Alignment;
using Multipolar.Votes;
using Multipolar.Web.Snapshots;

namespace Multipolar.Web.Api;

/// <summary>The record: info, countries, roll calls, one roll call's votes.</summary>
internal static class RecordEndpoints
{
    public const string HowToIngest =
        "multipolar ingest ../shared/data/unvotes (or any source file or folder; see docs/sources.md), or restart with multipolar serve --ingest PATH. The server picks the new data up by itself.";

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/info", Info).WithSummary("What the server serves: data version, roll calls per year, measures, slices, sources and citations.")
            .Declare();
        api.MapGet("/countries", Countries).WithSummary("The country reference (ISO3/ISO2, COW, M49, names, membership), with the votes stored (n).")
            .Declare(P.Search);
        api.MapGet("/rollcalls", RollCalls).WithSummary("General Assembly roll calls of a year with their totals; filter by issue and title text.")
            .Declare(P.Year, P.Issue, P.Q, P.Country);
        api.MapGet("/rollcalls/{id:long}", RollCallVotes).WithSummary("One roll call with every state's vote.")
            .Declare();
    }

    private static IResult Info(HttpContext context)
    {
        _ = new QueryReader(context);
        var s = context.Snapshot();
        var years = s.RollCalls.GroupBy(r => r.RollCall.Year).Select(g => new PeriodRow("year", g.Key, g.Count())).ToArray();
        return Results.Json(new InfoResponse(
            s.DataVersion, s.IsEmpty, s.RollCalls.Length, s.Votes.States.Length, s.Years.IsEmpty ? null : s.Years[0], s.Years.IsEmpty ? null : s.Years[^1], years,
            [.. MeasureRegistry.All.Select(m => new MeasureDoc(m.Key, m.Name, m.Description, m.Citation, m.Range))],
            [.. Slice.Standard.Select(x => x.Key)], s.Sources, s.Citation, HowToIngest), ApiJson.Web.InfoResponse);
    }

    private static IResult Countries(HttpContext context)
    {
        var q = new QueryReader(context);
        var search = q.Text(P.Search);
        var s = context.Snapshot();
        var states = search is null ? DataSnapshot.Reference.Countries.AsEnumerable() : DataSnapshot.Reference.Search(search);
        var rows = states.Select(c => new CountryRow(c.Iso3, c.Iso2, c.Cow, c.M49, c.Name, c.MemberFrom?.ToString("yyyy-MM-dd", null), c.MemberUntil?.ToString("yyyy-MM-dd", null),
            c.Successors.IsEmpty ? null : string.Join('|', c.Successors), s.VotesPerState.TryGetValue(c.Iso3, out var n) ? n : 0)).ToArray();
        return ApiOutput.Rows(context, Named(("search", search ?? "")), rows, ApiJson.Web.ApiResponseCountryRow,
            ["n: cast votes (yes, abstain, no) stored for the state, all sources' effective votes."]);
    }

    private static IResult RollCalls(HttpContext context)
    {
        var q = new QueryReader(context);
        var year = q.RequiredInt(P.Year);
        var issueText = q.Text(P.Issue);
        var text = q.Text(P.Q);
        var countryText = q.Text(P.Country);
        var snapshot = context.Snapshot();
        var state = countryText is null ? null : StateLookup.Resolve(snapshot, "country", countryText);
        var row = state is null ? -1 : snapshot.Votes.IndexOf(state);
        Slice? slice = null;
        if (issueText is not null)
        {
            try
            {
                slice = Slice.Parse(issueText);
            }
            catch (FormatException)
            {
                throw ApiException.BadParameter(P.Issue.Name, $"'issue' is '{QueryReader.Clip(issueText)}', which is not an issue area.", P.Slices.Valid);
            }
        }

        var rows = snapshot.RollCalls
            .Where(e => e.RollCall.Year == year && (slice is not { } sl || sl.Contains(e.RollCall)) && (text is null || Matches(e.RollCall, text)))
            .Select(e => row < 0 ? Row(e) : Row(e) with { Iso3 = state!.Iso3, StateVote = Word(snapshot.Votes[row, e.Column]) }).ToArray();
        return ApiOutput.Rows(context, Named(("year", year.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("issue", slice?.Key ?? "all"), ("q", text ?? ""), ("country", state?.Iso3 ?? "")),
            rows, ApiJson.Web.ApiResponseRollCallRow, ["n: votes cast (yes + no + abstain), effective votes after source precedence."]);
    }

    private static IResult RollCallVotes(HttpContext context, long id)
    {
        _ = new QueryReader(context);
        var s = context.Snapshot();
        var entry = s.RollCall(id) ?? throw new ApiException(404, "Unknown roll call", $"No General Assembly roll call {id} in the store; /api/v1/rollcalls?year=Y lists a year's.", "id", []);
        var votes = Enumerable.Range(0, s.Votes.States.Length)
            .Select(i => new VoteRow(id, s.Votes.States[i].Iso3, s.Votes.States[i].Name, Word(s.Votes[i, entry.Column])))
            .ToArray();
        if (context.WantsCsv())
        {
            return ApiOutput.Rows(context, Named(("rollcall_id", id.ToString(System.Globalization.CultureInfo.InvariantCulture))), votes, ApiJson.Web.ApiResponseVoteRow);
        }

        return Results.Json(new RollCallVotesResponse(s.DataVersion, s.Citation, Row(entry), votes), ApiJson.Web.RollCallVotesResponse);
    }

    internal static RollCallRow Row(RollCallEntry e) => new(
        e.RollCall.Id.Value, e.RollCall.Session, e.RollCall.Date.ToString("yyyy-MM-dd", null), e.RollCall.Year, e.RollCall.Resolution, e.RollCall.Title,
        string.Join('|', e.RollCall.Issues.Select(i => i.Code)), e.RollCall.Important, e.RollCall.Amendment, e.RollCall.Paragraph,
        e.Yes, e.No, e.Abstain, e.Yes + e.No + e.Abstain);

    private static bool Matches(RollCall r, string text) =>
        (r.Title?.Contains(text, StringComparison.OrdinalIgnoreCase) ?? false)
        || (r.Description?.Contains(text, StringComparison.OrdinalIgnoreCase) ?? false)
        || (r.Resolution?.Contains(text, StringComparison.OrdinalIgnoreCase) ?? false);

    private static string Word(Vote v) => v switch
    {
        Vote.Yes => "yes",
        Vote.No => "no",
        Vote.Abstain => "abstain",
        Vote.Absent => "absent",
        Vote.NonMember => "non_member",
        _ => "none",
    };

    internal static Dictionary<string, string> Named(params (string Key, string Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    /// <summary>Declares an endpoint's query parameters (parsing and OpenAPI), its JSON and CSV responses and its problems.</summary>
    internal static RouteHandlerBuilder Declare(this RouteHandlerBuilder builder, params ApiParameter[] parameters) => builder
        .WithMetadata(new ApiParameterList([.. parameters]))
        .Produces(StatusCodes.Status304NotModified)
        .Produces<ApiProblem>(StatusCodes.Status400BadRequest, "application/problem+json")
        .Produces<ApiProblem>(StatusCodes.Status404NotFound, "application/problem+json")
        .Produces<ApiProblem>(StatusCodes.Status429TooManyRequests, "application/problem+json");

    internal static ImmutableArray<ApiParameter> With(this ImmutableArray<ApiParameter> a, params ApiParameter[] more) => [.. more, .. a];
}

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Multipolar.Web.Snapshots;

namespace Multipolar.Web.Api;

/// <summary>
/// Every JSON response: the rows with their N, the options they were computed under, the data version and the
/// sources' citation, and notes (what was left out and why).
/// </summary>
/// <typeparam name="TRow">The row type.</typeparam>
/// <param name="DataVersion">The store's data version.</param>
/// <param name="Options">The options used, every one named (defaults included).</param>
/// <param name="Citation">The sources' citation.</param>
/// <param name="Rows">The rows.</param>
/// <param name="Notes">Notes on the rows.</param>
public sealed record ApiResponse<TRow>(string DataVersion, IReadOnlyDictionary<string, string> Options, string Citation, IReadOnlyList<TRow> Rows, IReadOnlyList<string> Notes);

/// <summary>A measure of the registry.</summary>
/// <param name="Key">Its API and CLI key.</param>
/// <param name="Name">Its name.</param>
/// <param name="Description">What it computes.</param>
/// <param name="Citation">Its source in the literature.</param>
/// <param name="Range">Its range.</param>
public sealed record MeasureDoc(string Key, string Name, string Description, string Citation, string Range);

/// <summary>What the server serves: <c>/api/v1/info</c>.</summary>
/// <param name="DataVersion">The data version.</param>
/// <param name="Empty">True when the store holds nothing yet.</param>
/// <param name="RollCalls">General Assembly roll calls.</param>
/// <param name="States">States with votes.</param>
/// <param name="FirstYear">First year with roll calls.</param>
/// <param name="LastYear">Last year.</param>
/// <param name="Years">Roll calls per year.</param>
/// <param name="Measures">The measures.</param>
/// <param name="Slices">The standard slices.</param>
/// <param name="Sources">The sources with their citations.</param>
/// <param name="Citation">All sources in one line.</param>
/// <param name="HowToIngest">What to run when the store is empty.</param>
public sealed record InfoResponse(
    string DataVersion, bool Empty, int RollCalls, int States, int? FirstYear, int? LastYear, IReadOnlyList<PeriodRow> Years,
    IReadOnlyList<MeasureDoc> Measures, IReadOnlyList<string> Slices, IReadOnlyList<SourceCitation> Sources, string Citation, string HowToIngest);

/// <summary>One roll call with every state's vote.</summary>
/// <param name="DataVersion">The data version.</param>
/// <param name="Citation">The sources' citation.</param>
/// <param name="RollCall">The roll call with its totals.</param>
/// <param name="Rows">Every state's effective vote (absent and non-member included).</param>
public sealed record RollCallVotesResponse(string DataVersion, string Citation, RollCallRow RollCall, IReadOnlyList<VoteRow> Rows);

/// <summary>A client error (RFC 9457 problem details) naming the parameter and what would be valid.</summary>
/// <param name="Type">Problem type URI.</param>
/// <param name="Title">Short title.</param>
/// <param name="Status">HTTP status.</param>
/// <param name="Detail">What is wrong.</param>
/// <param name="Parameter">The parameter at fault.</param>
/// <param name="Valid">Valid values, or suggestions for an unknown country.</param>
/// <param name="DataVersion">The data version.</param>
public sealed record ApiProblem(string Type, string Title, int Status, string Detail, string? Parameter, IReadOnlyList<string>? Valid, string DataVersion);

/// <summary>The source-generated JSON of the API (Native AOT: no reflection).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, NumberHandling = JsonNumberHandling.Strict,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ApiResponse<CountryRow>))]
[JsonSerializable(typeof(ApiResponse<RollCallRow>))]
[JsonSerializable(typeof(ApiResponse<AlignRow>))]
[JsonSerializable(typeof(ApiResponse<MapRow>))]
[JsonSerializable(typeof(ApiResponse<IdealRow>))]
[JsonSerializable(typeof(ApiResponse<PeriodRow>))]
[JsonSerializable(typeof(ApiResponse<VoteRow>))]
[JsonSerializable(typeof(ApiResponse<MultiAlignRow>))]
[JsonSerializable(typeof(ApiResponse<BlocRow>))]
[JsonSerializable(typeof(ApiResponse<MembershipRow>))]
[JsonSerializable(typeof(ApiResponse<CohesionRow>))]
[JsonSerializable(typeof(ApiResponse<BlocDistanceRow>))]
[JsonSerializable(typeof(ApiResponse<SplitRow>))]
[JsonSerializable(typeof(ApiResponse<ProfileApiRow>))]
[JsonSerializable(typeof(ApiResponse<ContestRow>))]
[JsonSerializable(typeof(ApiResponse<SwingRow>))]
[JsonSerializable(typeof(ApiResponse<PolarityRow>))]
[JsonSerializable(typeof(ApiResponse<CommunityMemberRow>))]
[JsonSerializable(typeof(ApiResponse<SphereApiRow>))]
[JsonSerializable(typeof(ApiResponse<SphereMeanRow>))]
[JsonSerializable(typeof(ApiResponse<CrossoverRow>))]
[JsonSerializable(typeof(ApiResponse<ConvergeRow>))]
[JsonSerializable(typeof(ApiResponse<ContributionRow>))]
[JsonSerializable(typeof(RollCallVotesResponse))]
[JsonSerializable(typeof(InfoResponse))]
[JsonSerializable(typeof(ApiProblem))]
public sealed partial class ApiJson : JsonSerializerContext
{
    /// <summary>The context the API writes with: the options above, and text left readable (é, κ, – not escaped; safe because it is served as application/json with nosniff, never into HTML).</summary>
    public static ApiJson Web { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.Strict,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}

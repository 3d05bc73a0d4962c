using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Multipolar.Web.Snapshots;

namespace Multipolar.Web.Api;

/// <summary>
/// Writes API responses: JSON (the <see cref="ApiResponse{TRow}"/> envelope) or CSV (the same rows in tidy columns)
/// chosen by a <c>.csv</c> path suffix or <c>Accept: text/csv</c>; problems as <c>application/problem+json</c>.
/// </summary>
public static class ApiOutput
{
    private const string CsvItem = "multipolar.csv";
    private const string SnapshotItem = "multipolar.snapshot";

    /// <summary>The snapshot this request is served from (read once, when the request arrived).</summary>
    public static DataSnapshot Snapshot(this HttpContext context) => (DataSnapshot)context.Items[SnapshotItem]!;

    /// <summary>Pins the snapshot for the request and notes whether it asks for CSV (stripping a <c>.csv</c> suffix).</summary>
    internal static void Begin(HttpContext context, DataSnapshot snapshot)
    {
        context.Items[SnapshotItem] = snapshot;
        var path = context.Request.Path.Value ?? "";
        if (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            context.Request.Path = new PathString(path[..^4]);
            context.Items[CsvItem] = true;
        }
        else if (context.Request.Headers.Accept.ToString().Contains("text/csv", StringComparison.OrdinalIgnoreCase))
        {
            context.Items[CsvItem] = true;
        }
    }

    /// <summary>True when the request asked for CSV.</summary>
    public static bool WantsCsv(this HttpContext context) => context.Items.ContainsKey(CsvItem);

    /// <summary>The strong ETag of a response: the data version and the representation.</summary>
    public static string ETag(this HttpContext context) => $"\"{context.Snapshot().DataVersion}-{(context.WantsCsv() ? "csv" : "json")}\"";

    /// <summary>Rows as JSON or CSV.</summary>
    public static IResult Rows<TRow>(HttpContext context, IReadOnlyDictionary<string, string> options, IReadOnlyList<TRow> rows,
        JsonTypeInfo<ApiResponse<TRow>> json, IReadOnlyList<string>? notes = null)
        where TRow : ICsvRow
    {
        var snapshot = context.Snapshot();
        if (context.WantsCsv())
        {
            return Results.Text(Csv(rows), CsvType, Encoding.UTF8);
        }

        return Results.Json(new ApiResponse<TRow>(snapshot.DataVersion, options, snapshot.Citation, rows, notes ?? []), json);
    }

    /// <summary>
    /// The bytes <see cref="Rows{TRow}"/> would write for <paramref name="snapshot"/> (JSON, or CSV with <paramref name="csv"/>),
    /// for a response that is rendered once and then served as it is (<see cref="Rendered"/>).
    /// </summary>
    public static byte[] Render<TRow>(DataSnapshot snapshot, bool csv, IReadOnlyDictionary<string, string> options, IReadOnlyList<TRow> rows,
        JsonTypeInfo<ApiResponse<TRow>> json, IReadOnlyList<string>? notes = null)
        where TRow : ICsvRow
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return csv
            ? Encoding.UTF8.GetBytes(Csv(rows))
            : JsonSerializer.SerializeToUtf8Bytes(new ApiResponse<TRow>(snapshot.DataVersion, options, snapshot.Citation, rows, notes ?? []), json);
    }

    /// <summary>A response rendered by <see cref="Render{TRow}"/>, served as it is.</summary>
    public static IResult Rendered(HttpContext context, byte[] body) =>
        Results.Bytes(body, context.WantsCsv() ? CsvType : "application/json; charset=utf-8");

    private const string CsvType = "text/csv; charset=utf-8";

    private static string Csv<TRow>(IReadOnlyList<TRow> rows)
        where TRow : ICsvRow
    {
        var sb = new StringBuilder(64 + (rows.Count * 64));
        sb.Append(TRow.CsvHeader).Append('\n');
        foreach (var row in rows)
        {
            row.WriteCsv(new CsvLine(sb));
            sb.Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>Writes a problem (400, 404, 429, 500) as problem details.</summary>
    public static Task WriteProblem(HttpContext context, int status, string title, string detail, string? parameter = null, IReadOnlyList<string>? valid = null)
    {
        var version = context.Items[SnapshotItem] is DataSnapshot s ? s.DataVersion : "";
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/problem+json; charset=utf-8";
        context.Response.Headers.Remove(HeaderNames.ETag);
        var problem = new ApiProblem($"https://www.rfc-editor.org/rfc/rfc9110#status.{status}", title, status, detail, parameter, valid, version);
        return JsonSerializer.SerializeAsync(context.Response.Body, problem, ApiJson.Web.ApiProblem, context.RequestAborted);
    }
}

using System.Collections.Immutable;
using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Multipolar.Web.Api;

/// <summary>The kind of a query parameter, as the OpenAPI document types it.</summary>
public enum ApiParameterKind
{
    /// <summary>A whole number in [Minimum, Maximum].</summary>
    Integer,

    /// <summary>One of <see cref="ApiParameter.Valid"/>.</summary>
    Choice,

    /// <summary>Free text (bounded length), used only in memory or as a bound value.</summary>
    Text,

    /// <summary>true or false.</summary>
    Boolean,
}

/// <summary>
/// One query parameter of the API: the single description the handlers parse with, the 400 responses name,
/// and the OpenAPI document lists (<see cref="ApiParameterList"/> on each endpoint).
/// </summary>
/// <param name="Name">The query key.</param>
/// <param name="Kind">Its type.</param>
/// <param name="Description">What it means and its default.</param>
/// <param name="Minimum">Smallest integer accepted.</param>
/// <param name="Maximum">Largest integer accepted.</param>
/// <param name="Valid">The values a choice accepts (comma-separated lists of them when <paramref name="List"/>).</param>
/// <param name="List">True when the value is a comma-separated list (at most 20 items).</param>
/// <param name="MaxLength">Longest text accepted.</param>
public sealed record ApiParameter(
    string Name,
    ApiParameterKind Kind,
    string Description,
    int Minimum = 0,
    int Maximum = 0,
    ImmutableArray<string> Valid = default,
    bool List = false,
    int MaxLength = 100);

/// <summary>The query parameters an endpoint accepts (endpoint metadata); any other key is a 400.</summary>
/// <param name="Parameters">The parameters.</param>
public sealed record ApiParameterList(ImmutableArray<ApiParameter> Parameters);

/// <summary>A client error: the status, what is wrong, the parameter and the values that would be valid.</summary>
public sealed class ApiException(int status, string title, string detail, string? parameter = null, IReadOnlyList<string>? valid = null) : Exception(detail)
{
    /// <summary>HTTP status (400 or 404).</summary>
    public int Status { get; } = status;

    /// <summary>Short title.</summary>
    public string Title { get; } = title;

    /// <summary>The parameter at fault, if one is.</summary>
    public string? Parameter { get; } = parameter;

    /// <summary>Valid values or suggestions.</summary>
    public IReadOnlyList<string>? Valid { get; } = valid;

    /// <summary>A 400 for a parameter.</summary>
    public static ApiException BadParameter(string parameter, string detail, IReadOnlyList<string>? valid = null) =>
        new(StatusCodes.Status400BadRequest, "Bad parameter", detail, parameter, valid);
}

/// <summary>
/// Reads an endpoint's query parameters by their <see cref="ApiParameter"/>s: each at most once, unknown keys
/// refused, values checked against their type, range or choices; a violation throws an <see cref="ApiException"/>
/// (400) naming the parameter and the valid values.
/// </summary>
public sealed class QueryReader
{
    private readonly IQueryCollection query;

    /// <summary>Reads <paramref name="context"/>'s query against its endpoint's <see cref="ApiParameterList"/>.</summary>
    public QueryReader(HttpContext context)
    {
        query = context.Request.Query;
        var declared = context.GetEndpoint()?.Metadata.GetMetadata<ApiParameterList>()?.Parameters ?? [];
        foreach (var (key, values) in query)
        {
            if (!declared.Any(p => p.Name == key))
            {
                throw ApiException.BadParameter(key, $"Unknown parameter '{Clip(key)}'.", [.. declared.Select(p => p.Name)]);
            }

            if (values.Count > 1)
            {
                throw ApiException.BadParameter(key, $"Parameter '{key}' is given {values.Count} times; give it once (lists are comma-separated).");
            }
        }
    }

    /// <summary>The raw text of a parameter, or null when absent or empty.</summary>
    public string? Text(ApiParameter p)
    {
        var value = query[p.Name].ToString();
        if (value.Length == 0)
        {
            return null;
        }

        if (value.Length > p.MaxLength)
        {
            throw ApiException.BadParameter(p.Name, $"'{p.Name}' is {value.Length} characters long; at most {p.MaxLength}.");
        }

        return value;
    }

    /// <summary>An integer parameter, or null when absent.</summary>
    public int? Int(ApiParameter p)
    {
        var text = Text(p);
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) || v < p.Minimum || v > p.Maximum)
        {
            throw ApiException.BadParameter(p.Name, $"'{p.Name}' is '{Clip(text)}'; use a whole number from {p.Minimum} to {p.Maximum}.",
                [$"{p.Minimum}..{p.Maximum}"]);
        }

        return v;
    }

    /// <summary>A required integer parameter.</summary>
    public int RequiredInt(ApiParameter p) => Int(p) ?? throw ApiException.BadParameter(p.Name, $"'{p.Name}' is required ({p.Description}).", [$"{p.Minimum}..{p.Maximum}"]);

    /// <summary>A choice (lower-cased), or <paramref name="fallback"/> when absent.</summary>
    public string Choice(ApiParameter p, string fallback) => Choices(p, fallback)[0];

    /// <summary>A comma-separated list of choices (lower-cased, distinct), or <paramref name="fallback"/> when absent.</summary>
    public IReadOnlyList<string> Choices(ApiParameter p, string fallback)
    {
        var text = Text(p) ?? fallback;
        var items = text.Split(',', StringSplitOptions.TrimEntries).Select(s => s.ToLowerInvariant()).Distinct().ToArray();
        if (items.Length > 20 || (!p.List && items.Length > 1))
        {
            throw ApiException.BadParameter(p.Name, p.List ? $"'{p.Name}' lists {items.Length} values; at most 20." : $"'{p.Name}' takes one value.", p.Valid);
        }

        foreach (var item in items)
        {
            if (!p.Valid.IsDefaultOrEmpty && !p.Valid.Contains(item))
            {
                throw ApiException.BadParameter(p.Name, $"'{p.Name}' is '{Clip(item)}'; valid values: {string.Join(", ", p.Valid)}.", p.Valid);
            }
        }

        return items;
    }

    /// <summary>A boolean parameter (true/false/1/0), false when absent.</summary>
    public bool Flag(ApiParameter p) => Text(p)?.ToLowerInvariant() switch
    {
        null or "false" or "0" => false,
        "true" or "1" => true,
        var other => throw ApiException.BadParameter(p.Name, $"'{p.Name}' is '{Clip(other)}'; use true or false.", ["true", "false"]),
    };

    /// <summary>Text shortened for an error message (request text is echoed, never interpreted).</summary>
    internal static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";
}

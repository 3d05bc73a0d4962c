using System.Globalization;
using System.Text.Json;
using Multipolar.Votes;

namespace Multipolar.Data.Formats;

/// <summary>
/// The fields of a line of the UN's resolution record, read with <see cref="JsonDocument"/>: each failure
/// names the file, line, field and value (an <see cref="IngestException"/>). Used by <see cref="UnxmlReader"/>.
/// </summary>
internal static class UnxmlFields
{
    internal static JsonDocument Parse(string raw, string path, long line)
    {
        try
        {
            var json = JsonDocument.Parse(raw);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                json.Dispose();
                throw new IngestException(path, line, null, Snippet(raw), "expected one JSON object per line.");
            }

            return json;
        }
        catch (JsonException e)
        {
            throw new IngestException(path, line, null, Snippet(raw), $"not valid JSON: {e.Message}");
        }
    }

    private static string Snippet(string raw) => raw.Length > 60 ? raw[..60] + "…" : raw;

    internal static string? Text(JsonElement o, string name, string path, long line)
    {
        if (!o.TryGetProperty(name, out var p) || p.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (p.ValueKind != JsonValueKind.String)
        {
            throw new IngestException(path, line, name, p.GetRawText(), "expected a string.");
        }

        var s = p.GetString()!.Trim();
        return s.Length == 0 ? null : s;
    }

    internal static IEnumerable<string> Names(JsonElement o, string name, string path, long line)
    {
        if (!o.TryGetProperty(name, out var p) || p.ValueKind == JsonValueKind.Null)
        {
            yield break;
        }

        if (p.ValueKind != JsonValueKind.Array)
        {
            throw new IngestException(path, line, name, p.GetRawText(), "expected a list of member-state names.");
        }

        foreach (var e in p.EnumerateArray())
        {
            if (e.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(e.GetString()))
            {
                throw new IngestException(path, line, name, e.GetRawText(), "expected a member-state name (a non-empty string).");
            }

            yield return e.GetString()!;
        }
    }

    internal static int? Count(JsonElement o, string name, string path, long line, string symbol, List<string> notAvailable)
    {
        if (!o.TryGetProperty(name, out var p) || p.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (p.ValueKind == JsonValueKind.Number && p.TryGetInt32(out var n) && n >= 0)
        {
            return n;
        }

        var s = p.ValueKind == JsonValueKind.String ? p.GetString()!.Trim() : null;
        if (s is "N.A." or "NA" or "")
        {
            var list = name.Replace("_count", "", StringComparison.Ordinal);
            if (o.TryGetProperty(list, out var l) && l.ValueKind == JsonValueKind.Array && l.GetArrayLength() == 0 && IsRecorded(o))
            {
                notAvailable.Add($"{symbol} {name}");
                return 0;
            }

            return null;
        }

        return int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out n)
            ? n
            : throw new IngestException(path, line, name, p.GetRawText(), "expected a count (digits) or 'N.A.'.");
    }

    private static bool IsRecorded(JsonElement o) =>
        o.TryGetProperty("adoption_type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString()!.Trim().Equals("By a recorded vote", StringComparison.OrdinalIgnoreCase);

    internal static string Adoption(string? type, string path, long line) => type?.ToLowerInvariant() switch
    {
        null => UnxmlReader.NotStated,
        "by a recorded vote" => UnxmlReader.RecordedVote,
        "without a vote" => UnxmlReader.WithoutVote,
        _ => throw new IngestException(path, line, "adoption_type", type, "expected 'By a recorded vote', 'Without a vote' or empty."),
    };

    private static readonly string[] IsoFormats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd"];

    internal static (DateOnly Date, bool Iso, bool Nbsp) ParseDate(string text, string path, long line)
    {
        var nbsp = text.Contains('\u00A0', StringComparison.Ordinal);
        var t = nbsp ? text.Replace('\u00A0', ' ') : text;
        if (DateTime.TryParseExact(t, IsoFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return (DateOnly.FromDateTime(d), true, nbsp);
        }

        if (DateTime.TryParseExact(t, "d MMMM yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out d))
        {
            return (DateOnly.FromDateTime(d), false, nbsp);
        }

        throw new IngestException(path, line, "adoption_date", text, "expected a date as '2019-11-07 00:00:00' or '2 March 2022'.");
    }

    /// <summary>The subject terms (each subject is <c>[term, thesaurus]</c>), joined by "; ".</summary>
    internal static string? Subjects(JsonElement o)
    {
        if (!o.TryGetProperty("subjects", out var p) || p.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var terms = new List<string>();
        foreach (var s in p.EnumerateArray())
        {
            var term = s.ValueKind switch
            {
                JsonValueKind.Array when s.GetArrayLength() > 0 && s[0].ValueKind == JsonValueKind.String => s[0].GetString(),
                JsonValueKind.String => s.GetString(),
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(term))
            {
                terms.Add(term.Trim());
            }
        }

        return terms.Count == 0 ? null : string.Join("; ", terms);
    }

    /// <summary>The session: the number in the symbol (<c>A/RES/74/1</c> → 74), else (emergency special sessions) the regular one in progress.</summary>
    internal static int Session(string symbol, DateOnly date)
    {
        var parts = symbol.Split('/');
        return parts.Length >= 3 && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : GeneralAssemblySession.InProgressOn(date);
    }
}

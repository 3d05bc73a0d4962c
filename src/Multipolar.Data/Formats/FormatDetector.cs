namespace Multipolar.Data.Formats;

/// <summary>Recognises a source's layout from the column names of its header.</summary>
public static class FormatDetector
{
    /// <summary>The layout of a header, or null when it is none that Multipolar reads.</summary>
    public static SourceFormat? Detect(IReadOnlyList<string> columns)
    {
        if (WideLayouts.Match(columns) is { } wide)
        {
            return wide.Format;
        }

        var set = new HashSet<string>(columns.Select(c => c.Trim().Trim('"')), StringComparer.OrdinalIgnoreCase);
        if (set.SetEquals(["rcid", "country", "country_code", "vote"]))
        {
            return SourceFormat.UnvotesVotes;
        }

        if (set.IsSupersetOf(["rcid", "session", "importantvote", "date", "unres", "amend", "para", "short", "descr"]) && !set.Contains("ccode"))
        {
            return SourceFormat.UnvotesRollCalls;
        }

        if (set.SetEquals(["rcid", "short_name", "issue"]))
        {
            return SourceFormat.UnvotesIssues;
        }

        if (set.IsSupersetOf(["rcid", "ccode", "vote", "date"]))
        {
            return SourceFormat.VoetenLong;
        }

        if (set.IsSupersetOf(["undl_id", "ms_code", "ms_name", "ms_vote", "date", "resolution"]))
        {
            return SourceFormat.UndlBulk;
        }

        if (set.IsSupersetOf(UnxmlReader.RequiredProperties))
        {
            return SourceFormat.UnxmlResolutions;
        }

        return null;
    }

    /// <summary>
    /// The column names of a file's first line: a CSV header split at commas (quotes removed), or, when the
    /// line is a JSON object (a JSON-lines file), the names of its properties.
    /// </summary>
    public static IReadOnlyList<string> SplitHeader(string header)
    {
        if (header.TrimStart().StartsWith('{'))
        {
            try
            {
                using var json = System.Text.Json.JsonDocument.Parse(header);
                return json.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object
                    ? json.RootElement.EnumerateObject().Select(p => p.Name).ToArray()
                    : [];
            }
            catch (System.Text.Json.JsonException)
            {
                return [];
            }
        }

        return header.Split(',').Select(c => c.Trim().Trim('"')).ToArray();
    }
}

namespace Multipolar.Data.Formats;

/// <summary>Recognises a source's layout from the column names of its header.</summary>
public static class FormatDetector
{
    /// <summary>The layout of a header, or null when it is none that Multipolar reads.</summary>
    public static SourceFormat? Detect(IReadOnlyList<string> columns)
    {
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

        return null;
    }

    /// <summary>Splits a CSV header line into column names (quotes removed).</summary>
    public static IReadOnlyList<string> SplitHeader(string header) =>
        header.Split(',').Select(c => c.Trim().Trim('"')).ToArray();
}

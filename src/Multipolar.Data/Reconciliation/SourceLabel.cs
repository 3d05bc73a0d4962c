using System.Text.RegularExpressions;
using Multipolar.Data.Formats;

namespace Multipolar.Data.Reconciliation;

/// <summary>
/// Short names of sources for narrow tables (docs/sources.md, "Coverage"), from the layout and the file
/// name: the unvotes files are <c>unvotes</c>; Voeten's long file <c>voeten</c>; voeten-wide <c>voeten-wide</c>; the UN's resolution record <c>unxml</c>;
/// a UN Digital Library file <c>undl-</c> followed by its emergency special session (<c>undl-es11</c>) or the
/// years in its name (<c>undl-1946-2021</c>, <c>undl-2025</c>), else <c>undl</c>.
/// </summary>
public static partial class SourceLabel
{
    /// <summary>The short label of a file of a layout.</summary>
    public static string Of(SourceFormat format, string fileName) => format switch
    {
        SourceFormat.UnvotesRollCalls or SourceFormat.UnvotesIssues or SourceFormat.UnvotesVotes => "unvotes",
        SourceFormat.VoetenLong => "voeten",
        SourceFormat.VoetenWide => "voeten-wide",
        SourceFormat.UnxmlResolutions => "unxml",
        _ => Undl(fileName),
    };

    private static string Undl(string fileName)
    {
        var name = Path.GetFileName(fileName);
        if (EmergencySession().Match(name) is { Success: true } es)
        {
            return $"undl-es{es.Groups[1].Value}";
        }

        var years = Year().Matches(name).Select(m => m.Value).ToArray();
        return years.Length == 0 ? "undl" : "undl-" + string.Join('-', years.Take(2));
    }

    [GeneratedRegex(@"(?i)(?<![a-z])es[-_]?(\d+)")]
    private static partial Regex EmergencySession();

    [GeneratedRegex(@"(?<!\d)(?:19|20)\d\d(?!\d)")]
    private static partial Regex Year();
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace Multipolar.Data.Reconciliation;

/// <summary>Resolution symbols made comparable across sources.</summary>
public static partial class ResolutionSymbol
{
    /// <summary>
    /// The normal form of a symbol: upper case without spaces or brackets, the <c>A/RES/</c> and Voeten's
    /// <c>R/</c> prefixes removed, and the old style <c>1605(XV)</c> written as <c>15/1605</c>. So
    /// <c>A/RES/76/262</c> and <c>R/76/262</c> are both <c>76/262</c>; <c>A/RES/2775(XXVI)[F]</c> and
    /// <c>R/26/2775F</c> are both <c>26/2775F</c>; <c>A/RES/ES-11/1</c> is <c>ES-11/1</c>.
    /// Security Council symbols keep their <c>S/RES/</c> prefix. Null or blank gives null.
    /// </summary>
    public static string? Normalize(string? symbol)
    {
        if (string.IsNullOrWhiteSpace(symbol))
        {
            return null;
        }

        var s = symbol.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        s = s.StartsWith("A/RES/", StringComparison.Ordinal) ? s[6..] : s.StartsWith("R/", StringComparison.Ordinal) ? s[2..] : s;
        var old = OldStyle().Match(s);
        if (old.Success && Roman(old.Groups["roman"].Value) is int session)
        {
            s = string.Create(CultureInfo.InvariantCulture, $"{session}/{old.Groups["num"].Value}{old.Groups["a"].Value}{old.Groups["b"].Value}");
        }

        return s.Replace("[", "", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal);
    }

    /// <summary>First session whose symbols are in the new style (<c>31/1</c>, 1976); before it, symbols are <c>1605(XV)</c>.</summary>
    public const int FirstNewStyleSession = 31;

    /// <summary>
    /// The base of a normalised symbol: session and number without the part letters, paragraph or rule
    /// suffixes that follow the number. So <c>26/2754B</c>, <c>26/2754</c> and <c>26/2775E</c>'s parent
    /// <c>26/2775</c>; <c>1/1287/A</c> is <c>1/1287</c>; <c>17(I)RULE-73</c> (a suffix the normal form does not
    /// rewrite) is <c>1/17</c>; <c>ES-11/1</c> stays <c>ES-11/1</c>. Null when the symbol names no General
    /// Assembly session and number (null, <c>S/RES/…</c>, <c>GOAR/…</c>).
    /// </summary>
    /// <remarks>Voeten's part letters number the votes taken on a resolution and need not be the UN's part
    /// letters (Voeten's <c>R/26/2775E</c> is the UN's <c>A/RES/2775(XXVI)[F]</c>), so only the base compares.</remarks>
    public static string? Base(string? normalized)
    {
        if (normalized is null)
        {
            return null;
        }

        var m = NewStyleBase().Match(normalized);
        if (m.Success)
        {
            return $"{m.Groups["s"].Value}/{m.Groups["n"].Value}";
        }

        var old = OldStyleBase().Match(normalized);
        return old.Success && Roman(old.Groups["roman"].Value) is int session
            ? string.Create(CultureInfo.InvariantCulture, $"{session}/{old.Groups["n"].Value}")
            : null;
    }

    /// <summary>
    /// What follows a normalised symbol's base, letters and digits only: <c>50/38B-VI</c> and <c>50/38B/VI</c>
    /// give <c>BVI</c>; a symbol without a part gives an empty string, one without a base null.
    /// </summary>
    public static string? Part(string? normalized)
    {
        if (Base(normalized) is null)
        {
            return null;
        }

        var m = NewStyleBase().Match(normalized!);
        var rest = m.Success ? normalized![m.Length..] : normalized![(normalized!.IndexOf(')', StringComparison.Ordinal) + 1)..];
        return string.Concat(rest.Where(char.IsLetterOrDigit));
    }

    /// <summary>The session of a normalised symbol's base (null for <c>ES-</c> special sessions and symbols without a base).</summary>
    public static int? Session(string? normalized) =>
        Base(normalized) is { } b && int.TryParse(b.AsSpan(0, b.IndexOf('/', StringComparison.Ordinal)), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : null;

    private static int? Roman(string text)
    {
        var total = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var v = Value(text[i]);
            total += i + 1 < text.Length && v < Value(text[i + 1]) ? -v : v;
        }

        return total > 0 ? total : null;

        static int Value(char c) => c switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, _ => 0 };
    }

    [GeneratedRegex(@"^(?<s>(?:ES-|S-)?\d+)/(?<n>\d+)")]
    private static partial Regex NewStyleBase();

    [GeneratedRegex(@"^(?<n>\d+)[A-Z]*\((?<roman>[IVXLC]+)\)")]
    private static partial Regex OldStyleBase();

    [GeneratedRegex(@"^(?<num>\d+)(?<a>[A-Z]*)\((?<roman>[IVXLC]+)\)\[?(?<b>[A-Z]*)\]?$")]
    private static partial Regex OldStyle();
}

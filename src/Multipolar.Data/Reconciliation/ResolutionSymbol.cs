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

    [GeneratedRegex(@"^(?<num>\d+)(?<a>[A-Z]*)\((?<roman>[IVXLC]+)\)\[?(?<b>[A-Z]*)\]?$")]
    private static partial Regex OldStyle();
}

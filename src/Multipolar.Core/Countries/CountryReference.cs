using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Multipolar.Countries;

/// <summary>
/// The one country reference of Multipolar: every state that has held a UN seat, with its ISO 3166-1
/// alpha-2 and alpha-3 codes, Correlates-of-War code, UN M49 code, short name and aliases, loaded from the
/// project's data file <c>Countries/countries.csv</c> (embedded in this assembly).
/// </summary>
/// <remarks>
/// <para>Lookup (<see cref="Resolve"/>) accepts any code or name, case-insensitively, ignoring accents,
/// punctuation and "&amp;"/"and". Numbers are tried as COW and M49 codes; where they name different
/// states the lookup is ambiguous, and a prefix settles it (<c>cow:20</c>, <c>m49:20</c>).</para>
/// <para>Thread safety: immutable after construction; safe to share.</para>
/// </remarks>
public sealed class CountryReference
{
    /// <summary>
    /// The day the People's Republic of China took the China seat (General Assembly resolution 2758,
    /// 25 October 1971). Votes a source records for "China" before this day were cast by the Republic of
    /// China and are attributed to <c>TWN</c> (<see cref="SeatHolder"/>).
    /// </summary>
    public static readonly DateOnly ChinaSeatTransfer = new(1971, 10, 25);

    private static readonly Lazy<CountryReference> LazyDefault = new(LoadDefault);

    private readonly Dictionary<string, Country> byIso3;
    private readonly Dictionary<string, Country[]> byKey;
    private readonly Dictionary<int, Country[]> byCow;
    private readonly Dictionary<int, Country> byM49;

    private CountryReference(ImmutableArray<Country> countries)
    {
        Countries = countries;
        byIso3 = countries.ToDictionary(c => c.Iso3, StringComparer.OrdinalIgnoreCase);
        var keys = new Dictionary<string, List<Country>>();
        foreach (var c in countries)
        {
            foreach (var text in Enumerate(c))
            {
                var key = NormalizeName(text);
                if (key.Length == 0)
                {
                    continue;
                }

                if (!keys.TryGetValue(key, out var list))
                {
                    keys[key] = list = [];
                }

                if (!list.Contains(c))
                {
                    list.Add(c);
                }
            }
        }

        byKey = keys.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray());
        byCow = countries
            .SelectMany(c => (c.Cow is int k ? [k] : Array.Empty<int>()).Concat(c.OtherCowCodes).Select(code => (code, c)))
            .GroupBy(p => p.code)
            .ToDictionary(g => g.Key, g => g.Select(p => p.c).ToArray());
        byM49 = countries.Where(c => c.M49 is not null).ToDictionary(c => c.M49!.Value);
        China = byIso3["CHN"];
        RepublicOfChina = byIso3["TWN"];

        static IEnumerable<string> Enumerate(Country c)
        {
            yield return c.Iso3;
            if (c.Iso2 is not null)
            {
                yield return c.Iso2;
            }

            yield return c.Name;
            foreach (var a in c.Aliases)
            {
                yield return a;
            }
        }
    }

    /// <summary>The reference shipped with Multipolar.</summary>
    public static CountryReference Default => LazyDefault.Value;

    /// <summary>All states, in reference order (<see cref="Country.Index"/>).</summary>
    public ImmutableArray<Country> Countries { get; }

    /// <summary>The People's Republic of China (<c>CHN</c>).</summary>
    public Country China { get; }

    /// <summary>The Republic of China (<c>TWN</c>), holder of the China seat until 1971.</summary>
    public Country RepublicOfChina { get; }

    /// <summary>The state with this ISO3 code (exact, case-insensitive).</summary>
    /// <exception cref="CountryLookupException">No state has this code.</exception>
    public Country this[string iso3] => byIso3.TryGetValue(iso3, out var c)
        ? c
        : throw new CountryLookupException(iso3, $"'{iso3}' is not an ISO3 code in the country reference.", []);

    /// <summary>The state with this ISO3 code (exact, case-insensitive), without throwing.</summary>
    public bool TryGetByIso3(string iso3, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Country? country) =>
        byIso3.TryGetValue(iso3, out country);

    /// <summary>
    /// The state a Correlates of War code names (its own code, or a predecessor's code its seat continues,
    /// e.g. 260 for <c>DEU</c>), when exactly one state of the reference does.
    /// </summary>
    public bool TryResolveCow(int cow, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Country? country)
    {
        country = byCow.TryGetValue(cow, out var cs) && cs.Length == 1 ? cs[0] : null;
        return country is not null;
    }

    /// <summary>
    /// Finds a state by ISO2, ISO3, COW or M49 code, name or alias (case-insensitive).
    /// </summary>
    /// <exception cref="CountryLookupException">The text names no state, or several (the message lists them).</exception>
    public Country Resolve(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var candidates = Candidates(text);
        if (candidates.Count == 1)
        {
            return candidates[0];
        }

        if (candidates.Count == 0)
        {
            throw new CountryLookupException(
                text,
                $"Unknown country '{text}': use an ISO code (CHN, CN), a COW or M49 code, or a name; 'multipolar countries --search {text}' lists near matches.",
                []);
        }

        throw new CountryLookupException(
            text,
            $"'{text}' is ambiguous: it could be {string.Join(", ", candidates.Select(c => $"{c.Name} ({c.Iso3})"))}. Use the ISO3 code, or prefix a number with cow: or m49:.",
            candidates);
    }

    /// <summary>Like <see cref="Resolve"/>, without throwing.</summary>
    public bool TryResolve(string? text, out Country? country)
    {
        country = null;
        if (text is null)
        {
            return false;
        }

        var candidates = Candidates(text);
        if (candidates.Count != 1)
        {
            return false;
        }

        country = candidates[0];
        return true;
    }

    /// <summary>Every state the text could mean (empty when none).</summary>
    public IReadOnlyList<Country> Candidates(string text)
    {
        var t = text.Trim();
        if (t.Length == 0)
        {
            return [];
        }

        if (t.StartsWith("cow:", StringComparison.OrdinalIgnoreCase))
        {
            return int.TryParse(t.AsSpan(4).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var cow) && byCow.TryGetValue(cow, out var cs)
                ? cs
                : [];
        }

        if (t.StartsWith("m49:", StringComparison.OrdinalIgnoreCase))
        {
            return int.TryParse(t.AsSpan(4).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var m) && byM49.TryGetValue(m, out var mc)
                ? [mc]
                : [];
        }

        if (int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            var found = new List<Country>();
            if (byCow.TryGetValue(number, out var cs))
            {
                found.AddRange(cs);
            }

            if (byM49.TryGetValue(number, out var mc) && !found.Contains(mc))
            {
                found.Add(mc);
            }

            return found;
        }

        if (t.Length == 3 && byIso3.TryGetValue(t, out var exact))
        {
            return [exact];
        }

        return byKey.TryGetValue(NormalizeName(t), out var list) ? list : [];
    }

    /// <summary>States whose code, name or alias contains the text (case- and accent-insensitive).</summary>
    public IEnumerable<Country> Search(string text)
    {
        var key = NormalizeName(text);
        if (key.Length == 0)
        {
            return Countries;
        }

        var hits = new HashSet<Country>();
        foreach (var (k, list) in byKey)
        {
            if (k.Contains(key, StringComparison.Ordinal))
            {
                hits.UnionWith(list);
            }
        }

        return Countries.Where(hits.Contains);
    }

    /// <summary>
    /// The state that actually held a seat on a date. Only the China seat changed hands between two states
    /// that both have an entry: a vote recorded for <c>CHN</c> before <see cref="ChinaSeatTransfer"/> was
    /// cast by the Republic of China (<c>TWN</c>). Every other state holds its own seat.
    /// </summary>
    public Country SeatHolder(Country recorded, DateOnly date) =>
        ReferenceEquals(recorded, China) && date < ChinaSeatTransfer ? RepublicOfChina : recorded;

    /// <summary>
    /// Normalises a name for lookup: upper case, accents removed, '&amp;' read as AND, every other
    /// non-alphanumeric character a space, runs of spaces collapsed. Apostrophes (straight, curly, modifier
    /// letter, backtick) are dropped, so "Côte d'Ivoire" and "Côte d‘Ivoire" read alike.
    /// </summary>
    public static string NormalizeName(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var raw in text)
        {
            var c = Fold(raw);
            if (c == '&')
            {
                Append(sb, " AND ", ref space);
                continue;
            }

            if (c is '\'' or '\u2018' or '\u2019' or '\u02BC' or '`')
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                space = false;
                sb.Append(char.ToUpperInvariant(c));
            }
            else
            {
                space = true;
            }
        }

        return sb.ToString();

        static void Append(StringBuilder sb, string s, ref bool space)
        {
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append(s.Trim());
            space = true;
        }
    }

    private static char Fold(char c) => c switch
    {
        'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' => 'a',
        'À' or 'Á' or 'Â' or 'Ã' or 'Ä' or 'Å' => 'A',
        'ç' => 'c',
        'Ç' => 'C',
        'è' or 'é' or 'ê' or 'ë' => 'e',
        'È' or 'É' or 'Ê' or 'Ë' => 'E',
        'ì' or 'í' or 'î' or 'ï' => 'i',
        'Ì' or 'Í' or 'Î' or 'Ï' or 'İ' => 'I',
        'ı' => 'i',
        'ñ' => 'n',
        'Ñ' => 'N',
        'ò' or 'ó' or 'ô' or 'õ' or 'ö' => 'o',
        'Ò' or 'Ó' or 'Ô' or 'Õ' or 'Ö' => 'O',
        'ù' or 'ú' or 'û' or 'ü' => 'u',
        'Ù' or 'Ú' or 'Û' or 'Ü' => 'U',
        'ý' or 'ÿ' => 'y',
        'Ý' => 'Y',
        _ => c,
    };

    /// <summary>Reads a reference from text in the layout of <c>countries.csv</c>.</summary>
    /// <exception cref="FormatException">A line is malformed (the message names the line and value).</exception>
    public static CountryReference Parse(TextReader reader, string sourceName)
    {
        var header = reader.ReadLine() ?? throw new FormatException($"{sourceName}: empty file");
        var columns = SplitCsv(header);
        string[] expected = ["iso3", "iso2", "cow", "other_cow", "m49", "name", "aliases", "member_from", "member_until", "successors"];
        for (var i = 0; i < expected.Length; i++)
        {
            if (i >= columns.Count || columns[i] != expected[i])
            {
                throw new FormatException($"{sourceName} line 1: expected column {i + 1} to be '{expected[i]}'");
            }
        }

        var list = ImmutableArray.CreateBuilder<Country>();
        var lineNo = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Length == 0)
            {
                continue;
            }

            var f = SplitCsv(line);
            if (f.Count < expected.Length)
            {
                throw new FormatException($"{sourceName} line {lineNo}: {f.Count} fields, expected {expected.Length}");
            }

            list.Add(new Country(
                list.Count,
                f[0].ToUpperInvariant(),
                Empty(f[1])?.ToUpperInvariant(),
                Int(f[2], "cow"),
                [.. Split(f[3]).Select(s => Int(s, "other_cow")!.Value)],
                Int(f[4], "m49"),
                f[5],
                [.. Split(f[6])],
                Date(f[7], "member_from"),
                Date(f[8], "member_until"),
                [.. Split(f[9])]));

            int? Int(string s, string column) => Empty(s) is null ? null
                : int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v
                : throw new FormatException($"{sourceName} line {lineNo}, column {column}: '{s}' is not a whole number");

            DateOnly? Date(string s, string column) => Empty(s) is null ? null
                : DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
                : throw new FormatException($"{sourceName} line {lineNo}, column {column}: '{s}' is not a date (yyyy-MM-dd)");
        }

        return new CountryReference(list.ToImmutable());

        static string? Empty(string s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
        static IEnumerable<string> Split(string s) => s.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    private static CountryReference LoadDefault()
    {
        using var stream = typeof(CountryReference).Assembly.GetManifestResourceStream("Multipolar.Countries.countries.csv")
            ?? throw new InvalidOperationException("The country reference resource is missing from Multipolar.Core.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader, "countries.csv");
    }

    internal static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < line.Length && line[i + 1] == '"')
                    {
                        sb.Append('"');
                        i++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    sb.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(sb.ToString());
                sb.Clear();
            }
            else
            {
                sb.Append(c);
            }
        }

        fields.Add(sb.ToString());
        return fields;
    }
}

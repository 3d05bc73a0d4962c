using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Multipolar.Countries;

namespace Multipolar.Blocs;

/// <summary>
/// The one table of blocs and their dated membership: the shipped <c>Blocs/blocs.csv</c>
/// (<see cref="Default"/>), optionally extended or overridden by user blocs in the same layout
/// (<see cref="Parse"/>, <see cref="With"/>).
/// </summary>
/// <remarks>
/// <para>Layout (docs/analytics.md, "Blocs"): lines starting with <c>#</c> are comments; the header is
/// <c>kind,bloc,iso3,from,until,text</c>; a <c>bloc</c> line names a bloc (full name in <c>text</c>, founding
/// date in <c>from</c>), a <c>source</c> line cites where its dates come from, a <c>member</c> line is one
/// membership spell (<c>from</c> and <c>until</c> inclusive, <c>until</c> empty while a member). States are
/// resolved by the country reference (any code or name); member lines must follow their bloc line.</para>
/// <para>Immutable; safe to share between threads.</para>
/// </remarks>
public sealed class BlocTable
{
    private static readonly Lazy<BlocTable> LazyDefault = new(LoadDefault);
    private readonly Dictionary<string, Bloc> byCode;

    private BlocTable(ImmutableArray<Bloc> blocs)
    {
        Blocs = blocs;
        byCode = blocs.ToDictionary(b => b.Code, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The table shipped with Multipolar (BRICS, SCO, QUAD, G7, NATO, EU, ASEAN, C5, ARAB, AU, NAM, G77).</summary>
    public static BlocTable Default => LazyDefault.Value;

    /// <summary>The blocs, in file order.</summary>
    public ImmutableArray<Bloc> Blocs { get; }

    /// <summary>The bloc with this code (case-insensitive).</summary>
    /// <exception cref="BlocLookupException">No bloc has this code; the message suggests the nearest code.</exception>
    public Bloc this[string code] => TryGet(code, out var bloc)
        ? bloc
        : throw Unknown(code);

    /// <summary>The bloc with this code (case-insensitive), without throwing.</summary>
    public bool TryGet(string code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Bloc? bloc)
    {
        ArgumentNullException.ThrowIfNull(code);
        return byCode.TryGetValue(code.Trim(), out bloc);
    }

    /// <summary>This table with <paramref name="other"/>'s blocs added; a bloc of the same code is replaced.</summary>
    public BlocTable With(BlocTable other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var replaced = Blocs.Select(b => other.TryGet(b.Code, out var o) ? o : b);
        var added = other.Blocs.Where(b => !byCode.ContainsKey(b.Code));
        return new BlocTable([.. replaced, .. added]);
    }

    /// <summary>Reads a table in the layout of <c>blocs.csv</c>.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="sourceName">The file name, for error messages.</param>
    /// <param name="countries">The reference that resolves states; default <see cref="CountryReference.Default"/>.</param>
    /// <exception cref="FormatException">A line is malformed, names an unknown state or bloc, or has a bad date
    /// (the message names the file, the line and the value).</exception>
    public static BlocTable Parse(TextReader reader, string sourceName, CountryReference? countries = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        countries ??= CountryReference.Default;
        var blocs = new List<(string Code, string Name, DateOnly Founded, StringBuilder Source, List<BlocMembership> Members)>();
        var lineNo = 0;
        var headerSeen = false;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var f = CountryReference.SplitCsv(line);
            string Where(string what) => $"{sourceName} line {lineNo}: {what}";
            if (!headerSeen)
            {
                if (string.Join(',', f) != "kind,bloc,iso3,from,until,text")
                {
                    throw new FormatException(Where($"expected the header 'kind,bloc,iso3,from,until,text', found '{line}'."));
                }

                headerSeen = true;
                continue;
            }

            if (f.Count != 6)
            {
                throw new FormatException(Where($"expected 6 fields (kind,bloc,iso3,from,until,text), found {f.Count}."));
            }

            var (kind, code) = (f[0].Trim(), f[1].Trim());
            if (code.Length == 0 || code.Any(c => c == ' ' || c == ','))
            {
                throw new FormatException(Where($"bloc code '{code}' must be non-empty, without spaces or commas."));
            }

            var index = blocs.FindIndex(b => string.Equals(b.Code, code, StringComparison.OrdinalIgnoreCase));
            switch (kind)
            {
                case "bloc":
                    if (index >= 0)
                    {
                        throw new FormatException(Where($"bloc '{code}' is defined twice."));
                    }

                    blocs.Add((code, f[5].Trim().Length > 0 ? f[5].Trim() : code, ParseDate(f[3], Where("from")), new StringBuilder(), []));
                    break;
                case "source" when index >= 0:
                    blocs[index].Source.Append(blocs[index].Source.Length > 0 ? " " : "").Append(f[5].Trim());
                    break;
                case "member" when index >= 0:
                    if (!countries.TryResolve(f[2], out var state) || state is null)
                    {
                        throw new FormatException(Where($"'{f[2]}' is not a state of the country reference."));
                    }

                    var from = ParseDate(f[3], Where("from"));
                    DateOnly? until = f[4].Trim().Length == 0 ? null : ParseDate(f[4], Where("until"));
                    if (until < from)
                    {
                        throw new FormatException(Where($"until {until:yyyy-MM-dd} is before from {from:yyyy-MM-dd}."));
                    }

                    blocs[index].Members.Add(new BlocMembership(state, from, until, f[5].Trim().Length == 0 ? null : f[5].Trim()));
                    break;
                case "source" or "member":
                    throw new FormatException(Where($"bloc '{code}' has no bloc line before this {kind} line."));
                default:
                    throw new FormatException(Where($"kind '{kind}' is not bloc, source or member."));
            }
        }

        if (!headerSeen)
        {
            throw new FormatException($"{sourceName}: no header line 'kind,bloc,iso3,from,until,text'.");
        }

        foreach (var b in blocs.Where(b => b.Members.Count == 0))
        {
            throw new FormatException($"{sourceName}: bloc '{b.Code}' has no member lines.");
        }

        return new BlocTable([.. blocs.Select(b => new Bloc(b.Code, b.Name, b.Founded, b.Source.ToString(), [.. b.Members]))]);

        static DateOnly ParseDate(string text, string where) =>
            DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d
                : throw new FormatException($"{where} '{text}' is not a date (yyyy-MM-dd).");
    }

    /// <summary>The error for an unknown code, suggesting the nearest known one.</summary>
    internal BlocLookupException Unknown(string code)
    {
        var suggestion = Blocs
            .Select(b => (b.Code, Distance: EditDistance(code.Trim().ToUpperInvariant(), b.Code.ToUpperInvariant())))
            .Where(x => x.Distance <= Math.Max(2, x.Code.Length / 2))
            .OrderBy(x => x.Distance)
            .Select(x => x.Code)
            .FirstOrDefault();
        var known = string.Join(", ", Blocs.Select(b => b.Code));
        return new BlocLookupException(code, suggestion,
            $"Unknown bloc '{code}'{(suggestion is null ? "" : $" (did you mean {suggestion}?)")}; known blocs: {known}. 'multipolar blocs' lists them with their members.");
    }

    private static int EditDistance(string a, string b)
    {
        var d = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            d[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var previous = d[0];
            d[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var current = d[j];
                d[j] = Math.Min(Math.Min(d[j] + 1, d[j - 1] + 1), previous + (a[i - 1] == b[j - 1] ? 0 : 1));
                previous = current;
            }
        }

        return d[b.Length];
    }

    private static BlocTable LoadDefault()
    {
        using var stream = typeof(BlocTable).Assembly.GetManifestResourceStream("Multipolar.Blocs.blocs.csv")
            ?? throw new InvalidOperationException("The bloc table resource is missing from Multipolar.Core.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader, "blocs.csv");
    }
}

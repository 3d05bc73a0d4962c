using Multipolar.Countries;

namespace Multipolar.Data.Formats;

/// <summary>
/// Resolves the state of a source row from its code and/or name against the country reference, caching
/// by the raw text (a source repeats the same few hundred spellings hundreds of thousands of times).
/// A row whose state cannot be resolved is an error, never dropped.
/// </summary>
internal sealed class StateResolver(CountryReference reference)
{
    private readonly Dictionary<string, Country> cache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Country>.AlternateLookup<ReadOnlySpan<char>> lookup;

    private StateResolver(CountryReference reference, bool _)
        : this(reference) => lookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();

    public static StateResolver Create(CountryReference reference) => new(reference, true);

    /// <summary>
    /// The state named by <paramref name="code"/> (tried first, when not empty) or else <paramref name="name"/>.
    /// </summary>
    /// <exception cref="IngestException">Neither resolves to exactly one state.</exception>
    public Country Resolve(ReadOnlySpan<char> code, ReadOnlySpan<char> name, string file, long line, string codeColumn, string nameColumn)
    {
        code = code.Trim();
        name = name.Trim();

        // The code decides when there is one (the name is only read when the code is empty or unknown),
        // so the cache is keyed by the code alone, else by the name: short keys, cheap hashes.
        var cacheKey = code.IsEmpty ? name : code;
        var marker = code.IsEmpty ? '\u0002' : '\u0001';
        Span<char> key = stackalloc char[cacheKey.Length + 1];
        key[0] = marker;
        cacheKey.CopyTo(key[1..]);
        if (lookup.TryGetValue(key, out var hit))
        {
            return hit;
        }

        Country? found = null;
        string? problem = null;
        if (!code.IsEmpty)
        {
            var candidates = reference.Candidates(code.ToString());
            if (candidates.Count == 1)
            {
                found = candidates[0];
            }
            else
            {
                problem = candidates.Count == 0 ? "unknown country code" : "ambiguous country code";
            }
        }

        if (found is null && !name.IsEmpty)
        {
            var candidates = reference.Candidates(name.ToString());
            if (candidates.Count == 1)
            {
                found = candidates[0];
            }
            else
            {
                var what = candidates.Count == 0 ? "is not in the country reference" : $"is ambiguous ({string.Join(", ", candidates.Select(c => c.Iso3))})";
                throw code.IsEmpty
                    ? new IngestException(file, line, nameColumn, name.ToString(), $"the code is empty and the country name {what}.")
                    : new IngestException(file, line, codeColumn, code.ToString(), $"{problem}, and the name '{name}' {what}.");
            }
        }

        if (found is null)
        {
            throw code.IsEmpty
                ? new IngestException(file, line, nameColumn, name.ToString(), "no country code and no name: the row cannot be attributed to a state.")
                : new IngestException(file, line, codeColumn, code.ToString(), $"{problem}; see 'multipolar countries' for the codes Multipolar knows.");
        }

        if (problem is null)
        {
            // An unknown code resolved by its name is not cached: the next row with that code may name another state.
            cache[key.ToString()] = found;
        }

        return found;
    }
}

using System.Collections.Frozen;
using Multipolar.Votes;

namespace Multipolar.Data.Formats;

/// <summary>
/// The column dictionary of a wide layout (one row per roll call, one column per state): which columns
/// hold the date, title, resolution symbol, body and issue flags, how votes are coded, and where the state
/// columns start (after which column). One reader (<c>WideReader</c>) reads every layout declared this way; the declared
/// layouts are in <see cref="WideLayouts"/> and documented in docs/sources.md.
/// </summary>
/// <remarks>
/// A header matches a layout when it has every column of <see cref="Signature"/> (case-insensitive,
/// byte-order mark removed). Every column after <see cref="StatesAfter"/> is a state, resolved
/// against the country reference by ISO3 code or UN name (after <see cref="ColumnAliases"/>), except the
/// columns of <see cref="NotStates"/>; a column that resolves to no state is an ingest error. Two columns
/// naming the same state are merged (a state voting differently in both on one row is an error).
/// </remarks>
public sealed record WideLayout
{
    /// <summary>A short name of the layout (shown in errors and docs).</summary>
    public required string Name { get; init; }

    /// <summary>The source format (decides precedence).</summary>
    public required SourceFormat Format { get; init; }

    /// <summary>Columns a header must have to be this layout.</summary>
    public required IReadOnlyList<string> Signature { get; init; }

    /// <summary>Voeten's roll-call id column, if any (not unique in every source: the key includes the date).</summary>
    public string? Rcid { get; init; }

    /// <summary>The source's own id of a row (e.g. the UN Digital Library record number), if any.</summary>
    public string? Token { get; init; }

    /// <summary>The date column (yyyy-MM-dd).</summary>
    public required string Date { get; init; }

    /// <summary>The title column, if any.</summary>
    public string? Title { get; init; }

    /// <summary>The resolution symbol column, if any.</summary>
    public string? Resolution { get; init; }

    /// <summary>The body column (<c>General Assembly</c> / <c>Security Council</c>), if any; without one every row is the General Assembly.</summary>
    public string? Body { get; init; }

    /// <summary>A column of subject terms (stored as the description, used by the issue classifier), if any.</summary>
    public string? Subjects { get; init; }

    /// <summary>Issue flag columns (TRUE/FALSE or 0/1) and the issue each stands for.</summary>
    public IReadOnlyList<(string Column, IssueArea Issue)> IssueFlags { get; init; } = [];

    /// <summary>The vote coding of the state columns.</summary>
    public required WideVoteDialect Dialect { get; init; }

    /// <summary>The last column before the state columns: every column after it is a state.</summary>
    public required string StatesAfter { get; init; }

    /// <summary>Columns among the state columns that are not states, ignored with the documented reason.</summary>
    public FrozenDictionary<string, string> NotStates { get; init; } = FrozenDictionary<string, string>.Empty;

    /// <summary>Misspelt state columns of the source and the name they stand for.</summary>
    public FrozenDictionary<string, string> ColumnAliases { get; init; } = FrozenDictionary<string, string>.Empty;

    /// <summary>
    /// True when the layout has a <c>TWN</c> column for the Republic of China, so that <c>CHN</c> cells before
    /// 25 October 1971 are not the seat's votes (they are skipped).
    /// </summary>
    public bool SeparateRepublicOfChina { get; init; }

    /// <summary>True when the header has every column of the signature.</summary>
    public bool Matches(IReadOnlyCollection<string> columns)
    {
        var set = new HashSet<string>(columns.Select(Clean), StringComparer.OrdinalIgnoreCase);
        return Signature.All(set.Contains);
    }

    /// <summary>A header name without byte-order mark and surrounding quotes.</summary>
    public static string Clean(string column) => column.TrimStart('\uFEFF').Trim('"');
}

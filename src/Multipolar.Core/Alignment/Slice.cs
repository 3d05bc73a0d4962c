using Multipolar.Votes;

namespace Multipolar.Alignment;

/// <summary>
/// A subset of roll calls an alignment is computed over: all roll calls, those of one issue area
/// (a standard code or a user tag), the US State Department's important votes, or important votes of one issue.
/// </summary>
/// <remarks><c>default</c> is <see cref="All"/>. Keys: <c>all</c>, an issue code (<c>hr</c>, <c>ukraine</c>),
/// <c>important</c>, <c>hr+important</c>.</remarks>
public readonly record struct Slice
{
    private Slice(IssueArea? issue, bool importantOnly)
    {
        Issue = issue;
        ImportantOnly = importantOnly;
    }

    /// <summary>The issue area roll calls must carry, or null for any.</summary>
    public IssueArea? Issue { get; }

    /// <summary>True when only important votes count.</summary>
    public bool ImportantOnly { get; }

    /// <summary>Every roll call.</summary>
    public static Slice All => default;

    /// <summary>The US State Department's important votes.</summary>
    public static Slice Important { get; } = new(null, true);

    /// <summary>The standard set: all, the six issue areas (me, nu, di, hr, co, ec), important.</summary>
    public static IReadOnlyList<Slice> Standard { get; } =
        [All, .. IssueArea.Standard.Select(Of), Important];

    /// <summary>The roll calls tagged with <paramref name="issue"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="issue"/> is <c>default</c>.</exception>
    public static Slice Of(IssueArea issue) => issue.Code is null
        ? AlignmentThrow.Argument<Slice>(nameof(issue), "default(IssueArea) is not an issue area.")
        : new(issue, false);

    /// <summary>This slice restricted to important votes.</summary>
    public Slice AndImportant() => new(Issue, true);

    /// <summary>The CLI key: <c>all</c>, the issue code, <c>important</c> or <c>code+important</c>.</summary>
    public string Key => (Issue, ImportantOnly) switch
    {
        (null, false) => "all",
        (null, true) => "important",
        ({ } i, false) => i.Code,
        ({ } i, true) => i.Code + "+important",
    };

    /// <summary>True when <paramref name="rollCall"/> belongs to this slice.</summary>
    public bool Contains(RollCall rollCall)
    {
        ArgumentNullException.ThrowIfNull(rollCall);
        return (!ImportantOnly || rollCall.Important) && (Issue is not { } issue || rollCall.Issues.Contains(issue));
    }

    /// <summary>Parses a key (<see cref="Key"/>), case-insensitive.</summary>
    /// <exception cref="FormatException">The text is not a slice key.</exception>
    public static Slice Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim().ToLowerInvariant();
        if (t == "all")
        {
            return All;
        }

        if (t == "important")
        {
            return Important;
        }

        var important = t.EndsWith("+important", StringComparison.Ordinal);
        var code = important ? t[..^"+important".Length] : t;
        if (!IssueArea.TryParse(code, out var issue))
        {
            throw new FormatException(
                $"'{text}' is not a slice: use all, important, an issue code (me, nu, di, hr, co, ec or a tag) or code+important.");
        }

        return important ? Of(issue).AndImportant() : Of(issue);
    }

    /// <inheritdoc />
    public override string ToString() => Key;
}

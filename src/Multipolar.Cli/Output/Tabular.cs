namespace Multipolar.Cli.Output;

/// <summary>A column of a <see cref="Tabular"/> result.</summary>
/// <param name="Key">Stable snake_case key used in CSV headers and JSON property names.</param>
/// <param name="Header">Header shown in tables.</param>
/// <param name="RightAlign">True for numbers.</param>
public sealed record TabularColumn(string Key, string Header, bool RightAlign = false);

/// <summary>
/// A command's result as rows and columns, rendered as a table for people or as CSV or JSON for
/// scripts (<see cref="TabularWriter"/>). Cell values are strings, integers, doubles (NaN is written as
/// empty/null), booleans, dates or null.
/// </summary>
public sealed class Tabular(string title, IReadOnlyList<TabularColumn> columns)
{
    private readonly List<object?[]> rows = [];

    /// <summary>Title shown above the table (not in CSV/JSON).</summary>
    public string Title { get; } = title;

    /// <summary>Columns.</summary>
    public IReadOnlyList<TabularColumn> Columns { get; } = columns;

    /// <summary>Rows, each with one value per column.</summary>
    public IReadOnlyList<object?[]> Rows => rows;

    /// <summary>Extra markup lines shown under the table only (e.g. a sparkline, a note).</summary>
    public List<string> Notes { get; } = [];

    /// <summary>Adds a row.</summary>
    public void Add(params object?[] values)
    {
        if (values.Length != Columns.Count)
        {
            throw new ArgumentException($"A row needs {Columns.Count} values, got {values.Length}.", nameof(values));
        }

        rows.Add(values);
    }
}

namespace Multipolar.Data.Formats;

/// <summary>
/// A source file could not be read. The message names the file, line, column and offending value, and
/// says what was expected. Ingest is all-or-nothing: when this is thrown nothing has been written.
/// </summary>
public sealed class IngestException : Exception
{
    /// <summary>Creates the exception for a problem at one place of a file.</summary>
    public IngestException(string file, long line, string? column, string? value, string problem)
        : base(Format(file, line, column, value, problem))
    {
        File = file;
        Line = line;
        Column = column;
        Value = value;
        Problem = problem;
    }

    /// <summary>The file (path as given).</summary>
    public string File { get; }

    /// <summary>1-based line number in the file (the header is line 1), or 0 for the file as a whole.</summary>
    public long Line { get; }

    /// <summary>The column name, if the problem is in one field.</summary>
    public string? Column { get; }

    /// <summary>The offending value, if any.</summary>
    public string? Value { get; }

    /// <summary>What is wrong and what was expected.</summary>
    public string Problem { get; }

    private static string Format(string file, long line, string? column, string? value, string problem)
    {
        var where = line > 0 ? $"{file}, line {line}" : file;
        if (column is not null)
        {
            where += $", column '{column}'";
        }

        if (value is not null)
        {
            where += $", value '{value}'";
        }

        return $"{where}: {problem}";
    }
}

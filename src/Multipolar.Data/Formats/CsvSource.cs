using System.Globalization;
using nietras.SeparatedValues;

namespace Multipolar.Data.Formats;

/// <summary>
/// A CSV source being read with Sep: column lookup by name and field parsing whose failures name the
/// file, line, column and value.
/// </summary>
internal sealed class CsvSource : IDisposable
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "M/d/yyyy", "d.M.yyyy", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss"];

    private CsvSource(string path, SepReader reader)
    {
        Path = path;
        Reader = reader;
    }

    public string Path { get; }

    public SepReader Reader { get; }

    public static CsvSource Open(string path)
    {
        var stream = SourceOpener.Open(path);
        try
        {
            var reader = Sep.Reader(o => o with { Sep = new Sep(','), Unescape = true, DisableColCountCheck = true }).From(stream);
            return new CsvSource(path, reader);
        }
        catch (Exception e) when (e is not IngestException)
        {
            stream.Dispose();
            throw new IngestException(path, 1, null, null, $"cannot read the header: {e.Message}");
        }
    }

    /// <summary>The index of a required column.</summary>
    public int Column(string name) => OptionalColumn(name) is var i and >= 0
        ? i
        : throw new IngestException(Path, 1, name, null, $"the header has no column '{name}'.");

    /// <summary>The index of an optional column, or -1.</summary>
    public int OptionalColumn(string name)
    {
        var names = Reader.Header.ColNames;
        for (var i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i].Trim().TrimStart('\uFEFF'), name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    public string ColumnName(int index) => Reader.Header.ColNames[index];

    public static long LineOf(SepReader.Row row) => row.LineNumberFrom;

    /// <summary>Fails unless the row has at least <paramref name="count"/> fields (a truncated line).</summary>
    public void RequireFields(SepReader.Row row, int count)
    {
        if (row.ColCount < count)
        {
            throw new IngestException(Path, LineOf(row), null, row.Span.ToString(), $"truncated line: {row.ColCount} fields, the header has {count}.");
        }
    }

    public long Long(SepReader.Row row, int col)
    {
        var span = row[col].Span.Trim();
        return long.TryParse(span, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw Bad(row, col, "expected a whole number.");
    }

    public int? OptionalInt(SepReader.Row row, int col)
    {
        if (col < 0)
        {
            return null;
        }

        var span = row[col].Span.Trim();
        if (span.IsEmpty || span.Equals("NA", StringComparison.Ordinal))
        {
            return null;
        }

        return int.TryParse(span, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)
            ? v
            : double.TryParse(span, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == Math.Floor(d) && Math.Abs(d) < int.MaxValue
                ? (int)d
                : throw Bad(row, col, "expected a whole number or nothing.");
    }

    /// <summary>A 0/1 flag (also TRUE/FALSE); empty or NA reads as false.</summary>
    public bool Flag(SepReader.Row row, int col)
    {
        if (col < 0)
        {
            return false;
        }

        var span = row[col].Span.Trim();
        if (span.IsEmpty || span is "0" or "NA" || span.Equals("FALSE", StringComparison.OrdinalIgnoreCase) || span.Equals("0.0", StringComparison.Ordinal))
        {
            return false;
        }

        if (span is "1" || span.Equals("TRUE", StringComparison.OrdinalIgnoreCase) || span.Equals("1.0", StringComparison.Ordinal))
        {
            return true;
        }

        throw Bad(row, col, "expected 0 or 1 (or TRUE/FALSE).");
    }

    public DateOnly Date(SepReader.Row row, int col)
    {
        var span = row[col].Span.Trim();
        return DateOnly.TryParseExact(span, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            || (DateTime.TryParseExact(span, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt) && (d = DateOnly.FromDateTime(dt)) != default)
            ? d
            : throw Bad(row, col, "expected a date (yyyy-MM-dd).");
    }

    public static string? Text(SepReader.Row row, int col)
    {
        if (col < 0)
        {
            return null;
        }

        var s = row[col].Span.Trim();
        return s.IsEmpty || s.Equals("NA", StringComparison.Ordinal) ? null : s.ToString();
    }

    public IngestException Bad(SepReader.Row row, int col, string problem) =>
        new(Path, LineOf(row), ColumnName(col), row[col].ToString(), problem);

    public void Dispose() => Reader.Dispose();
}

using System.Text;
using Spectre.Console;

namespace Multipolar.Cli.Output;

/// <summary>
/// Draws a table in one pass as the same characters Spectre.Console's rounded <see cref="Table"/> draws when no cell
/// needs wrapping: title centred over the table, header row, rule, rows, bottom border, one space of padding.
/// Spectre lays every cell out as a renderable (≈ 250 ms for the 2,100 rows of <c>multipolar profile IND</c>, most of
/// the command's time); this is a string builder (a few milliseconds). A property test checks that both give the same
/// text. Written by hand because Spectre has no fast path for plain tables; Spectre still draws every table that must
/// wrap to fit a terminal.
/// </summary>
internal static class TableText
{
    /// <summary>
    /// The table as text, or null when Spectre must draw it: cells that hold line breaks, an empty column, a title wider
    /// than the table, no rows, or a table wider than <paramref name="width"/> on a terminal (off a terminal — a pipe,
    /// a file — the table keeps its natural width, since wrapping at an assumed width only breaks cells apart).
    /// </summary>
    public static string? TryDraw(string title, IReadOnlyList<TabularColumn> columns, IReadOnlyList<string[]> cells, int width, bool terminal)
    {
        if (cells.Count == 0)
        {
            return null;
        }

        var header = columns.Select(c => c.Header).ToArray();
        var cellWidths = new int[cells.Count + 1][];
        var widths = new int[columns.Count];
        for (var r = 0; r <= cells.Count; r++)
        {
            var row = r == 0 ? header : cells[r - 1];
            var rowWidths = cellWidths[r] = new int[row.Length];
            for (var c = 0; c < row.Length; c++)
            {
                if (Width(row[c]) is not int w)
                {
                    return null;
                }

                rowWidths[c] = w;
                widths[c] = Math.Max(widths[c], w);
            }
        }

        var total = widths.Sum() + (3 * widths.Length) + 1;
        if (widths.Contains(0) || Width(title) is not int titleWidth || titleWidth > total || (terminal && total > width))
        {
            return null;
        }

        var text = new StringBuilder((total + 1) * (cells.Count + 6));
        if (title.Length > 0)
        {
            var left = (total - titleWidth) / 2;
            text.Append(' ', left).Append(title).Append(' ', total - titleWidth - left).Append('\n');
        }

        Rule(text, widths, '╭', '┬', '╮');
        Row(text, widths, columns, header, cellWidths[0]);
        Rule(text, widths, '├', '┼', '┤');
        for (var r = 0; r < cells.Count; r++)
        {
            Row(text, widths, columns, cells[r], cellWidths[r + 1]);
        }

        Rule(text, widths, '╰', '┴', '╯');
        return text.ToString();
    }

    /// <summary>The cells a text takes (its length when it is printable ASCII, else Spectre's Unicode width); null for line breaks and tabs, which Spectre lays out itself.</summary>
    private static int? Width(string s)
    {
        if (s.AsSpan().ContainsAny('\n', '\r', '\t'))
        {
            return null;
        }

        return s.AsSpan().ContainsAnyExceptInRange(' ', '~') ? s.GetCellWidth() : s.Length;
    }

    private static void Rule(StringBuilder text, int[] widths, char left, char middle, char right)
    {
        text.Append(left);
        for (var c = 0; c < widths.Length; c++)
        {
            text.Append('─', widths[c] + 2).Append(c + 1 < widths.Length ? middle : right);
        }

        text.Append('\n');
    }

    private static void Row(StringBuilder text, int[] widths, IReadOnlyList<TabularColumn> columns, string[] row, int[] rowWidths)
    {
        text.Append('│');
        for (var c = 0; c < widths.Length; c++)
        {
            var pad = widths[c] - rowWidths[c];
            text.Append(' ');
            if (columns[c].RightAlign)
            {
                text.Append(' ', pad).Append(row[c]);
            }
            else
            {
                text.Append(row[c]).Append(' ', pad);
            }

            text.Append(" │");
        }

        text.Append('\n');
    }
}

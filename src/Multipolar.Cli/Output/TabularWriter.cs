using System.Globalization;
using System.Text.Json;
using nietras.SeparatedValues;
using Spectre.Console;

namespace Multipolar.Cli.Output;

/// <summary>Renders a <see cref="Tabular"/> result as a Spectre.Console table, CSV (Sep) or JSON.</summary>
public static class TabularWriter
{
    /// <summary>Writes the result in the chosen format.</summary>
    public static void Write(Tabular result, OutputFormat format, CliConsole console)
    {
        switch (format)
        {
            case OutputFormat.Csv:
                WriteCsv(result, console.Out);
                break;
            case OutputFormat.Json:
                WriteJson(result, console.Out);
                break;
            default:
                WriteTable(result, console.Ansi);
                break;
        }
    }

    private static void WriteTable(Tabular result, IAnsiConsole console)
    {
        var cells = result.Rows.Select(row => row.Select(Display).ToArray()).ToList();
        if (TableText.TryDraw(result.Title, result.Columns, cells, console.Profile.Width, console.Profile.Out.IsTerminal) is { } text)
        {
            console.Profile.Out.Writer.Write(text);
        }
        else
        {
            console.Write(SpectreTable(result, cells));
        }

        foreach (var note in result.Notes)
        {
            console.MarkupLine(note);
        }
    }

    /// <summary>The Spectre.Console table of a result (wrapping cells to the console's width); <see cref="TableText"/> draws the same without wrapping.</summary>
    internal static Table SpectreTable(Tabular result, IReadOnlyList<string[]> cells)
    {
        var table = new Table().Border(TableBorder.Rounded);
        if (result.Title.Length > 0)
        {
            table.Title(Markup.Escape(result.Title));
        }

        foreach (var c in result.Columns)
        {
            var column = new TableColumn(Markup.Escape(c.Header));
            table.AddColumn(c.RightAlign ? column.RightAligned() : column);
        }

        foreach (var row in cells)
        {
            table.AddRow(row.Select(v => (Spectre.Console.Rendering.IRenderable)new Text(v)).ToArray());
        }

        return table;
    }

    private static void WriteCsv(Tabular result, TextWriter writer)
    {
        using var csv = Sep.New(',').Writer(o => o with { Escape = true }).To(writer, leaveOpen: true);
        if (result.Rows.Count == 0)
        {
            writer.WriteLine(string.Join(',', result.Columns.Select(c => c.Key)));
            return;
        }

        foreach (var values in result.Rows)
        {
            using var row = csv.NewRow();
            for (var i = 0; i < values.Length; i++)
            {
                row[result.Columns[i].Key].Set(Invariant(values[i]));
            }
        }
    }

    private static void WriteJson(Tabular result, TextWriter writer)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartArray();
            foreach (var values in result.Rows)
            {
                json.WriteStartObject();
                for (var i = 0; i < values.Length; i++)
                {
                    var key = result.Columns[i].Key;
                    switch (values[i])
                    {
                        case null:
                            json.WriteNull(key);
                            break;
                        case double d when double.IsNaN(d) || double.IsInfinity(d):
                            json.WriteNull(key);
                            break;
                        case double d:
                            json.WriteNumber(key, d);
                            break;
                        case int n:
                            json.WriteNumber(key, n);
                            break;
                        case long n:
                            json.WriteNumber(key, n);
                            break;
                        case bool b:
                            json.WriteBoolean(key, b);
                            break;
                        default:
                            json.WriteString(key, Invariant(values[i]));
                            break;
                    }
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        writer.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>Culture-invariant text of a value; NaN and null are empty.</summary>
    public static string Invariant(object? value) => value switch
    {
        null => "",
        double d when double.IsNaN(d) => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    internal static string Display(object? value) => value switch
    {
        double d when double.IsNaN(d) => "–",
        double d => d.ToString("0.000", CultureInfo.InvariantCulture),
        long n => n.ToString("N0", CultureInfo.InvariantCulture),
        int n => n.ToString(CultureInfo.InvariantCulture),
        _ => Invariant(value),
    };
}

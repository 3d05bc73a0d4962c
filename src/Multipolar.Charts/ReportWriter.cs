using System.Net;
using System.Text;
using Multipolar.Cases;

namespace Multipolar.Charts;

/// <summary>Where a report came from: the exact command line and the data versions.</summary>
/// <param name="Command">The command line that produced it.</param>
/// <param name="DataVersion">The vote data version of the store.</param>
/// <param name="PowerVersion">The material data version (empty when none).</param>
/// <param name="GeneratedAt">When (UTC).</param>
public sealed record Provenance(string Command, string DataVersion, string PowerVersion, DateTime GeneratedAt)
{
    /// <summary>One line.</summary>
    public override string ToString() =>
        FormattableString.Invariant($"`{Command}` — vote data version {DataVersion}{(PowerVersion.Length > 0 ? $", material data version {PowerVersion}" : "")}, generated {GeneratedAt:yyyy-MM-dd HH:mm} UTC by Multipolar");
}

/// <summary>
/// Writes a <see cref="CaseReport"/> (a case study or a brief): a folder of charts (PNG and SVG), tables
/// (CSV) and a README in Markdown, or one self-contained HTML file with the charts inlined as SVG (no script,
/// no request: a Content Security Policy allowing nothing from outside).
/// </summary>
public static class ReportWriter
{
    /// <summary>Writes the report into <paramref name="directory"/>: FIGURE.png/.svg, TABLE.csv, README.md. Returns the files written.</summary>
    public static IReadOnlyList<string> WriteFolder(CaseReport report, Provenance provenance, string directory)
    {
        ArgumentNullException.ThrowIfNull(report);
        Directory.CreateDirectory(directory);
        var files = new List<string>();
        foreach (var f in report.Figures)
        {
            foreach (var kind in (ImageKind[])[ImageKind.Png, ImageKind.Svg])
            {
                var path = Path.Combine(directory, $"{f.Name}.{kind.ToString().ToLowerInvariant()}");
                File.WriteAllBytes(path, ChartRenderer.Render(f.Figure, kind));
                files.Add(path);
            }
        }

        foreach (var t in report.Tables)
        {
            var path = Path.Combine(directory, $"{t.Name}.csv");
            File.WriteAllText(path, Csv(t), new UTF8Encoding(false));
            files.Add(path);
        }

        var readme = Path.Combine(directory, "README.md");
        File.WriteAllText(readme, Markdown(report, provenance, f => $"{f}.png"), new UTF8Encoding(false));
        files.Add(readme);
        return files;
    }

    /// <summary>The report as Markdown; <paramref name="image"/> names the image file of a figure (relative link).</summary>
    public static string Markdown(CaseReport report, Provenance provenance, Func<string, string> image)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(image);
        var md = new StringBuilder();
        md.Append("# ").AppendLine(report.Title).AppendLine();
        md.Append("**Question.** ").AppendLine(report.Question).AppendLine();
        md.AppendLine("## Findings").AppendLine();
        foreach (var f in report.Findings)
        {
            md.Append("- ").AppendLine(f);
        }

        md.AppendLine();
        foreach (var f in report.Figures)
        {
            md.Append("![").Append(f.Figure.Title).Append("](").Append(image(f.Name)).AppendLine(")").AppendLine();
        }

        Section(md, "Where the finding depends on measurement choices", report.Flags);
        Section(md, "What the data cannot answer", report.Limits);
        md.AppendLine("## Method").AppendLine().AppendLine(report.Method).AppendLine();
        md.AppendLine("## Tables").AppendLine();
        foreach (var t in report.Tables)
        {
            md.Append("- `").Append(t.Name).Append(".csv`: ").Append(t.Rows.Length).Append(" rows (").Append(string.Join(", ", t.Columns)).AppendLine(")");
        }

        md.AppendLine();
        Section(md, "Sources", report.Citations);
        md.AppendLine("## Provenance").AppendLine().AppendLine(provenance.ToString());
        return md.ToString();
    }

    /// <summary>The report as one self-contained HTML page: charts inlined as SVG, tables of the first rows, no script, no external request.</summary>
    public static string Html(CaseReport report, Provenance provenance, int tableRows = 40)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(provenance);
        static string E(string s) => WebUtility.HtmlEncode(s);
        var h = new StringBuilder();
        h.AppendLine("<!DOCTYPE html>");
        h.AppendLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        h.AppendLine("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'\">");
        h.AppendLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        h.Append("<title>").Append(E(report.Title)).AppendLine("</title>");
        h.AppendLine("<style>body{font-family:'DejaVu Sans',Arial,sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}"
            + "figure{margin:1.5em 0}figure svg{max-width:100%;height:auto}table{border-collapse:collapse;font-size:.85em}td,th{border:1px solid #ccc;padding:2px 6px;text-align:right}"
            + "th{background:#f3f3f3}.prov{font-size:.85em;color:#555}code{background:#f6f6f6}</style>");
        h.AppendLine("</head><body>");
        h.Append("<h1>").Append(E(report.Title)).AppendLine("</h1>");
        h.Append("<p><strong>Question.</strong> ").Append(E(report.Question)).AppendLine("</p>");
        HtmlList(h, "Findings", report.Findings, "findings");
        foreach (var f in report.Figures)
        {
            var svg = Encoding.UTF8.GetString(ChartRenderer.Render(f.Figure, ImageKind.Svg));
            var at = svg.IndexOf("<svg", StringComparison.Ordinal);
            h.Append("<figure class=\"chart\" id=\"chart-").Append(E(f.Name)).Append("\">").Append(at >= 0 ? svg[at..] : svg)
                .Append("<figcaption>").Append(E(f.Figure.Title)).AppendLine("</figcaption></figure>");
        }

        HtmlList(h, "Where the finding depends on measurement choices", report.Flags, "flags");
        HtmlList(h, "What the data cannot answer", report.Limits, "limits");
        h.Append("<h2>Method</h2><p>").Append(E(report.Method)).AppendLine("</p>");
        foreach (var t in report.Tables)
        {
            h.Append("<h2>Table: ").Append(E(t.Name)).Append("</h2><p>").Append(t.Rows.Length).Append(" rows").Append(t.Rows.Length > tableRows ? $", the first {tableRows} shown" : "").AppendLine("</p>");
            h.Append("<table><tr>");
            foreach (var c in t.Columns)
            {
                h.Append("<th>").Append(E(c)).Append("</th>");
            }

            h.AppendLine("</tr>");
            foreach (var row in t.Rows.Take(tableRows))
            {
                h.Append("<tr>");
                foreach (var cell in row)
                {
                    h.Append("<td>").Append(E(cell)).Append("</td>");
                }

                h.AppendLine("</tr>");
            }

            h.AppendLine("</table>");
        }

        HtmlList(h, "Sources", report.Citations, "sources");
        h.Append("<p class=\"prov\" id=\"provenance\">Produced by <code>").Append(E(provenance.Command)).Append("</code>; vote data version ").Append(E(provenance.DataVersion));
        if (provenance.PowerVersion.Length > 0)
        {
            h.Append(", material data version ").Append(E(provenance.PowerVersion));
        }

        h.Append(FormattableString.Invariant($"; generated {provenance.GeneratedAt:yyyy-MM-dd HH:mm} UTC by Multipolar.")).AppendLine("</p>");
        h.AppendLine("</body></html>");
        return h.ToString();
    }

    /// <summary>A table as CSV (RFC 4180 quoting).</summary>
    public static string Csv(CaseTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var sb = new StringBuilder();
        sb.AppendLine(string.Join(',', table.Columns.Select(Quote)));
        foreach (var row in table.Rows)
        {
            sb.AppendLine(string.Join(',', row.Select(Quote)));
        }

        return sb.ToString();

        static string Quote(string s) => s.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? $"\"{s.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : s;
    }

    private static void Section(StringBuilder md, string title, IEnumerable<string> items)
    {
        md.Append("## ").AppendLine(title).AppendLine();
        foreach (var i in items)
        {
            md.Append("- ").AppendLine(i);
        }

        md.AppendLine();
    }

    private static void HtmlList(StringBuilder h, string title, IEnumerable<string> items, string id)
    {
        h.Append("<h2>").Append(WebUtility.HtmlEncode(title)).Append("</h2><ul id=\"").Append(id).AppendLine("\">");
        foreach (var i in items)
        {
            h.Append("<li>").Append(WebUtility.HtmlEncode(i)).AppendLine("</li>");
        }

        h.AppendLine("</ul>");
    }
}

using System.Text;
using ScottPlot;
using SkiaSharp;
using Multipolar.Charts;

namespace Multipolar.Charts;

/// <summary>The image formats a figure is written in.</summary>
public enum ImageKind
{
    /// <summary>PNG (raster).</summary>
    Png,

    /// <summary>SVG (vector).</summary>
    Svg,
}

/// <summary>
/// Renders a core <see cref="Figure"/> with ScottPlot 5 (SkiaSharp): title, axis labels, legend, the
/// figure's note under the title and its sources in a footer, in the Okabe–Ito palette (Okabe and Ito 2008,
/// "Color Universal Design"), which stays distinguishable under the common colour-vision deficiencies.
/// The adapter between the pure core and image files; the CLI, the case studies' writer and the briefs use it.
/// </summary>
public static class ChartRenderer
{
    /// <summary>The Okabe–Ito palette, in the order series are coloured (black last).</summary>
    public static readonly string[] Palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000"];

    private const int FooterLine = 15;

    /// <summary>The image kind of a file name (.png or .svg).</summary>
    /// <exception cref="ArgumentException">Another extension.</exception>
    public static ImageKind KindOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".png" => ImageKind.Png,
        ".svg" => ImageKind.Svg,
        var other => throw new ArgumentException($"-o '{path}': use a .png or .svg file name (not '{other}')."),
    };

    /// <summary>Writes the figure to <paramref name="path"/> (PNG or SVG by extension).</summary>
    public static void Save(Figure figure, string path, int width = 900, int height = 520)
    {
        var bytes = Render(figure, KindOf(path), width, height);
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null)
        {
            Directory.CreateDirectory(dir);
        }

        File.WriteAllBytes(path, bytes);
    }

    /// <summary>The figure as PNG or SVG bytes.</summary>
    public static byte[] Render(Figure figure, ImageKind kind, int width = 900, int height = 520)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var plot = Build(figure);
        var footer = FooterLines(figure, width);
        var total = height + (footer.Count * FooterLine) + 10;
        if (kind == ImageKind.Svg)
        {
            using var stream = new MemoryStream();
            using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, width, total), stream))
            {
                Draw(plot, canvas, width, height, footer);
            }

            // ScottPlot clears the canvas before it draws; Skia's SVG canvas writes a clear as a rectangle with no
            // fill (black in every viewer). Give that one rectangle the white it was meant to be.
            var svg = Encoding.UTF8.GetString(stream.ToArray());
            var clear = FormattableString.Invariant($"<rect width=\"{width}\" height=\"{total}\"/>");
            var at = svg.IndexOf(clear, StringComparison.Ordinal);
            if (at >= 0)
            {
                svg = string.Concat(svg.AsSpan(0, at), FormattableString.Invariant($"<rect fill=\"white\" width=\"{width}\" height=\"{total}\"/>"), svg.AsSpan(at + clear.Length));
            }

            return Encoding.UTF8.GetBytes(svg);
        }

        var info = new SKImageInfo(width, total);
        using var surface = SKSurface.Create(info);
        Draw(plot, surface.Canvas, width, height, footer);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static void Draw(Plot plot, SKCanvas canvas, int width, int height, IReadOnlyList<string> footer)
    {
        // A filled rectangle, not Clear(): an SVG canvas writes Clear() as an unfilled (black) rectangle.
        plot.Render(canvas, new PixelRect(0, width, height, 0));
        using (var background = new SKPaint { Color = new SKColor(0xFF, 0xFF, 0xFE), Style = SKPaintStyle.Fill })
        {
            canvas.DrawRect(new SKRect(0, height, width, height + (footer.Count * FooterLine) + 10), background);
        }

        using var font = new SKFont(SKTypeface.FromFamilyName("DejaVu Sans") ?? SKTypeface.Default, 11);
        using var paint = new SKPaint { Color = new SKColor(0x44, 0x44, 0x44), IsAntialias = true };
        for (var i = 0; i < footer.Count; i++)
        {
            canvas.DrawText(footer[i], 12, height + 4 + ((i + 1) * FooterLine), SKTextAlign.Left, font, paint);
        }
    }

    /// <summary>"Sources: …" wrapped to the image width (about 6.3 px per character at 11 px).</summary>
    private static List<string> FooterLines(Figure figure, int width)
    {
        var text = "Sources: " + string.Join("; ", figure.Sources) + ". Multipolar.";
        var max = Math.Max(40, (int)((width - 24) / 6.3));
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' '))
        {
            if (line.Length + word.Length + 1 > max && line.Length > 0)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length == 0 ? word : " " + word);
        }

        if (line.Length > 0)
        {
            lines.Add(line.ToString());
        }

        return lines;
    }

    private static Plot Build(Figure figure)
    {
        var plot = new Plot();
        plot.Font.Set("DejaVu Sans");
        plot.Title(figure.Note is null ? figure.Title : $"{figure.Title}\n{figure.Note}");
        plot.Axes.Title.Label.FontSize = figure.Note is null ? 16 : 14;
        plot.XLabel(figure.XLabel);
        plot.YLabel(figure.YLabel);
        var any = false;
        for (var s = 0; s < figure.Series.Length; s++)
        {
            var series = figure.Series[s];
            var color = Color.FromHex(Palette[s % Palette.Length]);
            any |= Add(plot, series, color);
        }

        if (figure.XIsYear)
        {
            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
            {
                IntegerTicksOnly = true,
                LabelFormatter = v => v.ToString("0", System.Globalization.CultureInfo.InvariantCulture),
            };
        }

        plot.Axes.AutoScale();
        if (figure.YMin is double lo && figure.YMax is double hi)
        {
            plot.Axes.SetLimitsY(lo, hi);
        }

        if (figure.Series.Length > 1 || figure.Series.Any(x => x.HasBand))
        {
            plot.ShowLegend(ScottPlot.Alignment.UpperLeft);
        }

        if (!any)
        {
            plot.Add.Annotation("No data to show for these choices.", ScottPlot.Alignment.MiddleCenter);
        }

        return plot;
    }

    /// <summary>Adds one series (split at NaN into segments: a gap is no value, not a line across it); false when it has no defined point.</summary>
    private static bool Add(Plot plot, FigureSeries series, Color color)
    {
        var segments = Segments(series);
        var first = true;
        foreach (var (start, count) in segments)
        {
            var xs = series.X.AsSpan().Slice(start, count).ToArray();
            var ys = series.Y.AsSpan().Slice(start, count).ToArray();
            if (series.HasBand)
            {
                var low = series.Low.AsSpan().Slice(start, count).ToArray();
                var high = series.High.AsSpan().Slice(start, count).ToArray();
                if (low.All(double.IsFinite) && high.All(double.IsFinite))
                {
                    var band = plot.Add.FillY(xs, low, high);
                    band.FillStyle.Color = color.WithAlpha(0.18);
                    band.LineStyle.Width = 0;
                    band.LegendText = first ? $"{series.Label}, 95% interval" : "";
                }
            }

            var scatter = plot.Add.Scatter(xs, ys, color);
            scatter.LegendText = first ? series.Label : "";
            scatter.LineWidth = series.Style == SeriesStyle.Line ? 2 : 0;
            scatter.MarkerSize = series.Style == SeriesStyle.Line ? (count == 1 ? 6 : 0) : 7;
            if (series.Dashed)
            {
                scatter.LinePattern = LinePattern.Dashed;
            }

            if (series.Style == SeriesStyle.LabelledPoints && !series.Labels.IsDefaultOrEmpty)
            {
                for (var i = 0; i < count; i++)
                {
                    var text = plot.Add.Text(series.Labels[start + i], xs[i], ys[i]);
                    text.LabelFontSize = 9;
                    text.LabelFontColor = color;
                    text.OffsetX = 4;
                    text.OffsetY = -4;
                }
            }

            first = false;
        }

        return segments.Count > 0;
    }

    private static List<(int Start, int Count)> Segments(FigureSeries series)
    {
        var list = new List<(int, int)>();
        var start = -1;
        for (var i = 0; i <= series.X.Length; i++)
        {
            var defined = i < series.X.Length && double.IsFinite(series.X[i]) && double.IsFinite(series.Y[i]);
            if (defined && start < 0)
            {
                start = i;
            }
            else if (!defined && start >= 0)
            {
                list.Add((start, i - start));
                start = -1;
            }
        }

        // Points series have no line to break: one segment of the defined points would reorder nothing.
        return list;
    }
}

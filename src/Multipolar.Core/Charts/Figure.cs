using System.Collections.Immutable;

namespace Multipolar.Charts;

/// <summary>How a series is drawn.</summary>
public enum SeriesStyle
{
    /// <summary>A line through the points (NaN breaks the line).</summary>
    Line,

    /// <summary>Markers only.</summary>
    Points,

    /// <summary>Markers with a text label each (<see cref="FigureSeries.Labels"/>).</summary>
    LabelledPoints,
}

/// <summary>One series of a figure: x and y values (NaN: no value), an optional band, how it is drawn.</summary>
/// <param name="Label">Legend text.</param>
/// <param name="X">X values (years, or a measure for scatter plots).</param>
/// <param name="Y">Y values, one per x; NaN where undefined.</param>
/// <param name="Style">How it is drawn.</param>
/// <param name="Low">Lower edge of a band (e.g. a 95% interval), or empty.</param>
/// <param name="High">Upper edge of the band, or empty.</param>
/// <param name="Labels">Point labels for <see cref="SeriesStyle.LabelledPoints"/>, or empty.</param>
/// <param name="Dashed">Drawn dashed (a secondary series).</param>
public sealed record FigureSeries(
    string Label,
    ImmutableArray<double> X,
    ImmutableArray<double> Y,
    SeriesStyle Style = SeriesStyle.Line,
    ImmutableArray<double> Low = default,
    ImmutableArray<double> High = default,
    ImmutableArray<string> Labels = default,
    bool Dashed = false)
{
    /// <summary>True when the series has a band.</summary>
    public bool HasBand => !Low.IsDefaultOrEmpty && !High.IsDefaultOrEmpty;
}

/// <summary>
/// A chart as data: title, axis labels, series and the sources line. The pure core builds figures (the case
/// studies, the CLI's <c>chart</c> views); an adapter renders them (<c>Multipolar.Charts.ChartRenderer</c>,
/// ScottPlot). Colours are assigned by the renderer from a colour-blind-safe palette in series order.
/// </summary>
/// <param name="Title">Title.</param>
/// <param name="XLabel">X-axis label.</param>
/// <param name="YLabel">Y-axis label.</param>
/// <param name="Series">Series in drawing order.</param>
/// <param name="Sources">Citations of the sources, printed in the footer.</param>
/// <param name="Note">A line under the title (options, N), or null.</param>
/// <param name="YMin">Fixed lower bound of the y axis, or null (automatic).</param>
/// <param name="YMax">Fixed upper bound of the y axis, or null.</param>
/// <param name="XIsYear">True when x is a year (integer ticks).</param>
public sealed record Figure(
    string Title,
    string XLabel,
    string YLabel,
    ImmutableArray<FigureSeries> Series,
    ImmutableArray<string> Sources,
    string? Note = null,
    double? YMin = null,
    double? YMax = null,
    bool XIsYear = true)
{
    /// <summary>The figure's data in long form (series, x, y, low, high, label), for a CSV of exactly what is shown.</summary>
    public IEnumerable<(string Series, double X, double Y, double Low, double High, string? Label)> Points()
    {
        foreach (var s in Series)
        {
            for (var i = 0; i < s.X.Length; i++)
            {
                yield return (s.Label, s.X[i], s.Y[i], s.HasBand ? s.Low[i] : double.NaN, s.HasBand ? s.High[i] : double.NaN,
                    s.Labels.IsDefaultOrEmpty ? null : s.Labels[i]);
            }
        }
    }
}

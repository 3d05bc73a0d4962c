using System.Xml.Linq;
using Multipolar.Charts;
using Multipolar.Tests.Store;

namespace Multipolar.Tests.Charts;

/// <summary>The chart adapter and the CLI's chart command: real images with title, labels and the sources footer.</summary>
[Collection("Real data")]
public sealed class ChartTests(SharedStoreFixture fixture)
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static Figure Sample(params double[] ys) => new(
        "Sample title",
        "Year",
        "Value",
        [new FigureSeries("a", [.. ys.Select((_, i) => 2000.0 + i)], [.. ys])],
        ["Some Source (2020)"]);

    [Fact]
    public void Png_is_a_png_of_the_asked_width_with_room_for_the_footer()
    {
        var png = ChartRenderer.Render(Sample(0.1, 0.5, double.NaN, 0.7), ImageKind.Png, 640, 400);
        Assert.Equal(PngSignature, png.Take(8));
        var width = (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19];
        var height = (png[20] << 24) | (png[21] << 16) | (png[22] << 8) | png[23];
        Assert.Equal(640, width);
        Assert.True(height > 400, $"height {height}: the footer adds lines below the plot");
    }

    [Fact]
    public void Svg_is_xml_with_a_white_background_and_the_texts()
    {
        var svg = System.Text.Encoding.UTF8.GetString(ChartRenderer.Render(Sample(0.1, 0.5), ImageKind.Svg));
        var doc = XDocument.Parse(svg);
        Assert.Equal("svg", doc.Root!.Name.LocalName);
        Assert.StartsWith("<rect fill=\"white\" width=\"900\"", svg[svg.IndexOf("<rect", StringComparison.Ordinal)..], StringComparison.Ordinal); // the clear is white, not an unfilled (black) rectangle
        // Skia writes text as <text> elements; the title and the footer are present.
        var texts = string.Concat(doc.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value));
        Assert.Contains("Sample", texts, StringComparison.Ordinal);
        Assert.Contains("Some", texts, StringComparison.Ordinal);
    }

    [Fact]
    public void Kind_comes_from_the_extension()
    {
        Assert.Equal(ImageKind.Png, ChartRenderer.KindOf("a/b.PNG"));
        Assert.Equal(ImageKind.Svg, ChartRenderer.KindOf("b.svg"));
        Assert.Throws<ArgumentException>(() => ChartRenderer.KindOf("b.jpg"));
    }

    [Fact]
    public void Palette_is_okabe_ito()
    {
        Assert.Equal(["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000"], ChartRenderer.Palette);
    }

    [Theory]
    [InlineData("dyad", "RUS", "CHN", "--from", "1992", "--to", "2019")]
    [InlineData("power", "--from", "1946")]
    [InlineData("power", "CHN", "RUS")]
    [InlineData("map", "CHN", "--year", "2019")]
    [InlineData("ideal", "RUS", "CHN", "--from", "2015", "--to", "2019")]
    public void Cli_chart_writes_png_and_svg(params string[] view)
    {
        using var dir = TestPaths.Temp();
        foreach (var ext in (string[])[".png", ".svg"])
        {
            var file = dir.File(view[0] + ext);
            var db = view[0] == "ideal" ? CopyStore(dir) : fixture.DbPath; // ideal stores its fits
            var (exit, output, err) = Cli.CliRunner.Run(["chart", .. view, "-o", file, "--db", db]);
            Assert.True(exit == 0, err);
            Assert.Contains("wrote", output, StringComparison.Ordinal);
            var bytes = File.ReadAllBytes(file);
            if (ext == ".png")
            {
                Assert.Equal(PngSignature, bytes.Take(8));
            }
            else
            {
                Assert.Contains("Sources:", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData("India", "profile", "IND", "--from", "2010", "--to", "2019")]
    [InlineData("cohesion", "bloc", "BRICS")]
    [InlineData("Multi-alignment", "multialign", "--year", "2019")]
    [InlineData("Polarity", "polarity", "--from", "2017", "--to", "2019")]
    public void Cli_chart_poles_blocs_and_polarity_views(string title, params string[] view)
    {
        using var dir = TestPaths.Temp();
        var png = dir.File(view[0] + ".png");
        var svg = dir.File(view[0] + ".svg");
        foreach (var file in (string[])[png, svg])
        {
            var (exit, output, err) = Cli.CliRunner.Run(["chart", .. view, "-o", file, "--db", fixture.DbPath]);
            Assert.True(exit == 0, err);
            Assert.Contains("wrote", output, StringComparison.Ordinal);
        }

        Assert.Equal(PngSignature, File.ReadAllBytes(png).Take(8));
        var doc = XDocument.Parse(File.ReadAllText(svg));
        var texts = string.Join(' ', doc.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value));
        Assert.Contains(title, texts, StringComparison.Ordinal);
        Assert.Contains("Sources:", texts, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("multialign", "-o", "x.png")]
    [InlineData("bloc", "NOSUCHBLOC", "-o", "x.png")]
    [InlineData("dyad", "RUS", "CHN")]
    [InlineData("dyad", "RUS", "CHN", "-o", "x.jpg")]
    [InlineData("map", "CHN", "-o", "x.png")]
    [InlineData("power", "CHN", "-o", "x.png")]
    public void Bad_chart_arguments_exit_2_with_one_line(params string[] args)
    {
        var (exit, _, err) = Cli.CliRunner.Run(["chart", .. args, "--db", fixture.DbPath]);
        Assert.Equal(2, exit);
        Assert.StartsWith("error: ", err, StringComparison.Ordinal);
        Assert.Single(err.Trim().Split('\n'));
    }

    private string CopyStore(TempDir dir)
    {
        var copy = dir.File("copy.duckdb");
        if (!File.Exists(copy))
        {
            File.Copy(fixture.DbPath, copy);
        }

        return copy;
    }
}

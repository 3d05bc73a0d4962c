using Microsoft.Playwright;
using Multipolar.Tests.Store;
using Multipolar.Tests.Web;

namespace Multipolar.Tests.Cases;

/// <summary>A brief rendered in headless Chromium (Debian's, through the web tests' launch fixture): charts present, no console error, no request.</summary>
[Collection("Real data")]
public sealed class BriefBrowserTests(SharedStoreFixture fixture, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Brief_renders_offline_with_its_charts_and_no_console_error()
    {
        using var dir = TestPaths.Temp();
        var file = dir.File("brief.html");
        var (exit, _, err) = Cli.CliRunner.Run("brief", "RUS", "CHN", "--from", "1992", "-o", file, "--db", fixture.DbPath);
        Assert.True(exit == 0, err);
        var page = await browser.Browser.NewPageAsync();
        var errors = new List<string>();
        var requests = new List<string>();
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                errors.Add(m.Text);
            }
        };
        page.PageError += (_, e) => errors.Add(e);
        page.Request += (_, r) => requests.Add(r.Url);
        await page.GotoAsync(new Uri(file).AbsoluteUri);
        Assert.Equal(2, await page.Locator("figure.chart svg").CountAsync());
        Assert.Contains("Russia–China agreement", await page.Locator("#findings").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("brief RUS CHN --from 1992", await page.Locator("#provenance").InnerTextAsync(), StringComparison.Ordinal);
        var box = await page.Locator("figure.chart svg").First.BoundingBoxAsync();
        Assert.True(box is { Width: > 300, Height: > 200 }, "the chart is drawn with a size");
        Assert.Empty(errors);
        Assert.All(requests, u => Assert.StartsWith("file://", u, StringComparison.Ordinal)); // only the file itself
        await page.CloseAsync();
    }

    [Fact]
    public void Brief_markdown_writes_the_charts_beside_it()
    {
        using var dir = TestPaths.Temp();
        var file = dir.File("brief.md");
        var (exit, _, err) = Cli.CliRunner.Run("brief", "IND", "USA", "--from", "2000", "-o", file, "--format", "md", "--db", fixture.DbPath);
        Assert.True(exit == 0, err);
        var md = File.ReadAllText(file);
        Assert.Contains("](brief-agreement.png)", md, StringComparison.Ordinal);
        Assert.True(File.Exists(dir.File("brief-agreement.png")));
        Assert.Equal(2, Cli.CliRunner.Run("brief", "IND", "USA", "-o", file, "--format", "pdf", "--db", fixture.DbPath).Exit);
    }
}

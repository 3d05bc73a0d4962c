using System.Text.Json;
using Microsoft.Playwright;

namespace Multipolar.Tests.Web;

/// <summary>Debian's chromium (never a downloaded browser), headless, driven by Playwright.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public IPlaywright Playwright { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        const string chromium = "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException($"{chromium} is missing: apt-get install -y chromium (as .ci/run does).");
        }

        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
    }
}

/// <summary>The pages in a real browser over a real server with the shared data.</summary>
[Collection("Web server")]
public sealed class BrowserTests(WebServerFixture web, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly string Shots = Path.Combine(TestPaths.Root, "TestResults", "web");

    private sealed record Visit(IPage Page, List<string> Errors, List<string> Requests, IBrowserContext Context);

    private async Task<Visit> Open(string hash, int width = 1280, int height = 900)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, AcceptDownloads = true });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        var requests = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") { errors.Add(m.Text); } };
        page.PageError += (_, e) => errors.Add(e);
        page.Request += (_, r) => requests.Add(r.Url);
        await page.GotoAsync(new Uri(web.Server.Address, "/" + hash).ToString());
        await Ready(page);
        return new Visit(page, errors, requests, context);
    }

    private static async Task Ready(IPage page)
    {
        await page.WaitForSelectorAsync("main[data-ready][aria-busy='false']", new PageWaitForSelectorOptions { Timeout = 150_000 });
        var error = await page.QuerySelectorAsync("p.error");
        Assert.True(error is null, error is null ? "" : await error.InnerTextAsync());
        await page.WaitForSelectorAsync(".chart canvas", new PageWaitForSelectorOptions { Timeout = 30_000 });
        await page.WaitForTimeoutAsync(800);   // let ECharts finish its first animation frame
    }

    private async Task Check(Visit v, string shot)
    {
        Directory.CreateDirectory(Shots);
        await v.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, shot + ".png"), FullPage = true });
        Assert.Empty(v.Errors);
        Assert.Empty(await v.Page.QuerySelectorAllAsync("p.error"));
        var origin = web.Server.Address.GetLeftPart(UriPartial.Authority);
        Assert.All(v.Requests, url => Assert.True(url.StartsWith(origin, StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal) || url.StartsWith("blob:", StringComparison.Ordinal), url));
    }

    [Theory]
    [InlineData("#/dyad?a=RUS&b=CHN", "dyad", 1280)]
    [InlineData("#/profile?state=IND&year=2019", "profile", 1280)]
    [InlineData("#/map?mode=poles&pole_a=USA&pole_b=CHN&year=2019", "map", 1280)]
    [InlineData("#/multialign?pole_a=USA&pole_b=CHN&pole_c=RUS&year=2019", "multialign", 1280)]
    [InlineData("#/blocs?bloc=BRICS&year=2019", "blocs", 1280)]
    [InlineData("#/dyad?a=USA&b=IND&measure=kappa", "dyad-phone", 390)]
    [InlineData("#/map?mode=with&with=BRA&year=1985", "map-phone", 390)]
    [InlineData("#/blocs?bloc=EU&year=2000", "blocs-phone", 390)]
    public async Task Page_Loads_NoConsoleErrorAndNothingLeavesLoopback(string hash, string shot, int width)
    {
        var v = await Open(hash, width, width < 500 ? 844 : 900);
        await Check(v, shot);
        await v.Context.CloseAsync();
    }

    [Fact]
    public async Task CountrySearch_NameTyped_ResolvesAndRedraws()
    {
        var v = await Open("#/dyad?a=RUS&b=CHN");
        var input = v.Page.GetByLabel("State B: any code or name");
        await input.FillAsync("india");
        await input.PressAsync("Enter");
        await v.Page.WaitForFunctionAsync("() => location.hash.includes('b=IND') && (document.querySelector('.chart')?.getAttribute('aria-label') ?? '').includes('India')",
            null, new PageWaitForFunctionOptions { Timeout = 60_000 });
        await Ready(v.Page);

        Assert.Contains("b=IND", v.Page.Url, StringComparison.Ordinal);
        Assert.Contains("India", await v.Page.GetAttributeAsync(".chart", "aria-label") ?? "", StringComparison.Ordinal);
        await Check(v, "search");
        await v.Context.CloseAsync();
    }

    [Fact]
    public async Task Chart_TableView_ShowsTheApisNumbers()
    {
        var v = await Open("#/dyad?a=FRA&b=DEU");
        await v.Page.GetByRole(AriaRole.Tab, new() { Name = "Table" }).First.ClickAsync();
        var cells = await v.Page.Locator("section").First.Locator(".table-view tbody tr").First.Locator("td").AllInnerTextsAsync();
        var api = JsonDocument.Parse(await web.Server.Client.GetStringAsync("/api/v1/dyads/FRA/DEU?slice=all")).RootElement.GetProperty("rows")[0];

        Assert.Equal(api.GetProperty("period").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), cells[2]);
        Assert.Equal(api.GetProperty("value").GetDouble().ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture), cells[5]);
        Assert.Equal(api.GetProperty("n").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), cells[6]);
        await v.Context.CloseAsync();
    }

    [Fact]
    public async Task Map_Coloured_ManyColouredPixels()
    {
        var v = await Open("#/map?mode=poles&pole_a=USA&pole_b=CHN&year=2019");
        var coloured = await v.Page.EvaluateAsync<int>("""
            () => { const c = document.querySelector('.chart canvas'); const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;
              for (let i = 0; i < d.length; i += 16) { const r = d[i], g = d[i + 1], b = d[i + 2]; if (Math.max(r, g, b) - Math.min(r, g, b) > 40) n++; } return n; }
            """);
        var regions = int.Parse(await v.Page.GetAttributeAsync("section[data-coloured]", "data-coloured") ?? "0", System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(regions > 150, $"{regions} states coloured");
        Assert.True(coloured > 5000, $"{coloured} coloured pixels sampled");
        await v.Context.CloseAsync();
    }

    [Fact]
    public async Task CopiedUrl_OpenedElsewhere_RestoresTheView()
    {
        var v = await Open("#/dyad?a=RUS&b=CHN");
        await v.Page.GetByLabel("Measure").SelectOptionAsync("kappa");
        await v.Page.WaitForFunctionAsync("() => location.hash.includes('measure=kappa') && (document.querySelector('.chart')?.getAttribute('aria-label') ?? '').includes('Cohen')",
            null, new PageWaitForFunctionOptions { Timeout = 60_000 });
        await Ready(v.Page);
        var url = v.Page.Url;

        var again = await Open(url[url.IndexOf('#', StringComparison.Ordinal)..]);
        Assert.Equal("kappa", await again.Page.GetByLabel("Measure").InputValueAsync());
        Assert.Contains("Cohen", await again.Page.GetAttributeAsync(".chart", "aria-label") ?? "", StringComparison.Ordinal);
        await v.Context.CloseAsync();
        await again.Context.CloseAsync();
    }

    [Fact]
    public async Task FirstLoad_ColdCache_TimingsRecorded()
    {
        // A fresh context has an empty cache. Figures go to TestResults/web-pageload.txt (docs/benchmarks.md); no time is asserted.
        var lines = new List<string>();
        foreach (var hash in (string[])["#/dyad?a=RUS&b=CHN", "#/map?mode=poles&pole_a=USA&pole_b=CHN&year=2019"])
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var v = await Open(hash);
            watch.Stop();
            var load = await v.Page.EvaluateAsync<double>("() => performance.getEntriesByType('navigation')[0].loadEventEnd");
            var js = await v.Page.EvaluateAsync<double>("() => performance.getEntriesByType('resource').filter(r => r.name.endsWith('.js')).reduce((t, r) => t + r.transferSize, 0)");
            lines.Add(FormattableString.Invariant($"{hash}: load event {load:0} ms, chart drawn (incl. data) {watch.Elapsed.TotalMilliseconds:0} ms, JavaScript transferred {js / 1024:0} KB"));
            Assert.True(load > 0);
            await v.Context.CloseAsync();
        }

        Directory.CreateDirectory(Shots);
        await File.WriteAllLinesAsync(Path.Combine(Shots, "..", "web-pageload.txt"), lines);
    }

    [Fact]
    public async Task PngDownload_IsAPng()
    {
        var v = await Open("#/dyad?a=RUS&b=CHN");
        var download = await v.Page.RunAndWaitForDownloadAsync(() => v.Page.Locator("button[data-action=png]").First.ClickAsync());
        var path = Path.Combine(Shots, "download-" + download.SuggestedFilename);
        Directory.CreateDirectory(Shots);
        await download.SaveAsAsync(path);
        var bytes = await File.ReadAllBytesAsync(path);

        Assert.Equal("RUS-CHN-agree.png", download.SuggestedFilename);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, bytes[..8]);
        Assert.True(bytes.Length > 10_000);
        await v.Context.CloseAsync();
    }

    [Fact]
    public async Task ProfilePage_IdealTrajectory_IsTheDynamicFitWithItsInterval()
    {
        await web.Server.WaitForDynamicIdealPoints();
        var v = await Open("#/profile?state=IND&year=2019");
        var ideal = v.Page.Locator("section").First;
        await ideal.Locator(".chart canvas").WaitForAsync(new() { Timeout = 60_000 });
        await ideal.GetByRole(AriaRole.Tab, new() { Name = "Table" }).ClickAsync();
        var shown = await ideal.Locator(".table-view tbody tr").AllAsync();
        var api = JsonDocument.Parse(await web.Server.Client.GetStringAsync("/api/v1/ideal?states=IND&model=dynamic")).RootElement;
        var rows = api.GetProperty("rows").EnumerateArray().ToArray();
        static string F(JsonElement row, string name) => row.GetProperty(name).GetDouble().ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(rows.Length, shown.Count);
        Assert.True(rows.Length > 60, $"{rows.Length} years of India's trajectory");
        foreach (var i in (int[])[0, rows.Length / 2, rows.Length - 1])
        {
            var cells = await shown[i].Locator("td").AllInnerTextsAsync();
            Assert.Equal(rows[i].GetProperty("period").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), cells[1]);
            Assert.Equal("dynamic", cells[2]);
            Assert.Equal([F(rows[i], "estimate"), F(rows[i], "lower"), F(rows[i], "upper")], [cells[3], cells[5], cells[6]]);
            Assert.True(rows[i].GetProperty("lower").GetDouble() < rows[i].GetProperty("estimate").GetDouble() && rows[i].GetProperty("estimate").GetDouble() < rows[i].GetProperty("upper").GetDouble());
        }

        // The band is the fit's own interval: its width changes with the state's votes, unlike a constant placeholder.
        var widths = rows.Select(r => r.GetProperty("upper").GetDouble() - r.GetProperty("lower").GetDouble()).ToArray();
        Assert.True(widths.Max() > 1.2 * widths.Min(), $"interval widths {widths.Min():0.000}..{widths.Max():0.000}");
        await ideal.GetByRole(AriaRole.Tab, new() { Name = "Sources" }).ClickAsync();
        var method = await ideal.Locator(".sources-view").InnerTextAsync();
        Assert.Contains("random walk", method, StringComparison.Ordinal);
        Assert.Contains("95% interval", method, StringComparison.Ordinal);
        await Check(v, "profile-ideal-dynamic");
        await v.Context.CloseAsync();
    }

    private static ILocator Field(IPage page, string label) => page.Locator("label.field", new() { Has = page.Locator("span", new() { HasTextString = label }) }).Locator("select");

    [Fact]
    public async Task BlocsPage_PolesSeriesHasTheApisNumbers_CommunitiesColourTheMap_UrlRestores()
    {
        var v = await Open("#/blocs?bloc=ASEAN&year=1985");
        await Check(v, "blocs-asean-1985");
        var api = JsonDocument.Parse(await web.Server.Client.GetStringAsync("/api/v1/polarity")).RootElement.GetProperty("rows").EnumerateArray().ToArray();
        var poles = v.Page.Locator("section[data-values]");
        await poles.GetByRole(AriaRole.Tab, new() { Name = "Table" }).ClickAsync();
        var first = await poles.Locator(".table-view tbody tr").First.Locator("td").AllInnerTextsAsync();
        var values = int.Parse(await poles.GetAttributeAsync("data-values") ?? "0", System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(api.Length, values);
        Assert.Equal(api[0].GetProperty("year").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), first[0]);
        Assert.Equal(api[0].GetProperty("effective_poles").GetDouble().ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture), first[4]);
        var coloured = int.Parse(await v.Page.GetAttributeAsync("section[data-coloured]", "data-coloured") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(coloured > 120, $"{coloured} states coloured by community in 1985");
        Assert.Contains("ASEAN", await v.Page.GetAttributeAsync(".chart", "aria-label") ?? "", StringComparison.Ordinal);

        await Field(v.Page, "Bloc").SelectOptionAsync("NATO");
        await v.Page.WaitForFunctionAsync("() => location.hash.includes('bloc=NATO') && (document.querySelector('.chart')?.getAttribute('aria-label') ?? '').includes('NATO')",
            null, new PageWaitForFunctionOptions { Timeout = 60_000 });
        await Ready(v.Page);
        var url = v.Page.Url;
        var again = await Open(url[url.IndexOf('#', StringComparison.Ordinal)..]);
        Assert.Equal("NATO", await Field(again.Page, "Bloc").InputValueAsync());
        Assert.Equal("1985", await Field(again.Page, "Year (communities)").InputValueAsync());
        Assert.Contains("NATO", await again.Page.GetAttributeAsync(".chart", "aria-label") ?? "", StringComparison.Ordinal);
        await v.Context.CloseAsync();
        await again.Context.CloseAsync();
    }
}

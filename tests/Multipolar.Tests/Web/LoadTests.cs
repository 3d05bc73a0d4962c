using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Multipolar.Countries;
using Multipolar.Data.Formats;
using Microsoft.Extensions.DependencyInjection;
using Multipolar.Data.Store;
using Multipolar.Web.Snapshots;
using Xunit.Abstractions;

namespace Multipolar.Tests.Web;

/// <summary>
/// A bounded load on loopback: 20 concurrent clients for 20 s against the dyad, matrix and map endpoints and a
/// small static file (the machine's floor), while an ingest into the served store changes the data version in
/// the middle. Every response must be a success; the latencies are written to the test output and
/// TestResults/web-load.txt (docs/benchmarks.md records them; nothing here asserts a time).
/// </summary>
[Collection("Web server")]
public sealed class LoadTests(WebServerFixture web, ITestOutputHelper output)
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(double.Parse(Environment.GetEnvironmentVariable("MULTIPOLAR_LOAD_SECONDS") ?? "20", CultureInfo.InvariantCulture));

    [Fact]
    public async Task TwentyClients_WhileIngestSwapsTheVersion_NoErrorAndFiguresRecorded()
    {
        using var dir = TestPaths.Temp();
        var db = dir.File("load.duckdb");
        File.Copy(web.DbPath, db);
        await using var server = await RunningServer.StartAsync(db, poll: TimeSpan.FromMilliseconds(500));
        var before = await Version(server, "");
        var years = Enumerable.Range(1990, 30).ToArray();
        var pairs = new[] { ("RUS", "CHN"), ("USA", "IND"), ("BRA", "ZAF"), ("FRA", "DEU"), ("PRK", "IRN"), ("TUR", "SAU") };
        var kinds = new[] { "dyad", "matrix", "map", "static" };
        var latencies = kinds.ToDictionary(k => k, _ => new List<double>());
        var errors = new List<string>();
        var versions = new HashSet<string>();
        var matrixRequests = new List<(double Start, double End, string Version, int Year)>();
        using var stop = new CancellationTokenSource(Duration);
        var probe = new RuntimeProbe();
        var started = Stopwatch.StartNew();
        var swapped = false;
        bool Running() => !stop.IsCancellationRequested || (!Volatile.Read(ref swapped) && started.Elapsed < Duration + TimeSpan.FromSeconds(180));

        async Task Client(int id)
        {
            using var client = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(120) };
            var random = new Random(id);
            var buffer = new byte[64 * 1024];
            while (Running())
            {
                var kind = kinds[random.Next(kinds.Length)];
                var year = years[random.Next(years.Length)];
                var (a, b) = pairs[random.Next(pairs.Length)];
                var path = kind switch
                {
                    "dyad" => $"/api/v1/dyads/{a}/{b}?measure={(random.Next(2) == 0 ? "agree" : "kappa")}",
                    "matrix" => $"/api/v1/matrix?year={year}",
                    "map" => $"/api/v1/map?year={year}&pole_a=USA&pole_b=CHN",
                    _ => "/index.html",
                };
                // The body is read to its end into one reused buffer: the clients share the server's process, so
                // buffering every 2 MB matrix would load the server's garbage collector with the clients' copies.
                var start = started.Elapsed.TotalMilliseconds;
                var watch = Stopwatch.StartNew();
                using var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
                await using (var body = await response.Content.ReadAsStreamAsync())
                {
                    while (await body.ReadAsync(buffer) > 0)
                    {
                    }
                }

                watch.Stop();
                lock (latencies)
                {
                    latencies[kind].Add(watch.Elapsed.TotalMilliseconds);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        errors.Add($"{path}: {(int)response.StatusCode}");
                    }

                    var version = response.Headers.TryGetValues("X-Data-Version", out var v) ? v.Single() : null;
                    if (version is not null && versions.Add(version) && versions.Count > 1)
                    {
                        swapped = true;   // the clients run on until the new version has been served
                    }

                    if (kind == "matrix")
                    {
                        matrixRequests.Add((start, start + watch.Elapsed.TotalMilliseconds, version ?? "", year));
                    }
                }
            }
        }

        var clients = Enumerable.Range(0, 20).Select(i => Task.Run(() => Client(i))).ToArray();
        await Task.Delay(Duration / 4);
        var ingestAt = started.Elapsed;
        var ingestClock = DateTime.UtcNow;
        var ingestWatch = Stopwatch.StartNew();
        using (var store = VoteStore.Open(db))
        {
            store.Ingest(SourceReader.Read([TestPaths.Shared("undl", "undl_ga_es11_1_2022.csv")], CountryReference.Default));
        }

        ingestWatch.Stop();
        await Task.WhenAll(clients);
        probe.Dispose();
        var after = await Version(server, before);

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"Load: 20 clients, {started.Elapsed.TotalSeconds:0} s, loopback; ingest of undl_ga_es11_1_2022.csv took {ingestWatch.Elapsed.TotalSeconds:0.0} s from {ingestAt.TotalSeconds:0.0} s ({ingestClock:HH:mm:ss.fff} UTC); versions seen: {versions.Count}.");
        report.AppendLine("endpoint  requests  p50_ms  p99_ms  max_ms");
        foreach (var (kind, list) in latencies)
        {
            var sorted = list.Order().ToArray();
            report.AppendLine(CultureInfo.InvariantCulture, $"{kind,-8}  {sorted.Length,8}  {Quantile(sorted, 0.5),6:0.0}  {Quantile(sorted, 0.99),6:0.0}  {sorted.LastOrDefault(),6:0.0}");
        }

        var floor = Quantile([.. latencies["static"].Order()], 0.99);
        foreach (var kind in kinds[..3])
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"p99 {kind} / p99 static = {Quantile([.. latencies[kind].Order()], 0.99) / floor:0.00}");
        }

        report.AppendLine(MatrixBreakdown(matrixRequests));
        report.AppendLine(probe.Report());
        report.AppendLine("server timeline (UTC):");
        foreach (var e in server.Services.GetRequiredService<SnapshotHolder>().Timeline)
        {
            report.AppendLine(e);
        }

        output.WriteLine(report.ToString());
        Directory.CreateDirectory(Path.Combine(TestPaths.Root, "TestResults"));
        await File.WriteAllTextAsync(Path.Combine(TestPaths.Root, "TestResults", "web-load.txt"), report.ToString());

        Assert.Empty(errors);
        Assert.NotEqual(before, after);
        Assert.Contains(after, versions);
        Assert.All(kinds, k => Assert.NotEmpty(latencies[k]));
    }

    /// <summary>
    /// Where the matrix endpoint's time goes: requests sent before any response for their (data version, year) had
    /// arrived (they waited for the pair matrix to be computed or its response rendered, or for one already being
    /// computed) against those sent after (served from what was already computed and rendered).
    /// </summary>
    private static string MatrixBreakdown(List<(double Start, double End, string Version, int Year)> requests)
    {
        var first = requests.GroupBy(r => (r.Version, r.Year)).ToDictionary(g => g.Key, g => g.Min(r => r.End));
        var cold = requests.Where(r => r.Start < first[(r.Version, r.Year)]).Select(r => r.End - r.Start).Order().ToArray();
        var warm = requests.Where(r => r.Start >= first[(r.Version, r.Year)]).Select(r => r.End - r.Start).Order().ToArray();
        return string.Create(CultureInfo.InvariantCulture,
            $"matrix: {cold.Length} requests sent before the first response of their (version, year) arrived: p50 {Quantile(cold, 0.5):0.0} ms, p99 {Quantile(cold, 0.99):0.0} ms, max {cold.LastOrDefault():0.0} ms; {warm.Length} after: p50 {Quantile(warm, 0.5):0.0} ms, p99 {Quantile(warm, 0.99):0.0} ms, max {warm.LastOrDefault():0.0} ms ({first.Count} (version, year) pairs)");
    }

    /// <summary>The served data version once it differs from <paramref name="other"/> (waiting up to 2 minutes).</summary>
    private static async Task<string> Version(RunningServer server, string other)
    {
        var v = "";
        for (var i = 0; i < 240; i++)
        {
            v = JsonDocument.Parse(await server.Client.GetStringAsync("/api/v1/info")).RootElement.GetProperty("data_version").GetString()!;
            if (v != other)
            {
                return v;
            }

            await Task.Delay(500);
        }

        return v;
    }

    private static double Quantile(double[] sorted, double q) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
}

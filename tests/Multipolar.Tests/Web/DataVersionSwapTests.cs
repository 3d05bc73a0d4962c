using System.Net;
using System.Text.Json;
using Multipolar.Countries;
using Multipolar.Data.Formats;
using Multipolar.Data.Store;

namespace Multipolar.Tests.Web;

/// <summary>An empty store gives the how-to-ingest page; an ingest while the server runs is picked up and swapped in.</summary>
public sealed class DataVersionSwapTests
{
    [Fact]
    public async Task EmptyStore_ThenIngestWhileServing_PageSaysHowThenNewVersionIsServed()
    {
        using var dir = TestPaths.Temp();
        var db = dir.File("later.duckdb");
        await using var server = await RunningServer.StartAsync(db, poll: TimeSpan.FromMilliseconds(200));

        var page = await server.Client.GetStringAsync("/");
        var before = JsonDocument.Parse(await server.Client.GetStringAsync("/api/v1/info")).RootElement;
        Assert.Contains("multipolar ingest", page, StringComparison.Ordinal);
        Assert.True(before.GetProperty("empty").GetBoolean());
        Assert.False(File.Exists(db), "the server must not create or hold the store");

        // An ingest into the store the server is serving: the server holds no lock, so it succeeds.
        using (var store = VoteStore.Open(db))
        {
            store.Ingest(SourceReader.Read([TestPaths.Shared("undl", "undl_ga_es11_1_2022.csv")], CountryReference.Default));
        }

        JsonElement after = default;
        for (var i = 0; i < 100; i++)
        {
            after = JsonDocument.Parse(await server.Client.GetStringAsync("/api/v1/info")).RootElement;
            if (!after.GetProperty("empty").GetBoolean())
            {
                break;
            }

            await Task.Delay(200);
        }

        Assert.Equal(1, after.GetProperty("roll_calls").GetInt32());
        var response = await server.Client.GetAsync("/api/v1/rollcalls?year=2022&country=IND");
        var row = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("rows")[0];
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("abstain", row.GetProperty("state_vote").GetString());
        Assert.Equal(141, row.GetProperty("yes").GetInt32());
        Assert.DoesNotContain("multipolar ingest", await server.Client.GetStringAsync("/"), StringComparison.Ordinal);
    }
}

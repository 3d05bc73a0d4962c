using System.Text.Json;
using Multipolar.Countries;

namespace Multipolar.Tests.Web;

/// <summary>The map geometry built into the server (client/scripts/build-geometry.mjs): every seat can be drawn and clicked.</summary>
public sealed class WorldMapTests
{
    private static JsonElement World()
    {
        var assembly = typeof(Multipolar.Web.WebServer).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.StartsWith("client/assets/world-", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        return JsonDocument.Parse(stream).RootElement.Clone();
    }

    [Fact]
    public void EveryMemberAndObserver_ResolvesToAFeatureOrAPoint()
    {
        var world = World();
        var features = world.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("iso3").GetString()).ToHashSet();
        var points = world.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("iso3").GetString()).ToHashSet();
        var territories = world.GetProperty("territory").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());

        string[] observers = ["VAT", "PSE"];
        var seats = CountryReference.Default.Countries.Select(c => c.Iso3).Concat(observers).ToArray();
        var unresolved = seats.Where(s => !features.Contains(s) && !points.Contains(s) && !territories.ContainsValue(s)).ToArray();

        Assert.Empty(unresolved);
        Assert.Equal(observers, world.GetProperty("observers").EnumerateArray().Select(o => o.GetString()).ToArray());
    }

    [Theory]
    [InlineData("TUV")]   // no polygon in Natural Earth 1:50m
    [InlineData("NRU")]
    [InlineData("MCO")]
    [InlineData("LIE")]
    [InlineData("VAT")]
    [InlineData("DDR")]   // historical, coexisted with DEU's seat
    [InlineData("YMD")]
    [InlineData("ZAN")]
    public void SmallAndHistoricalStates_ArePoints(string iso3)
    {
        var point = World().GetProperty("points").EnumerateArray().Single(p => p.GetProperty("iso3").GetString() == iso3);
        Assert.InRange(point.GetProperty("lon").GetDouble(), -180, 180);
        Assert.InRange(point.GetProperty("lat").GetDouble(), -90, 90);
    }

    [Fact]
    public void Czechoslovakia_IsPaintedOnItsSuccessors()
    {
        var territory = World().GetProperty("territory");
        Assert.Equal("CSK", territory.GetProperty("CZE").GetString());
        Assert.Equal("CSK", territory.GetProperty("SVK").GetString());
        Assert.Equal("RUS", territory.GetProperty("EST").GetString());
    }
}

using System.Net;
using System.Text.Json;
using Multipolar.Alignment;
using Multipolar.Blocs;
using Multipolar.Data.Store;

namespace Multipolar.Tests.Web;

/// <summary>The analysis endpoints (blocs, poles, polarity, shifts) over a real server with the shared unvotes data.</summary>
[Collection("Web server")]
public sealed class AnalysisApiTests(WebServerFixture web)
{
    private HttpClient Client => web.Server.Client;

    private async Task<JsonElement[]> Rows(string path)
    {
        var response = await Client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {text}");
        var body = JsonDocument.Parse(text).RootElement.Clone();
        Assert.False(string.IsNullOrEmpty(body.GetProperty("data_version").GetString()));
        Assert.Contains("unvotes", body.GetProperty("citation").GetString(), StringComparison.Ordinal);
        return [.. body.GetProperty("rows").EnumerateArray()];
    }

    [Fact]
    public async Task BlocCohesion_Brics_EqualsTheCoreOnTheStoreWithN()
    {
        var rows = await Rows("/api/v1/blocs/brics/cohesion?from=2010&to=2019");

        using var store = VoteStore.Open(web.DbPath, readOnly: true);
        var votes = store.LoadMatrix(new MatrixQuery());
        var expected = BlocAnalysis.Cohesion(votes, BlocTable.Default["BRICS"], new BlocQuery { From = 2010, To = 2019 }).Single(c => c.Period == 2015);
        var row = rows.Single(r => r.GetProperty("period").GetInt32() == 2015);
        Assert.Equal(10, rows.Length);
        Assert.Equal("BRICS", row.GetProperty("bloc").GetString());
        Assert.Equal(expected.RollCalls, row.GetProperty("n").GetInt32());
        Assert.Equal(expected.AgreementIndex, row.GetProperty("agreement_index").GetDouble(), 12);

        var csv = (await Client.GetStringAsync("/api/v1/blocs/BRICS/cohesion.csv?from=2010&to=2019")).TrimEnd('\n').Split('\n');
        Assert.Equal("bloc,period_kind,period,slice,agreement_index,pairwise_agreement,n,members,mean_voting", csv[0]);
        Assert.Equal(11, csv.Length);
    }

    [Fact]
    public async Task BlocTableAndMembership_DatedSpellsWithTheSource()
    {
        var blocs = await Rows("/api/v1/blocs?as_of=2020-01-01");
        var spells = await Rows("/api/v1/blocs/BRICS/members");
        var on2010 = await Rows("/api/v1/blocs/BRICS/members?as_of=2010-06-01");

        Assert.Contains(blocs, b => b.GetProperty("bloc").GetString() == "BRICS" && b.GetProperty("members").GetInt32() == 5);
        Assert.Contains(spells, s => s.GetProperty("iso3").GetString() == "ZAF");
        Assert.DoesNotContain(on2010, s => s.GetProperty("iso3").GetString() == "ZAF");   // South Africa was invited on 24 December 2010
        Assert.Equal(4, on2010.Length);
    }

    [Fact]
    public async Task BlocDistancesAndSplits_PolesPerYearAndLowestAgreementFirst()
    {
        var distances = await Rows("/api/v1/blocs/G7/distances?view=poles&poles=USA,CHN&from=2019&to=2019");
        var splits = await Rows("/api/v1/blocs/EU/splits?from=2019&to=2019&top=5");
        var between = await Rows("/api/v1/blocs/EU/splits?vs=BRICS&from=2019&to=2019&top=3");

        Assert.Equal(["CHN", "USA"], distances.Select(d => d.GetProperty("other").GetString()).Order());
        Assert.True(distances.Single(d => d.GetProperty("other").GetString() == "USA").GetProperty("distance").GetDouble()
            < distances.Single(d => d.GetProperty("other").GetString() == "CHN").GetProperty("distance").GetDouble(), "the G7 votes closer to the United States");
        var ai = splits.Select(s => s.GetProperty("agreement_index").GetDouble()).ToArray();
        Assert.Equal(5, ai.Length);
        Assert.Equal(ai.Order(), ai);
        Assert.Equal(3, between.Length);
        Assert.All(between, b => Assert.Equal("BRICS", b.GetProperty("other").GetString()));
    }

    [Fact]
    public async Task Profile_PoleSet_AgreesWithTheDyadEndpointAndNamesTheNearestPole()
    {
        var profile = await Rows("/api/v1/profile/IND?poles=USA,CHN,RUS&slice=all,hr&from=2019&to=2019");
        var dyad = (await Rows("/api/v1/dyads/IND/CHN?from=2019&to=2019")).Single();

        Assert.Equal(6, profile.Length);   // 3 poles × 2 slices
        var chn = profile.Single(r => r.GetProperty("pole").GetString() == "CHN" && r.GetProperty("slice").GetString() == "all");
        Assert.Equal(dyad.GetProperty("value").GetDouble(), chn.GetProperty("value").GetDouble(), 12);
        Assert.Equal(dyad.GetProperty("n").GetInt32(), chn.GetProperty("n").GetInt32());
        Assert.NotEqual("USA", chn.GetProperty("nearest_pole").GetString());
    }

    [Fact]
    public async Task Contests_CountsAddUpAndSwingStatesAreBalanced()
    {
        var periods = await Rows("/api/v1/contests?poles=USA,CHN,RUS&from=2015&to=2019");
        var states = await Rows("/api/v1/contests/states?poles=USA,CHN,RUS&from=2015&to=2019&slice=all&top=5");

        Assert.All(periods, p => Assert.Equal(p.GetProperty("contests").GetInt32(),
            p.GetProperty("first_prevailed").GetInt32() + p.GetProperty("second_prevailed").GetInt32() + p.GetProperty("neither").GetInt32()));
        Assert.Equal(5, states.Length);
        var swing = states.Select(s => s.GetProperty("swing").GetDouble()).ToArray();
        Assert.Equal(swing.OrderDescending(), swing);
    }

    [Fact]
    public async Task Polarity_EveryYearWithEffectivePoles_MembersOfOneYearFormTheCommunities()
    {
        var years = await Rows("/api/v1/polarity");
        var members = await Rows("/api/v1/polarity/members?year=2019");

        Assert.True(years.Length > 60, $"{years.Length} years");
        Assert.All(years, y => Assert.InRange(y.GetProperty("effective_poles").GetDouble(), 1, y.GetProperty("communities").GetInt32()));
        var y2019 = years.Single(y => y.GetProperty("year").GetInt32() == 2019);
        Assert.Equal(y2019.GetProperty("states").GetInt32(), members.Length);
        Assert.Equal(y2019.GetProperty("communities").GetInt32(), members.Select(m => m.GetProperty("community").GetInt32()).Distinct().Count());
        var usa = members.Single(m => m.GetProperty("iso3").GetString() == "USA").GetProperty("community").GetInt32();
        var isr = members.Single(m => m.GetProperty("iso3").GetString() == "ISR").GetProperty("community").GetInt32();
        Assert.Equal(usa, isr);
    }

    [Fact]
    public async Task SphereConvergeExplain_TheDecompositionsAddUp()
    {
        var sphere = await Rows("/api/v1/sphere/C5?poles=RUS,CHN&from=2010&to=2019&view=mean");
        var converge = await Rows("/api/v1/converge/RUS/CHN?from=2015&to=2019");
        var explain = await Rows("/api/v1/explain/RUS/CHN?from=2005&to=2015&count=500");

        Assert.Equal(10, sphere.Length);
        var total = converge.Single(c => c.GetProperty("component").GetString() == "agreement");
        Assert.Equal(total.GetProperty("end").GetDouble() - total.GetProperty("start").GetDouble(), total.GetProperty("change").GetDouble(), 12);
        var matched = converge.Single(c => c.GetProperty("component").GetString() == "agreement_recurring");
        var byState = converge.Where(c => c.GetProperty("component").GetString() == "agreement_by_state").Sum(c => c.GetProperty("change").GetDouble());
        Assert.True(matched.GetProperty("n").GetInt32() > 0);
        Assert.Equal(matched.GetProperty("change").GetDouble(), byState, 9);   // Shapley shares add up to the change on the recurring roll calls

        // unvotes' titles rarely recur across decades: no recurring roll call, so the parts are undefined (null, never 0).
        var far = await Rows("/api/v1/converge/RUS/CHN?from=1992&to=2019");
        var none = far.Single(c => c.GetProperty("component").GetString() == "agreement_recurring");
        Assert.Equal(0, none.GetProperty("n").GetInt32());
        Assert.Equal(JsonValueKind.Null, none.GetProperty("change").ValueKind);
        var dyad = await Rows("/api/v1/dyads/RUS/CHN?from=2005&to=2015");
        var change = dyad.Single(d => d.GetProperty("period").GetInt32() == 2015).GetProperty("value").GetDouble() - dyad.Single(d => d.GetProperty("period").GetInt32() == 2005).GetProperty("value").GetDouble();
        Assert.Equal(change, explain.Sum(e => e.GetProperty("contribution").GetDouble()), 9);
    }

    [Fact]
    public async Task DropUnanimous_OnADyad_LeavesOutTheUnanimousRollCallAndIsNamed()
    {
        // 1949 had one roll call on which every state voting voted alike.
        var response = await Client.GetStringAsync("/api/v1/dyads/USA/FRA?from=1949&to=1949&drop_unanimous=true");
        var body = JsonDocument.Parse(response).RootElement;
        var all = (await Rows("/api/v1/dyads/USA/FRA?from=1949&to=1949")).Single();
        var dropped = body.GetProperty("rows")[0];

        Assert.Equal("true", body.GetProperty("options").GetProperty("drop_unanimous").GetString());
        Assert.True(dropped.GetProperty("n").GetInt32() < all.GetProperty("n").GetInt32());
        Assert.True(dropped.GetProperty("value").GetDouble() < all.GetProperty("value").GetDouble());
    }

    [Fact]
    public async Task UnknownBloc_404WithTheSuggestion()
    {
        var response = await Client.GetAsync("/api/v1/blocs/BRIC/cohesion");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("code", body.GetProperty("parameter").GetString());
        Assert.Equal(["BRICS"], body.GetProperty("valid").EnumerateArray().Select(v => v.GetString()));
        Assert.Contains("did you mean BRICS", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}

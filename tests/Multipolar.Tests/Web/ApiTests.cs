using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Multipolar.Alignment;
using Multipolar.Countries;
using Multipolar.Data.Store;

namespace Multipolar.Tests.Web;

/// <summary>The HTTP API over a real server on loopback with the shared unvotes data.</summary>
[Collection("Web server")]
public sealed class ApiTests(WebServerFixture web)
{
    private HttpClient Client => web.Server.Client;

    private async Task<(HttpResponseMessage Response, JsonElement Body)> GetJson(string path)
    {
        var response = await Client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        return (response, JsonDocument.Parse(text).RootElement.Clone());
    }

    [Fact]
    public async Task Info_SharedData_CountsTheRollCallsAndNamesTheVersionAndSources()
    {
        var (response, body) = await GetJson("/api/v1/info");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(6203, body.GetProperty("roll_calls").GetInt32());
        Assert.Equal(1946, body.GetProperty("first_year").GetInt32());
        var version = body.GetProperty("data_version").GetString();
        Assert.False(string.IsNullOrEmpty(version));
        Assert.Equal(version, response.Headers.GetValues("X-Data-Version").Single());
        Assert.Contains("unvotes", body.GetProperty("citation").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dyad_RusChnKappa_EqualsTheEngineOnTheStoreWithNAndOptions()
    {
        var (response, body) = await GetJson("/api/v1/dyads/RUS/china?measure=kappa&slice=all,hr&from=1992&to=2019");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("kappa", body.GetProperty("options").GetProperty("measure").GetString());
        Assert.Equal("soft", body.GetProperty("options").GetProperty("abstention").GetString());
        var rows = body.GetProperty("rows").EnumerateArray().ToArray();
        Assert.All(rows, r => Assert.True(r.GetProperty("n").GetInt32() > 0));
        Assert.Equal(28, rows.Count(r => r.GetProperty("slice").GetString() == "all"));

        // The same numbers straight from the engine on the store's votes.
        using var store = VoteStore.Open(web.DbPath, readOnly: true);
        var matrix = store.LoadMatrix(new MatrixQuery { WithText = false });
        var dyad = new Dyad(CountryReference.Default["RUS"], CountryReference.Default["CHN"]);
        var expected = AlignmentEngine.Compute(matrix, AlignmentQuery.ForDyad(dyad) with { Measures = [Measure.Kappa], Slices = [Slice.Of(Votes.IssueArea.HumanRights)] })
            .Series(dyad, Measure.Kappa, Slice.Of(Votes.IssueArea.HumanRights)).Single(p => p.Period == 2015).Value;
        var row = rows.Single(r => r.GetProperty("slice").GetString() == "hr" && r.GetProperty("period").GetInt32() == 2015);
        Assert.Equal(expected.N, row.GetProperty("n").GetInt32());
        Assert.Equal(expected.Value, row.GetProperty("value").GetDouble(), 12);
        Assert.Equal("RUS", row.GetProperty("state_a").GetString());
        Assert.Equal("year", row.GetProperty("period_kind").GetString());
    }

    [Fact]
    public async Task Csv_SuffixAndAcceptHeader_SameTidyRows()
    {
        var bySuffix = await Client.GetStringAsync("/api/v1/dyads/USA/IND.csv?from=2010&to=2019");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/dyads/USA/IND?from=2010&to=2019");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        var byAccept = await (await Client.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Equal(bySuffix, byAccept);
        var lines = bySuffix.TrimEnd('\n').Split('\n');
        Assert.Equal("state_a,state_b,period_kind,period,measure,slice,value,n", lines[0]);
        Assert.Equal(11, lines.Length);
        Assert.StartsWith("USA,IND,year,2010,agree,all,0.", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ETag_SameDataVersion_304()
    {
        var first = await Client.GetAsync("/api/v1/matrix?year=2019&measure=s");
        var etag = first.Headers.ETag!;
        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/v1/matrix?year=2019&measure=s");
        again.Headers.IfNoneMatch.Add(etag);
        var second = await Client.SendAsync(again);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains(first.Headers.GetValues("X-Data-Version").Single(), etag.Tag, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task Matrix_2019_EveryPairWithJointVotesOnce()
    {
        var (_, body) = await GetJson("/api/v1/matrix?year=2019");
        var rows = body.GetProperty("rows").EnumerateArray().ToArray();

        Assert.InRange(rows.Length, 17_000, 19_000);   // ~193 states voting: 193·192/2 = 18,528 pairs
        Assert.Equal(rows.Length, rows.Select(r => r.GetProperty("state_a").GetString() + r.GetProperty("state_b").GetString()).Distinct().Count());
        Assert.All(rows.Take(50), r => Assert.Equal(JsonValueKind.Number, r.GetProperty("n").ValueKind));
    }

    [Fact]
    public async Task Matrix_RenderedOnceAndServedAsBytes_EqualsTheEngineInJsonAndCsv()
    {
        var (response, body) = await GetJson("/api/v1/matrix?year=2010");
        var again = await Client.GetByteArrayAsync("/api/v1/matrix?year=2010&measure=agree&abstention=soft");   // same options: the same rendered body
        var csv = (await Client.GetStringAsync("/api/v1/matrix.csv?year=2010")).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal(await response.Content.ReadAsByteArrayAsync(), again);
        Assert.Equal("2010", body.GetProperty("options").GetProperty("year").GetString());
        Assert.Equal("agree", body.GetProperty("options").GetProperty("measure").GetString());
        Assert.Equal(response.Headers.GetValues("X-Data-Version").Single(), body.GetProperty("data_version").GetString());
        var rows = body.GetProperty("rows").EnumerateArray().ToArray();
        Assert.Equal(rows.Length, csv.Length - 1);

        using var store = VoteStore.Open(web.DbPath, readOnly: true);
        var m = AlignmentEngine.PairMatrix(store.LoadMatrix(new MatrixQuery { WithText = false }), 2010, Measure.Agreement, Slice.All, AlignmentOptions.Default);
        var reference = CountryReference.Default;
        foreach (var row in rows.Where((_, i) => i % 97 == 0))
        {
            var v = m[reference.Resolve(row.GetProperty("state_a").GetString()!), reference.Resolve(row.GetProperty("state_b").GetString()!)];
            Assert.Equal(v.N, row.GetProperty("n").GetInt32());
            Assert.Equal(v.Value, row.GetProperty("value").GetDouble(), 12);
        }
    }

    [Fact]
    public async Task Map_TwoPoles_ValueIsTheDifferenceOfTheTwoAgreements()
    {
        var (_, body) = await GetJson("/api/v1/map?year=2019&pole_a=USA&pole_b=CHN");
        var rows = body.GetProperty("rows").EnumerateArray().ToArray();
        var gbr = rows.Single(r => r.GetProperty("iso3").GetString() == "GBR");
        var pak = rows.Single(r => r.GetProperty("iso3").GetString() == "PAK");

        Assert.InRange(rows.Length, 185, 195);
        Assert.Equal(gbr.GetProperty("value_a").GetDouble() - gbr.GetProperty("value_b").GetDouble(), gbr.GetProperty("value").GetDouble(), 12);
        Assert.True(gbr.GetProperty("value").GetDouble() > 0, "the United Kingdom votes closer to the United States than to China");
        Assert.True(pak.GetProperty("value").GetDouble() < 0, "Pakistan votes closer to China");
    }

    [Fact]
    public async Task RollCalls_YearIssueAndTitleSearch_ThenOneRollCallWithEveryVote()
    {
        var (_, list) = await GetJson("/api/v1/rollcalls?year=2019&issue=hr&q=iran&country=IRN");
        var rows = list.GetProperty("rows").EnumerateArray().ToArray();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains("hr", r.GetProperty("issues").GetString(), StringComparison.Ordinal));
        Assert.All(rows, r => Assert.Equal("no", r.GetProperty("state_vote").GetString()));

        var id = rows[0].GetProperty("rollcall_id").GetInt64();
        var (_, one) = await GetJson($"/api/v1/rollcalls/{id}");
        var votes = one.GetProperty("rows").EnumerateArray().ToArray();
        var rc = one.GetProperty("roll_call");
        Assert.Equal(rc.GetProperty("yes").GetInt32(), votes.Count(v => v.GetProperty("vote").GetString() == "yes"));
        Assert.Equal(rc.GetProperty("no").GetInt32(), votes.Count(v => v.GetProperty("vote").GetString() == "no"));
    }

    [Fact]
    public async Task Ideal_YearAndTrajectory_EstimatesWithIntervalsAndN()
    {
        var (_, year) = await GetJson("/api/v1/ideal?year=2019");
        var (_, path) = await GetJson("/api/v1/ideal?states=PRK,USA&from=2015&to=2019");
        var points = year.GetProperty("rows").EnumerateArray().ToArray();
        var usa = points.Single(r => r.GetProperty("iso3").GetString() == "USA");

        Assert.True(usa.GetProperty("estimate").GetDouble() > 0);
        Assert.All(points, r => Assert.True(r.GetProperty("lower").GetDouble() < r.GetProperty("upper").GetDouble()));
        Assert.Equal(10, path.GetProperty("rows").GetArrayLength());
    }

    [Fact]
    public async Task Ideal_Dynamic_OneFitWhoseYearAndTrajectoryViewsAgree()
    {
        await web.Server.WaitForDynamicIdealPoints();
        var (_, path) = await GetJson("/api/v1/ideal?states=USA,RUS&model=dynamic&from=2015&to=2019");
        var (_, year) = await GetJson("/api/v1/ideal?year=2019&model=dynamic");
        var rows = path.GetProperty("rows").EnumerateArray().ToArray();
        double Of(JsonElement[] r, string iso3, int period, string field) =>
            r.Single(x => x.GetProperty("iso3").GetString() == iso3 && x.GetProperty("period").GetInt32() == period).GetProperty(field).GetDouble();

        Assert.Equal("dynamic", path.GetProperty("options").GetProperty("model").GetString());
        Assert.Equal(10, rows.Length);
        Assert.All(rows, r => Assert.Equal("dynamic", r.GetProperty("model").GetString()));
        Assert.All(Enumerable.Range(2015, 5), y => Assert.True(Of(rows, "USA", y, "estimate") > Of(rows, "RUS", y, "estimate")));
        var all = year.GetProperty("rows").EnumerateArray().ToArray();
        Assert.Equal(Of(rows, "USA", 2019, "estimate"), Of(all, "USA", 2019, "estimate"));
        Assert.Equal(Of(rows, "RUS", 2019, "upper"), Of(all, "RUS", 2019, "upper"));
        Assert.Contains(path.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("random walk", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MultiAlign_2019_EveryStateClassedWithItsIndexAndN()
    {
        var (response, body) = await GetJson("/api/v1/multialign?year=2019&poles=USA,CHN,RUS");
        var rows = body.GetProperty("rows").EnumerateArray().ToArray();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.InRange(rows.Length, 185, 200);
        Assert.Equal("USA,CHN,RUS", body.GetProperty("options").GetProperty("poles").GetString());
        var ranked = rows.Where(r => r.GetProperty("index").ValueKind == JsonValueKind.Number).Select(r => r.GetProperty("index").GetDouble()).ToArray();
        Assert.Equal(ranked.OrderByDescending(x => x), ranked);
        Assert.Contains(rows, r => r.GetProperty("class").GetString() == "multi-aligned");
        Assert.All(rows, r => Assert.True(r.GetProperty("n").GetInt32() >= 0));
    }

    [Fact]
    public async Task UnknownCountry_404WithSuggestionsAndTheParameter()
    {
        var (response, body) = await GetJson("/api/v1/dyads/RUS/Narnia");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("b", body.GetProperty("parameter").GetString());
        Assert.Contains("Narnia", body.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var (_, korea) = await GetJson("/api/v1/map?year=2019&with=korea");
        Assert.Contains("PRK", korea.GetProperty("valid").EnumerateArray().Select(v => v.GetString()));
    }

    public static TheoryData<string, string?> Malformed => new()
    {
        { "/api/v1/matrix?year=abc", "year" },
        { "/api/v1/matrix?year=2019.5", "year" },
        { "/api/v1/matrix?year=1800", "year" },
        { "/api/v1/matrix?year=1964", "year" },               // in range, no roll calls
        { "/api/v1/matrix?year=99999999999999999999", "year" },
        { "/api/v1/matrix", "year" },
        { "/api/v1/matrix?year=2019&year=2018", "year" },
        { "/api/v1/matrix?year=2019&measure=tau", "measure" },
        { "/api/v1/matrix?year=2019&slice=hr,me", "slice" },
        { "/api/v1/matrix?year=2019&slice=xx%27%3B%20DROP%20TABLE%20votes%3B--", "slice" },
        { "/api/v1/matrix?year=2019&window=0", "window" },
        { "/api/v1/matrix?year=2019&window=-1", "window" },
        { "/api/v1/matrix?year=2019&by=decade", "by" },
        { "/api/v1/matrix?year=2019&final_only=maybe", "final_only" },
        { "/api/v1/matrix?year=2019&frobnicate=1", "frobnicate" },
        { "/api/v1/dyads/RUS/RUS", "b" },
        { "/api/v1/dyads/RUS/CHN?from=2019&to=1990", "from" },
        { "/api/v1/dyads/RUS/%27%20OR%201%3D1--", "b" },
        { "/api/v1/dyads/RUS/" + new string('A', 3000), null },
        { "/api/v1/dyads/RUS/CHN?slice=" + new string('x', 5000), "slice" },
        { "/api/v1/dyads/RUS/CHN?measure=agree&measure=s", "measure" },
        { "/api/v1/dyads/RUS/CHN?from=-5", "from" },
        { "/api/v1/map?year=2019", "pole_a" },
        { "/api/v1/map?year=2019&with=USA&pole_a=CHN&pole_b=RUS", "with" },
        { "/api/v1/map?year=2019&with=%00%01", "with" },
        { "/api/v1/map?year=2019&with=m49:999", "with" },
        { "/api/v1/rollcalls?year=2019&issue=%3Cscript%3E", "issue" },
        { "/api/v1/rollcalls?year=2019&q=" + new string('q', 101), "q" },
        { "/api/v1/rollcalls/abc", null },
        { "/api/v1/rollcalls/99999999999", "id" },
        { "/api/v1/rollcalls/1e309", null },
        { "/api/v1/ideal", "year" },
        { "/api/v1/ideal?year=2019&states=USA", "states" },
        { "/api/v1/ideal?states=" + string.Join(",", Enumerable.Repeat("USA", 30)), "states" },
        { "/api/v1/ideal?year=2019&from=2000", "from" },
        { "/api/v1/ideal?states=USA&model=bogus", "model" },
        { "/api/v1/nothing", null },
        { "/api/v1/multialign?year=2019&poles=USA", "poles" },
        { "/api/v1/multialign?year=2019&poles=USA,Atlantis", "poles" },
        { "/api/v1/matrix?year=2019&drop_unanimous=perhaps", "drop_unanimous" },
        { "/api/v1/blocs?as_of=2019-13-45", "as_of" },
        { "/api/v1/blocs/BRIC/members", "code" },
        { "/api/v1/blocs/%27%3B%20DROP%20TABLE%20blocs--/cohesion", "code" },
        { "/api/v1/blocs/BRICS/cohesion?from=2019&to=2000", "from" },
        { "/api/v1/blocs/BRICS/cohesion?slice=hr,me", "slice" },
        { "/api/v1/blocs/BRICS/cohesion?measure=kappa", "measure" },
        { "/api/v1/blocs/BRICS/distances?view=galaxy", "view" },
        { "/api/v1/blocs/BRICS/distances?poles=USA,Atlantis", "poles" },
        { "/api/v1/blocs/BRICS/splits?top=0", "top" },
        { "/api/v1/blocs/BRICS/splits?top=99999999999", "top" },
        { "/api/v1/blocs/BRICS/splits?vs=NOPE", "vs" },
        { "/api/v1/profile/Narnia", "state" },
        { "/api/v1/profile/IND?poles=USA", "poles" },
        { "/api/v1/profile/IND?poles=USA,USA", "poles" },
        { "/api/v1/profile/IND?poles=" + string.Join(",", Enumerable.Repeat("USA", 30)), "poles" },
        { "/api/v1/profile/IND?from=abc", "from" },
        { "/api/v1/contests?poles=USA", "poles" },
        { "/api/v1/contests?window=999", "window" },
        { "/api/v1/contests/states?min_contests=-1", "min_contests" },
        { "/api/v1/polarity?resolution=0", "resolution" },
        { "/api/v1/polarity?signed=sometimes", "signed" },
        { "/api/v1/polarity?measure=tau", "measure" },
        { "/api/v1/polarity?from=2019&to=1990", "from" },
        { "/api/v1/polarity/members?year=1964", "year" },
        { "/api/v1/polarity/members?year=2019&from=2018", "from" },
        { "/api/v1/sphere/C5?poles=RUS", "poles" },
        { "/api/v1/sphere/C5?poles=RUS,CHN,USA", "poles" },
        { "/api/v1/sphere/C55", "bloc" },
        { "/api/v1/sphere/C5?view=orbit", "view" },
        { "/api/v1/converge/RUS/CHN", "from" },
        { "/api/v1/converge/RUS/CHN?from=1992", "to" },
        { "/api/v1/converge/RUS/RUS?from=1992&to=2019", "b" },
        { "/api/v1/converge/RUS/CHN?from=2019&to=1992", "from" },
        { "/api/v1/explain/RUS/CHN?from=2005&to=2015&count=0", "count" },
        { "/api/v1/explain/RUS/Atlantis?from=2005&to=2015", "b" },
        { "/api/v1/explain/RUS/CHN?from=2005&to=2015&measure=kappa", "measure" },
        { "/api/v1/explain/RUS/CHN?from=1964&to=2015", "from" },
        { "/api/v1/converge/RUS/CHN?from=1964&to=2015", "from" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task MalformedRequest_4xxProblemNamingTheParameter_Never5xx(string path, string? parameter)
    {
        var response = await Client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();

        Assert.InRange((int)response.StatusCode, 400, 499);
        if (parameter is not null)
        {
            var body = JsonDocument.Parse(text).RootElement;
            Assert.Equal(parameter, body.GetProperty("parameter").GetString());
            Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("detail").GetString()));
        }
    }

    [Fact]
    public async Task EmptyAbstention_IsTheDefault()
    {
        var response = await Client.GetAsync("/api/v1/matrix?year=2019&abstention=");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task OpenApi_IntegersAsIntegersAndChoicesAsEnums()
    {
        var (response, doc) = await GetJson("/openapi/v1.json");
        var matrix = doc.GetProperty("paths").GetProperty("/api/v1/matrix").GetProperty("get").GetProperty("parameters").EnumerateArray().ToArray();
        var year = matrix.Single(p => p.GetProperty("name").GetString() == "year").GetProperty("schema");
        var measure = matrix.Single(p => p.GetProperty("name").GetString() == "measure").GetProperty("schema");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("integer", year.GetProperty("type").GetString());
        Assert.Contains("kappa", measure.GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        var alignRow = doc.GetProperty("components").GetProperty("schemas").GetProperty("AlignRow").GetProperty("properties");
        Assert.Equal("integer", alignRow.GetProperty("n").GetProperty("type").GetString());
    }

    [Fact]
    public async Task Pages_SecurityHeaders_NoThirdPartyOrigin()
    {
        foreach (var path in (string[])["/", "/api/v1/info", "/scalar/v1"])
        {
            var response = await Client.GetAsync(path);
            var csp = response.Headers.GetValues("Content-Security-Policy").Single();
            var body = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain("http", csp, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.DoesNotMatch("(src|href)=\"https?://", body);
        }
    }

    [Fact]
    public async Task EmbedPage_IsTheIndexPageWithTheEmbedClass()
    {
        var index = await Client.GetStringAsync("/");
        var embed = await Client.GetStringAsync("/embed.html");

        Assert.Contains("<body class=\"embed\">", embed, StringComparison.Ordinal);
        Assert.Equal(index.Replace("<body class=\"\">", "<body class=\"embed\">", StringComparison.Ordinal), embed);
    }

    [Fact]
    public async Task RateLimit_Exceeded_429WithRetryAfter()
    {
        await using var limited = await RunningServer.StartAsync(web.DbPath, requestsPerSecond: 5);
        var responses = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => limited.Client.GetAsync("/api/v1/countries")));

        var rejected = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToArray();
        Assert.NotEmpty(rejected);
        Assert.All(rejected, r => Assert.Equal("1", r.Headers.GetValues("Retry-After").Single()));
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.OK);
    }
}

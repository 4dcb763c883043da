using System.Net;
using System.Text.Json;
using Dyad.Server.Tests.TestSupport;
using Dyad.Storage;

namespace Dyad.Server.Tests.Api;

/// <summary>The read endpoints over a seeded DuckDB store, on a real loopback port.</summary>
public sealed class ReadApiTests : IAsyncLifetime
{
    private readonly TempFolder _temp = new();
    private TestServer _server = null!;

    public async Task InitializeAsync()
    {
        Seed.Write(_temp.File("events.duckdb"), 60, Seed.Hostile());
        _server = await TestServer.StartAsync(_temp.File("events.duckdb"));
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _temp.Dispose();
    }

    private static long Total(JsonElement page) => page.GetProperty("total").GetInt64();

    [Fact]
    public async Task Health_says_ok_and_read_only()
    {
        var health = await _server.GetJson("api/health");
        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal("duckdb", health.GetProperty("store").GetString());
        Assert.False(health.GetProperty("writable").GetBoolean());
    }

    [Fact]
    public async Task Paging_walks_every_matching_event_once_in_order()
    {
        var first = await _server.GetJson("api/events?dyad=IRN-USA&limit=7&count=true");
        long total = Total(first);
        Assert.True(total > 10, $"only {total} IRN-USA events seeded");
        var ids = new List<string>();
        long? offset = 0;
        while (offset is { } o)
        {
            var page = await _server.GetJson($"api/events?dyad=IRN-USA&limit=7&offset={o}");
            foreach (var e in page.GetProperty("events").EnumerateArray())
            {
                Assert.StartsWith("IRN", e.GetProperty("source").GetProperty("code").GetString());
                Assert.StartsWith("USA", e.GetProperty("target").GetProperty("code").GetString());
                ids.Add(e.GetProperty("event_id").GetString()!);
            }
            offset = page.GetProperty("next_offset").ValueKind == JsonValueKind.Null ? null : page.GetProperty("next_offset").GetInt64();
        }
        Assert.Equal(total, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Theory]
    [InlineData("source=irngov", "IRNGOV", null)]
    [InlineData("target=USAGOV&root=04", null, "USAGOV")]
    public async Task Actor_filters_match_code_prefixes_case_insensitively(string query, string? source, string? target)
    {
        var page = await _server.GetJson("api/events?limit=500&" + query);
        var events = page.GetProperty("events").EnumerateArray().ToList();
        Assert.NotEmpty(events);
        foreach (var e in events)
        {
            if (source is not null) Assert.StartsWith(source, e.GetProperty("source").GetProperty("code").GetString());
            if (target is not null) Assert.StartsWith(target, e.GetProperty("target").GetProperty("code").GetString());
        }
    }

    [Fact]
    public async Task Words_place_quad_and_dates_narrow_the_list()
    {
        async Task<long> Count(string q) => Total(await _server.GetJson("api/events?limit=0&count=true&" + q));
        long all = await Count("");
        long talks = await Count("q=HELD%20TALKS");
        Assert.InRange(talks, 1, all - 1);
        Assert.Equal(await Count("root=04"), await Count("q=held%20talks"));
        Assert.True(await Count("place=Geneva") > 0);
        Assert.Equal(0, await Count("place=Atlantis"));
        Assert.Equal(all, await Count("quad=1") + await Count("quad=2") + await Count("quad=3") + await Count("quad=4"));
        Assert.Equal(all, await Count("to=2018-03-31") + await Count("from=2018-04-01"));
        Assert.True(await Count("daily=true") <= all);
    }

    [Fact]
    public async Task Values_are_data_never_sql()
    {
        long before = Total(await _server.GetJson("api/events?limit=0&count=true"));
        foreach (var q in new[] { "' OR '1'='1", "%", "x'); DROP TABLE events; --", "\\'" })
            Assert.Equal(0, Total(await _server.GetJson("api/events?limit=0&count=true&q=" + Uri.EscapeDataString(q))));
        Assert.Equal(0, Total(await _server.GetJson("api/events?limit=0&count=true&place=" + Uri.EscapeDataString("' OR ''='"))));
        Assert.Equal(before, Total(await _server.GetJson("api/events?limit=0&count=true")));
        using var bad = await _server.Client.GetAsync("api/events?source=" + Uri.EscapeDataString("IRN' OR 1=1 --"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task A_series_counts_by_period_and_quad_class_and_says_which_dates_each_point_covers()
    {
        long total = Total(await _server.GetJson("api/events?dyad=IRN-USA&limit=0&count=true"));
        foreach (var period in new[] { "day", "week", "month" })
        {
            var series = await _server.GetJson($"api/series?dyad=IRN-USA&period={period}");
            Assert.Equal(period, series.GetProperty("period").GetString());
            var points = series.GetProperty("points").EnumerateArray().ToList();
            Assert.Equal(total, points.Sum(p => p.GetProperty("events").GetInt64()));
            foreach (var p in points)
            {
                long quads = new[] { "verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict" }.Sum(q => p.GetProperty(q).GetInt64());
                Assert.Equal(p.GetProperty("events").GetInt64(), quads);
                // The point's date range holds exactly its events: what a chart link lists.
                var behind = await _server.GetJson($"api/events?dyad=IRN-USA&limit=0&count=true&from={p.GetProperty("start").GetString()}&to={p.GetProperty("end").GetString()}");
                Assert.Equal(p.GetProperty("events").GetInt64(), Total(behind));
            }
        }
        var month = (await _server.GetJson("api/series?dyad=IRN-USA&period=month")).GetProperty("points")[0];
        Assert.Equal("2018-01-01", month.GetProperty("start").GetString());
        Assert.Equal("2018-01-31", month.GetProperty("end").GetString());
    }

    [Fact]
    public async Task Top_actors_places_and_a_story_with_its_events()
    {
        var sources = (await _server.GetJson("api/actors?role=source&limit=3")).GetProperty("actors").EnumerateArray().ToList();
        Assert.Equal(3, sources.Count);
        Assert.True(sources[0].GetProperty("events").GetInt64() >= sources[1].GetProperty("events").GetInt64());

        var places = (await _server.GetJson("api/places")).GetProperty("places").EnumerateArray().ToList();
        Assert.Contains(places, p => p.GetProperty("name").GetString() == "Moscow" && Math.Abs(p.GetProperty("lat").GetDouble() - 55.75) < 0.01);

        var story = await _server.GetJson("api/stories/hostile");
        Assert.Equal("<script>window.__xss=3</script> \"><img src=x onerror=\"window.__xss=4\">", story.GetProperty("story").GetProperty("title").GetString());
        Assert.Equal(2, story.GetProperty("events").GetArrayLength());
        var id = story.GetProperty("events")[0].GetProperty("event_id").GetString();
        var one = await _server.GetJson("api/events/" + id);
        Assert.Equal("09-13-verbal-conflict.dyad:6", one.GetProperty("evidence").GetProperty("rule").GetString());
    }

    [Fact]
    public async Task Markup_in_stored_text_leaves_the_api_escaped()
    {
        using var response = await _server.Client.GetAsync("api/stories/hostile");
        var raw = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>", raw);
        Assert.DoesNotContain("<img", raw);
        Assert.Contains("\\u003Cscript\\u003E", raw);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task The_api_is_described_by_openapi()
    {
        var doc = await _server.GetJson("openapi/v1.json");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var p in new[] { "/api/health", "/api/events", "/api/events/{eventId}", "/api/series", "/api/actors", "/api/places", "/api/stories/{storyId}", "/api/code" })
            Assert.Contains(p, paths);
        var parameters = doc.GetProperty("paths").GetProperty("/api/events").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("dyad", parameters);
        Assert.Contains("limit", parameters);
        // The page may be assembled from rendered rows, but it is still described as an EventPage.
        var page = doc.GetProperty("paths").GetProperty("/api/events").GetProperty("get").GetProperty("responses").GetProperty("200")
            .GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString();
        Assert.EndsWith("/EventPage", page);
    }

    [Fact]
    public async Task The_page_and_its_assets_are_served_from_the_assembly_with_a_strict_policy()
    {
        using var page = await _server.Client.GetAsync("");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("/assets/app.js", html);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org", ""));
        Assert.DoesNotContain("https://", html);
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single());
        foreach (var asset in new[] { "assets/app.js", "assets/app.css", "assets/data/land-110m.json" })
        {
            using var r = await _server.Client.GetAsync(asset);
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        }
        var js = await _server.Client.GetStringAsync("assets/app.js");
        Assert.DoesNotContain("innerHTML", js);
        Assert.DoesNotContain("insertAdjacentHTML", js);
    }
}

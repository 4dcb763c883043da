using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Dyad.Server.Tests.TestSupport;

namespace Dyad.Server.Tests.Api;

/// <summary>
/// The row cache (rendered events by id) must not change a byte of any event page, and must never
/// serve an event the server has since rewritten. Both servers here run without the response cache,
/// so every request reaches the store.
/// </summary>
public sealed class RowCacheTests : IDisposable
{
    private const string Key = "test-key-0123456789abcdef";
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static readonly string[] Pages =
    [
        "api/events", "api/events?limit=0&count=true", "api/events?limit=500", "api/events?limit=7&offset=3&count=true",
        "api/events?dyad=IRN-USA&limit=20&offset=0", "api/events?dyad=IRN-USA&limit=20&offset=20&count=true",
        "api/events?dyad=IRN-USA&limit=20&offset=100000", "api/events?source=irngov&limit=50", "api/events?target=USAGOV&root=04",
        "api/events?q=held%20talks&limit=30", "api/events?place=Geneva&offset=5", "api/events?quad=4&from=2018-02-01&to=2018-05-01",
        "api/events?daily=true&limit=100&count=true", "api/events?daily=true&dyad=IRN-USA&offset=10", "api/events?story=hostile",
        "api/events?place=Atlantis&count=true",
    ];

    [Fact]
    public async Task Event_pages_are_the_same_bytes_with_and_without_the_row_cache()
    {
        Seed.Write(_temp.File("events.duckdb"), 120, Seed.Hostile());
        await using var plain = await TestServer.StartAsync(_temp.File("events.duckdb"), cacheEntries: 0, rowCacheEntries: 0);
        await using var rows = await TestServer.StartAsync(_temp.File("events.duckdb"), cacheEntries: 0);
        // Twice through: first the rows are read from the store, then (mostly) taken from the cache.
        for (int round = 0; round < 2; round++)
        {
            foreach (var page in Pages)
            {
                var (expectedType, expected) = await Get(plain, page);
                var (type, body) = await Get(rows, page);
                Assert.Equal(expectedType, type);
                Assert.True(expected.SequenceEqual(body), $"{page} (round {round}):\n{Encoding.UTF8.GetString(expected)}\n{Encoding.UTF8.GetString(body)}");
            }
        }
    }

    [Fact]
    public async Task After_a_post_the_pages_show_the_new_and_rewritten_events()
    {
        Seed.Write(_temp.File("events.duckdb"), 3);
        await using var server = await TestServer.StartAsync(_temp.File("events.duckdb"), apiKey: Key, cacheEntries: 0);
        const string Page = "api/events?story=posted-1&count=true";
        Assert.Equal(0, (await server.GetJson(Page)).GetProperty("total").GetInt64());

        await Post(server, "Iran criticized the United States on Monday.");
        var first = (await server.GetJson(Page)).GetProperty("events");
        Assert.Equal(1, first.GetArrayLength());
        Assert.Contains("Monday", first[0].GetProperty("sentence").GetString());

        // The same story again with another sentence: the same event id (story, sentence, dyad, code), new content.
        await Post(server, "Iran criticized the United States on Tuesday.");
        var second = (await server.GetJson(Page)).GetProperty("events");
        Assert.Equal(first[0].GetProperty("event_id").GetString(), second[0].GetProperty("event_id").GetString());
        Assert.Contains("Tuesday", second[0].GetProperty("sentence").GetString());
        // And the cached page holds exactly what the store holds (the story view reads the store).
        var stored = (await server.GetJson("api/stories/posted-1")).GetProperty("events")[0];
        Assert.Equal(stored.GetRawText(), second[0].GetRawText());
    }

    private static async Task<(string? Type, byte[] Body)> Get(TestServer server, string path)
    {
        using var response = await server.Client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, path);
        return (response.Content.Headers.ContentType?.ToString(), await response.Content.ReadAsByteArrayAsync());
    }

    private static async Task Post(TestServer server, string text)
    {
        var json = JsonSerializer.Serialize(new { stories = new[] { new { id = "posted-1", date = "2020-01-02", text } } });
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/code") { Content = new StringContent(json, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Api-Key", Key);
        using var response = await server.Client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}

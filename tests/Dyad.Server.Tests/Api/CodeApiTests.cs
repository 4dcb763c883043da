using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Dyad.Server.Tests.TestSupport;

namespace Dyad.Server.Tests.Api;

/// <summary>POST /api/code: refused on a read-only server, guarded by the key, bounded, and it stores what it codes.</summary>
public sealed class CodeApiTests : IDisposable
{
    private const string Key = "test-key-0123456789abcdef";
    private readonly TempFolder _temp = new();

    public CodeApiTests() => Seed.Write(_temp.File("events.duckdb"), 3);

    public void Dispose() => _temp.Dispose();

    private static HttpRequestMessage Post(string json, string? key = Key, string type = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "api/code") { Content = new StringContent(json, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(type);
        if (key is not null) request.Headers.Add("X-Api-Key", key);
        return request;
    }

    private static async Task AssertProblem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private const string Story = """{"stories": [{"id": "posted-1", "date": "2020-01-02", "title": "<script>alert(1)</script>", "text": "Iran criticized the United States <script>window.__xss=1</script> on Monday. France praised Germany \"><img src=x onerror=\"window.__xss=2\"> for its help."}]}""";

    [Fact]
    public async Task Without_a_key_at_start_up_the_server_is_read_only()
    {
        await using var server = await TestServer.StartAsync(_temp.File("events.duckdb"));
        using var response = await server.Client.SendAsync(Post(Story));
        await AssertProblem(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_missing_or_wrong_key_a_wrong_type_bad_json_and_too_many_bytes_are_refused()
    {
        await using var server = await TestServer.StartAsync(_temp.File("events.duckdb"), apiKey: Key, maxBodyBytes: 4096);
        using (var r = await server.Client.SendAsync(Post(Story, key: null))) await AssertProblem(r, HttpStatusCode.Unauthorized);
        using (var r = await server.Client.SendAsync(Post(Story, key: Key + "x"))) await AssertProblem(r, HttpStatusCode.Unauthorized);
        using (var r = await server.Client.SendAsync(Post(Story, type: "text/plain"))) await AssertProblem(r, HttpStatusCode.UnsupportedMediaType);
        using (var r = await server.Client.SendAsync(Post("{\"stories\": [")))  await AssertProblem(r, HttpStatusCode.BadRequest);
        using (var r = await server.Client.SendAsync(Post("{\"stories\": []}"))) await AssertProblem(r, HttpStatusCode.BadRequest);
        var big = JsonSerializer.Serialize(new { stories = new[] { new { id = "big", date = "2020-01-02", text = new string('x', 10_000) } } });
        using (var r = await server.Client.SendAsync(Post(big))) await AssertProblem(r, HttpStatusCode.RequestEntityTooLarge);
        // Without a Content-Length (chunked), Kestrel stops reading at the limit.
        var chunked = Post(big);
        chunked.Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(big)));
        chunked.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        chunked.Headers.TransferEncodingChunked = true;
        try
        {
            using var r = await server.Client.SendAsync(chunked);
            await AssertProblem(r, HttpStatusCode.RequestEntityTooLarge);
        }
        catch (HttpRequestException)
        {
            // Also a refusal: Kestrel closes a connection whose body it will not read to the end, and a
            // client still sending can lose the 413 to the reset. Either way nothing was read past the limit.
        }
        Assert.Equal(0, (await server.GetJson("api/events?story=big&limit=0&count=true&q=x")).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Posted_stories_are_coded_stored_and_bad_ones_rejected_with_a_numbered_reason()
    {
        await using var server = await TestServer.StartAsync(_temp.File("events.duckdb"), apiKey: Key);
        // Asked (and so cached) before the post; the post must drop the cached answer.
        Assert.Equal(0, (await server.GetJson("api/events?story=posted-1&q=criticized&limit=0&count=true")).GetProperty("total").GetInt64());
        var body = """{"stories": [{"id": "posted-1", "date": "2020-01-02", "text": "Iran criticized the United States on Monday."}, {"id": "bad-date", "date": "2020-02-30", "text": "x"}]}""";
        var request = Post(body, key: null);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        using var response = await server.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        var result = JsonDocument.Parse(text).RootElement;
        Assert.Equal(1, result.GetProperty("coded").GetInt32());
        Assert.Equal(1, result.GetProperty("rejected").GetInt32());
        var stories = result.GetProperty("stories");
        Assert.Equal("coded", stories[0].GetProperty("status").GetString());
        var e = stories[0].GetProperty("events")[0];
        Assert.Equal(("IRN", "USA", "111"), (e.GetProperty("source").GetProperty("code").GetString(), e.GetProperty("target").GetProperty("code").GetString(), e.GetProperty("cameo").GetString()));
        Assert.StartsWith("DYAD-E105", stories[1].GetProperty("reason").GetString());

        Assert.Equal(1, (await server.GetJson("api/events?story=posted-1&q=criticized&limit=0&count=true")).GetProperty("total").GetInt64());
        var stored = await server.GetJson("api/stories/posted-1");
        Assert.Equal(e.GetProperty("event_id").GetString(), stored.GetProperty("events")[0].GetProperty("event_id").GetString());
        // Posting the same story again replaces it: still one event.
        using (var again = await server.Client.SendAsync(Post(body))) Assert.True(again.IsSuccessStatusCode);
        Assert.Equal(1, (await server.GetJson("api/stories/posted-1")).GetProperty("events").GetArrayLength());
    }
}

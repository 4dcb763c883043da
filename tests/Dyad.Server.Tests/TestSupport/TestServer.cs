using System.Net.Http.Json;
using System.Text.Json;
using Dyad.Storage;
using Microsoft.AspNetCore.Builder;

namespace Dyad.Server.Tests.TestSupport;

/// <summary><c>dyad serve</c> hosted in the test process on a free loopback port; stopped on dispose.</summary>
internal sealed class TestServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestServer(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
        Client = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(120) };
    }

    public Uri Url { get; }

    public HttpClient Client { get; }

    public static async Task<TestServer> StartAsync(string store, string? apiKey = null, long maxBodyBytes = 1 << 20, Func<EventStore>? open = null, int cacheEntries = 4096, int rowCacheEntries = 100_000)
    {
        var options = new ServerOptions { Store = store, Urls = "http://127.0.0.1:0", ApiKey = apiKey, MaxBodyBytes = maxBodyBytes, CacheEntries = cacheEntries, RowCacheEntries = rowCacheEntries };
        var app = DyadServer.Build(options, open);
        await app.StartAsync();
        var address = DyadServer.Addresses(app).Single();
        Assert.StartsWith("http://127.0.0.1:", address);
        return new TestServer(app, new Uri(address + "/"));
    }

    public async Task<JsonElement> GetJson(string path)
    {
        using var response = await Client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>A temporary folder removed at the end of a test.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"dyad-serve-{Guid.NewGuid():N}");

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { /* a lingering handle: the OS cleans /tmp */ }
    }
}

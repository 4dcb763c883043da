using System.Diagnostics;
using System.Globalization;
using System.Net;
using Dyad.Server.Tests.TestSupport;
using Xunit.Abstractions;

namespace Dyad.Server.Tests;

/// <summary>
/// A bounded load loop on loopback against an event query: it reports requests per second (a
/// figure, never a pass mark: the machine is shared) and checks that every answer was right.
/// DYAD_LOAD_REQUESTS sets the count (default 2,000 cached, a twentieth of it uncached); it stops after 60 s whatever the count.
/// "uncached" turns the response cache off, so every request runs its own store query (the page's
/// event ids), but keeps the row cache of rendered events; "uncached, no row cache" turns both off,
/// so every request reads its whole page from the store; "health" asks GET /api/health (SELECT 1 on a
/// pooled connection), the ceiling of this harness, HTTP and client included. Each line also gives the
/// process's CPU time per request (server and client together), which another user's load on the
/// machine disturbs far less than requests per second.
/// </summary>
public sealed class LoadTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Workers = 16;
    private readonly TempFolder _temp = new();

    public Task InitializeAsync()
    {
        Seed.Write(_temp.File("events.duckdb"), 5_000);
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("cached", 4096, 100_000)]
    [InlineData("uncached (row cache on)", 0, 100_000)]
    [InlineData("uncached, no row cache", 0, 0)]
    [InlineData("health", 0, 0)]
    public async Task An_event_query_under_load_answers_every_request(string mode, int cacheEntries, int rowCacheEntries)
    {
        int requests = int.TryParse(Environment.GetEnvironmentVariable("DYAD_LOAD_REQUESTS"), out var n) ? n : 2_000;
        // Each uncached request is a store query: a short loop, so that the suite's other tests keep their CPU.
        if (cacheEntries == 0) requests = Math.Max(1, requests / 20);
        await using var server = await TestServer.StartAsync(_temp.File("events.duckdb"), cacheEntries: cacheEntries, rowCacheEntries: rowCacheEntries);
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = Workers, UseProxy = false };
        using var client = new HttpClient(handler) { BaseAddress = server.Url, Timeout = TimeSpan.FromSeconds(30) };
        bool health = mode == "health";
        // Ten pages of one dyad, in turn.
        string Path(int i) => health ? "api/health" : $"api/events?dyad=IRN-USA&limit=20&offset={i % 10 * 20}";

        async Task<(int Done, int Failed)> Run(int count, TimeSpan budget)
        {
            int next = 0, done = 0, failed = 0;
            var deadline = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, Workers).Select(async _ =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) <= count && deadline.Elapsed < budget)
                {
                    using var response = await client.GetAsync(Path(i));
                    var body = await response.Content.ReadAsByteArrayAsync();
                    if (response.StatusCode != HttpStatusCode.OK || body.Length < (health ? 10 : 1000)) Interlocked.Increment(ref failed);
                    Interlocked.Increment(ref done);
                }
            }));
            return (done, failed);
        }

        await Run(cacheEntries == 0 && !health ? 20 : 200, TimeSpan.FromSeconds(30)); // warm-up: JIT, connections, the store pool
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var (done, failures) = await Run(requests, TimeSpan.FromSeconds(60));
        clock.Stop();
        var cpuPerRequest = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / Math.Max(1, done);
        var perSecond = done / clock.Elapsed.TotalSeconds;
        var what = health ? "GET /api/health" : "GET /api/events?dyad=IRN-USA&limit=20&offset=0..180";
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{mode}: {what}: {done:N0} requests, {Workers} concurrent, {clock.Elapsed.TotalSeconds:F2} s, {perSecond:N0} requests/s, {cpuPerRequest:F2} ms CPU/request (about 10,000 events in DuckDB; client in the same process)");
        output.WriteLine(line);
        File.AppendAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "load.txt"), line + "\n");
        Assert.Equal(0, failures);
        Assert.True(done > 0);
    }
}

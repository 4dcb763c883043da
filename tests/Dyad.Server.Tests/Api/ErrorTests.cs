using System.Net;
using System.Text.Json;
using Dyad.Server.Tests.TestSupport;
using Dyad.Storage;

namespace Dyad.Server.Tests.Api;

/// <summary>Every error is a JSON problem detail (RFC 9457) without a stack trace or an inner message; limits hold.</summary>
public sealed class ErrorTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public ErrorTests() => Seed.Write(_temp.File("events.duckdb"), 5);

    public void Dispose() => _temp.Dispose();

    private static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("   at ", body);
        Assert.DoesNotContain("Exception", body);
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    [Theory]
    [InlineData("api/events?limit=501", "limit")]
    [InlineData("api/events?limit=-1", "limit")]
    [InlineData("api/events?offset=100001", "offset")]
    [InlineData("api/events?from=2018-02-30", "from")]
    [InlineData("api/events?root=7", "root")]
    [InlineData("api/events?quad=5", "quad")]
    [InlineData("api/events?dyad=IRN", "dyad")]
    [InlineData("api/events?count=maybe", "count")]
    [InlineData("api/series?period=hour", "period")]
    [InlineData("api/actors?limit=101", "limit")]
    [InlineData("api/actors?role=victim", "role")]
    [InlineData("api/places?limit=0", "limit")]
    public async Task A_bad_parameter_is_a_400_naming_it(string path, string parameter)
    {
        await using var server = await TestServer.StartAsync(_temp.File("events.duckdb"));
        using var response = await server.Client.GetAsync(path);
        var problem = await Problem(response, HttpStatusCode.BadRequest);
        Assert.StartsWith(parameter, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Unknown_things_are_404_problems()
    {
        await using var server = await TestServer.StartAsync(_temp.File("events.duckdb"));
        foreach (var path in new[] { "api/nothing", "api/events/no-such-event", "api/stories/no-such-story", "assets/nothing.js" })
        {
            using var response = await server.Client.GetAsync(path);
            await Problem(response, HttpStatusCode.NotFound);
        }
        var longQuery = "api/events?q=" + new string('a', 201);
        using var tooLong = await server.Client.GetAsync(longQuery);
        await Problem(tooLong, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_failure_inside_the_server_is_a_500_problem_that_tells_nothing_of_it()
    {
        int opened = 0;
        var path = _temp.File("events.duckdb");
        // The first open (at start-up) works; every later one fails the way a bug would.
        EventStore Open() => Interlocked.Increment(ref opened) == 1
            ? EventStore.Open(path, StoreAccess.ReadOnly)
            : throw new InvalidOperationException("secret detail: /etc/dyad/password");
        await using var server = await TestServer.StartAsync(path, open: Open);
        using var response = await server.Client.GetAsync("api/events");
        var problem = await Problem(response, HttpStatusCode.InternalServerError);
        Assert.DoesNotContain("secret", problem.GetRawText());
    }

    [Fact]
    public async Task A_store_that_is_not_a_database_stops_the_server_before_it_listens()
    {
        var path = _temp.File("not-a-store.duckdb");
        File.WriteAllText(path, "just text");
        var e = await Assert.ThrowsAsync<StoreException>(() => TestServer.StartAsync(path));
        Assert.StartsWith("DYAD-E401", e.Message);
        Assert.Equal("just text", File.ReadAllText(path));
    }
}

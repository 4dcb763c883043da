using Dyad.Server.Tests.TestSupport;
using System.Text.Json;
using Npgsql;

namespace Dyad.Server.Tests.Api;

/// <summary>
/// The same answers from a PostgreSQL store as from a DuckDB file with the same events. The server
/// comes from DYAD_TEST_PG (set by .ci/run); without it this test passes without running and says so.
/// </summary>
public sealed class PostgresApiTests : IDisposable
{
    private static readonly string? Server = Environment.GetEnvironmentVariable("DYAD_TEST_PG");
    private readonly TempFolder _temp = new();
    private string? _database;

    public void Dispose()
    {
        if (_database is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var admin = new NpgsqlConnection(Server);
            admin.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", admin);
            drop.ExecuteNonQuery();
        }
        _temp.Dispose();
    }

    [SkippableFact]
    public async Task PostgreSQL_and_DuckDB_give_the_same_answers()
    {
        Skip.If(string.IsNullOrEmpty(Server), "DYAD_TEST_PG is not set (.ci/run sets it)");
        _database = $"dyad_serve_test_{Guid.NewGuid():N}";
        using (var admin = new NpgsqlConnection(Server))
        {
            admin.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {_database}", admin);
            create.ExecuteNonQuery();
        }
        var pg = new NpgsqlConnectionStringBuilder(Server) { Database = _database }.ConnectionString;
        Seed.Write(pg, 40, Seed.Hostile());
        Seed.Write(_temp.File("events.duckdb"), 40, Seed.Hostile());
        await using var onPostgres = await TestServer.StartAsync(pg);
        await using var onDuckDb = await TestServer.StartAsync(_temp.File("events.duckdb"));

        Assert.Equal("postgres", (await onPostgres.GetJson("api/health")).GetProperty("store").GetString());
        foreach (var path in new[]
        {
            "api/events?dyad=IRN-USA&limit=15&offset=5&count=true", "api/events?q=HELD%20talks&quad=1&limit=500&count=true",
            "api/events?place=Moscow&daily=true&limit=50", "api/series?dyad=IRN-USA&period=week", "api/series?source=RUS&period=month",
            "api/actors?role=either&limit=5", "api/places", "api/stories/hostile", "api/events?story=hostile&q=%3Cscript%3E",
        })
            Same(path, await onDuckDb.GetJson(path), await onPostgres.GetJson(path));
    }

    // Equal JSON, numbers within a rounding error (the two databases add Goldstein values in different orders).
    private static void Same(string where, JsonElement a, JsonElement b)
    {
        Assert.True(a.ValueKind == b.ValueKind, $"{where}: {a.ValueKind} vs {b.ValueKind}");
        switch (a.ValueKind)
        {
            case JsonValueKind.Object:
                Assert.Equal(a.EnumerateObject().Select(p => p.Name), b.EnumerateObject().Select(p => p.Name));
                foreach (var p in a.EnumerateObject()) Same(where + "." + p.Name, p.Value, b.GetProperty(p.Name));
                break;
            case JsonValueKind.Array:
                Assert.True(a.GetArrayLength() == b.GetArrayLength(), $"{where}: {a.GetArrayLength()} vs {b.GetArrayLength()} items");
                for (int i = 0; i < a.GetArrayLength(); i++) Same($"{where}[{i}]", a[i], b[i]);
                break;
            case JsonValueKind.Number:
                Assert.True(Math.Abs(a.GetDouble() - b.GetDouble()) < 1e-9, $"{where}: {a} vs {b}");
                break;
            default:
                Assert.True(a.GetRawText() == b.GetRawText(), $"{where}: {a} vs {b}");
                break;
        }
    }
}

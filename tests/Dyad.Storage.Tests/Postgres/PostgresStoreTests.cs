using Npgsql;

namespace Dyad.Storage.Tests.Postgres;

/// <summary>
/// The store contract against a real PostgreSQL, one fresh database per test. The server comes from
/// DYAD_TEST_PG (set by .ci/run); without it these tests pass without running and say so.
/// </summary>
public sealed class PostgresStoreTests : StoreContract
{
    private static readonly string? Server = Environment.GetEnvironmentVariable("DYAD_TEST_PG");
    private string? _database;

    protected override EventStore? NewStore()
    {
        if (string.IsNullOrEmpty(Server))
        {
            Console.WriteLine("PostgreSQL tests skipped: DYAD_TEST_PG is not set (.ci/run sets it)");
            return null;
        }
        _database = $"dyad_test_{Guid.NewGuid():N}";
        using (var admin = new NpgsqlConnection(Server))
        {
            admin.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {_database}", admin);
            create.ExecuteNonQuery();
        }
        return EventStore.Open(new NpgsqlConnectionStringBuilder(Server) { Database = _database }.ConnectionString);
    }

    public override void Dispose()
    {
        if (_database is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var admin = new NpgsqlConnection(Server);
            admin.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", admin);
            drop.ExecuteNonQuery();
        }
        base.Dispose();
    }

    [Fact]
    public void A_server_that_is_down_gives_a_clear_error_naming_it()
    {
        // Port 9 (discard) is closed on loopback here: nothing listens, the connection is refused at once.
        var e = Assert.Throws<StoreException>(() => EventStore.Open("Host=127.0.0.1;Port=9;Username=postgres;Database=dyad"));
        Assert.StartsWith("DYAD-E402", e.Message);
        Assert.Contains("127.0.0.1:9/dyad", e.Message);
        Assert.IsAssignableFrom<IOException>(e);
    }

    [SkippableFact]
    public void A_second_open_finds_the_schema_in_place_and_changes_nothing()
    {
        using var store = NewStore();
        Skip.If(store is null, "DYAD_TEST_PG is not set (.ci/run sets it)");
        using var again = EventStore.Open(new NpgsqlConnectionStringBuilder(Server) { Database = _database }.ConnectionString);
        Assert.Equal(Schema.Migrations.All.Count, Convert.ToInt64(again.Scalar("SELECT count(*) FROM schema_version")));
    }
}

using Dyad.Cluster.Leasing;
using Dyad.Cluster.Sharding;
using Dyad.Coding;
using Dyad.Storage;
using Npgsql;

namespace Dyad.Cluster.Tests.Leasing;

/// <summary>The shard table's rules against a real PostgreSQL (DYAD_TEST_PG); without one these tests say so and pass.</summary>
public sealed class ShardLeasesTests : IDisposable
{
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(5);
    private readonly TestDatabase? _db = TestDatabase.TryCreate("shard lease tests");
    private readonly NpgsqlDataSource? _source;
    private readonly ShardLeases? _leases;

    public ShardLeasesTests()
    {
        if (_db is null) return; // each test then reports itself skipped
        EventStore.Open(_db.ConnectionString).Dispose(); // migrations, the cluster's tables included
        _source = NpgsqlDataSource.Create(_db.ConnectionString);
        _leases = new ShardLeases(_source);
        var shards = Enumerable.Range(0, 3).Select(i => new ShardSpec(i, [new ShardPiece("/c.jsonl", i * 10, i * 10 + 10, i + 1)], 1)).ToList();
        Assert.True(_leases.CreateJobAsync("j", ["/c.jsonl"], shards).GetAwaiter().GetResult());
        Assert.False(_leases.CreateJobAsync("j", ["/c.jsonl"], shards).GetAwaiter().GetResult());
    }

    public void Dispose()
    {
        _source?.Dispose();
        _db?.Dispose();
    }

    [SkippableFact]
    public async Task A_live_lease_keeps_others_out_until_its_holder_is_declared_dead()
    {
        Skip.If(_leases is null, "DYAD_TEST_PG is not set (.ci/run sets it)");
        var (state, a) = await _leases.TryLeaseAsync("j", 0, "silo-a", [], Long);
        Assert.Equal(LeaseState.Leased, state);
        Assert.Equal(new ShardPiece("/c.jsonl", 0, 10, 1), a!.Pieces.Single());
        Assert.Equal((LeaseState.Busy, (ShardLease?)null), await _leases.TryLeaseAsync("j", 0, "silo-b", [], Long));
        Assert.True(await _leases.RenewAsync(a, Long));

        var (taken, b) = await _leases.TryLeaseAsync("j", 0, "silo-b", ["silo-a"], Long);
        Assert.Equal(LeaseState.Leased, taken);
        // The old holder is fenced out: it can neither renew nor count the shard.
        Assert.False(await _leases.RenewAsync(a, Long));
        Assert.False(await _leases.CompleteAsync(a, new RunSummary(10, 10, 0, 0, 20)));
        Assert.True(await _leases.CompleteAsync(b!, new RunSummary(10, 9, 1, 0, 18)));
        Assert.Equal(LeaseState.Done, (await _leases.TryLeaseAsync("j", 0, "silo-c", ["silo-a", "silo-b"], Long)).State);

        var progress = await _leases.ProgressAsync("j");
        Assert.Equal((3, 1, 0, 2, 0, 1), (progress.Shards, progress.Done, progress.Leased, progress.Pending, progress.Failed, progress.Releases));
        Assert.Equal(new RunSummary(10, 9, 1, 0, 18), progress.Summary);
        Assert.Equal("silo-a silo-b", _db!.Scalar("SELECT owners FROM cluster_shards WHERE job_id = 'j' AND shard_no = 0"));
    }

    [SkippableFact]
    public async Task An_expired_lease_is_open_to_anyone()
    {
        Skip.If(_leases is null, "DYAD_TEST_PG is not set (.ci/run sets it)");
        var (_, a) = await _leases.TryLeaseAsync("j", 1, "silo-a", [], TimeSpan.FromSeconds(1));
        Assert.DoesNotContain(1, await _leases.OpenShardsAsync("j", [], 10)); // not open while leased
        Assert.Equal(1, (await _leases.LiveLeasesAsync("j", [])).GetValueOrDefault("silo-a"));
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.Empty(await _leases.LiveLeasesAsync("j", []));
        Assert.Contains(1, await _leases.OpenShardsAsync("j", [], 10));
        Assert.Equal(LeaseState.Leased, (await _leases.TryLeaseAsync("j", 1, "silo-b", [], Long)).State);
        Assert.False(await _leases.CompleteAsync(a!, new RunSummary()));
    }

    [SkippableFact]
    public async Task A_released_shard_is_offered_again_and_given_up_after_too_many_attempts()
    {
        Skip.If(_leases is null, "DYAD_TEST_PG is not set (.ci/run sets it)");
        var (_, a) = await _leases.TryLeaseAsync("j", 2, "silo-a", [], Long);
        await _leases.ReleaseAsync(a!, "disk full");
        Assert.Equal("disk full", _db!.Scalar("SELECT last_error FROM cluster_shards WHERE job_id = 'j' AND shard_no = 2"));
        Assert.Equal(0, await _leases.FailExhaustedAsync("j", maxAttempts: 2));
        var (_, b) = await _leases.TryLeaseAsync("j", 2, "silo-b", [], Long);
        await _leases.ReleaseAsync(b!, "disk full again");
        Assert.Equal(1, await _leases.FailExhaustedAsync("j", maxAttempts: 2));
        Assert.Equal(LeaseState.Failed, (await _leases.TryLeaseAsync("j", 2, "silo-c", [], Long)).State);
        Assert.Equal(LeaseState.Missing, (await _leases.TryLeaseAsync("j", 9, "silo-c", [], Long)).State);
    }

    [SkippableFact]
    public void The_membership_tables_hold_every_query_the_orleans_provider_asks_for()
    {
        Skip.If(_db is null, "DYAD_TEST_PG is not set (.ci/run sets it)");
        Assert.Equal(
            ["CleanupDefunctSiloEntriesKey", "CleanupDefunctSiloEntryKey", "DeleteMembershipTableEntriesKey", "GatewaysQueryKey",
             "InsertMembershipKey", "InsertMembershipVersionKey", "MembershipReadAllKey", "MembershipReadRowKey",
             "UpdateIAmAlivetimeKey", "UpdateMembershipKey"],
            _db.Strings("SELECT QueryKey FROM OrleansQuery ORDER BY QueryKey COLLATE \"C\""));
    }
}

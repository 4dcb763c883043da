using Dyad.Cluster.Sharding;
using Dyad.Coding;
using Npgsql;

namespace Dyad.Cluster.Leasing;

/// <summary>A shard held by one silo: the token fences every later write about it.</summary>
public sealed record ShardLease(string JobId, int ShardNo, string Owner, string Token, IReadOnlyList<ShardPiece> Pieces);

/// <summary>What a lease attempt found.</summary>
public enum LeaseState
{
    /// <summary>The shard is now leased to the caller.</summary>
    Leased,
    /// <summary>Another silo holds a live lease.</summary>
    Busy,
    /// <summary>The shard was coded already; nothing to do.</summary>
    Done,
    /// <summary>The shard was given up after too many attempts.</summary>
    Failed,
    /// <summary>No such job or shard.</summary>
    Missing,
}

/// <summary>Counts of one job, summed over its shards.</summary>
public sealed record JobProgress(int Shards, int Done, int Leased, int Pending, int Failed, int Releases, RunSummary Summary)
{
    /// <summary>True when no shard is waiting or being coded.</summary>
    public bool Finished => Done + Failed == Shards;
}

/// <summary>
/// Job and shard state in PostgreSQL (<c>cluster_jobs</c>, <c>cluster_shards</c>). Leases run on the
/// database's clock, so silos on machines with skewed clocks agree on expiry. A shard can be taken
/// when it is pending, when its lease has expired, or when its holder is a silo that the cluster's
/// membership has declared dead. It becomes done only through <see cref="CompleteAsync"/> with the
/// current token, which records its counts once: the job's summary therefore counts each story once
/// however many times a shard was started. Thread-safe.
/// </summary>
public sealed class ShardLeases(NpgsqlDataSource database)
{
    /// <summary>Registers a job and its shards in one transaction; false when the job exists already (nothing changes).</summary>
    public async Task<bool> CreateJobAsync(string jobId, IEnumerable<string> paths, IReadOnlyList<ShardSpec> shards, CancellationToken ct = default)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        await using (var job = new NpgsqlCommand(
            "INSERT INTO cluster_jobs (job_id, paths, shard_count) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING", connection, tx))
        {
            job.Parameters.Add(new() { Value = jobId });
            job.Parameters.Add(new() { Value = string.Join('\n', paths) });
            job.Parameters.Add(new() { Value = shards.Count });
            if (await job.ExecuteNonQueryAsync(ct) == 0) return false;
        }
        await using (var copy = await connection.BeginBinaryImportAsync("COPY cluster_shards (job_id, shard_no, pieces) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var shard in shards)
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(jobId, NpgsqlTypes.NpgsqlDbType.Text, ct);
                await copy.WriteAsync(shard.Number, NpgsqlTypes.NpgsqlDbType.Integer, ct);
                await copy.WriteAsync(shard.PiecesJson(), NpgsqlTypes.NpgsqlDbType.Text, ct);
            }
            await copy.CompleteAsync(ct);
        }
        await tx.CommitAsync(ct);
        return true;
    }

    /// <summary>True when the job is registered.</summary>
    public async Task<bool> JobExistsAsync(string jobId, CancellationToken ct = default)
    {
        await using var command = database.CreateCommand("SELECT count(*) FROM cluster_jobs WHERE job_id = $1");
        command.Parameters.Add(new() { Value = jobId });
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct)) > 0;
    }

    /// <summary>
    /// Takes the shard for <paramref name="owner"/> for <paramref name="duration"/> when it is
    /// pending, its lease expired, or its holder is among <paramref name="deadOwners"/>.
    /// </summary>
    public async Task<(LeaseState State, ShardLease? Lease)> TryLeaseAsync(string jobId, int shardNo, string owner,
        IReadOnlyCollection<string> deadOwners, TimeSpan duration, CancellationToken ct = default)
    {
        var token = Guid.NewGuid().ToString("N");
        await using (var command = database.CreateCommand(
            """
            UPDATE cluster_shards
            SET state = 'leased', owner = $3, lease_token = $4, leased_at = now(), lease_until = now() + make_interval(secs => $5),
                attempts = attempts + 1, owners = CASE WHEN owners = '' THEN $3 ELSE owners || ' ' || $3 END
            WHERE job_id = $1 AND shard_no = $2
              AND (state = 'pending' OR (state = 'leased' AND (lease_until < now() OR owner = ANY($6))))
            RETURNING pieces
            """))
        {
            command.Parameters.Add(new() { Value = jobId });
            command.Parameters.Add(new() { Value = shardNo });
            command.Parameters.Add(new() { Value = owner });
            command.Parameters.Add(new() { Value = token });
            command.Parameters.Add(new() { Value = duration.TotalSeconds });
            command.Parameters.Add(new() { Value = deadOwners.ToArray() });
            if (await command.ExecuteScalarAsync(ct) is string pieces)
                return (LeaseState.Leased, new ShardLease(jobId, shardNo, owner, token, ShardSpec.ParsePieces(pieces)));
        }
        await using var state = database.CreateCommand("SELECT state FROM cluster_shards WHERE job_id = $1 AND shard_no = $2");
        state.Parameters.Add(new() { Value = jobId });
        state.Parameters.Add(new() { Value = shardNo });
        return (await state.ExecuteScalarAsync(ct) switch
        {
            "done" => LeaseState.Done,
            "failed" => LeaseState.Failed,
            null => LeaseState.Missing,
            _ => LeaseState.Busy,
        }, null);
    }

    /// <summary>Extends a lease; false when it was lost (taken over or completed by another silo).</summary>
    public async Task<bool> RenewAsync(ShardLease lease, TimeSpan duration, CancellationToken ct = default)
    {
        await using var command = Fenced("UPDATE cluster_shards SET lease_until = now() + make_interval(secs => $4)", lease);
        command.Parameters.Add(new() { Value = duration.TotalSeconds });
        return await command.ExecuteNonQueryAsync(ct) == 1;
    }

    /// <summary>Marks the shard done with its counts; false when the lease was lost meanwhile (the counts are then the new holder's to give).</summary>
    public async Task<bool> CompleteAsync(ShardLease lease, RunSummary summary, CancellationToken ct = default)
    {
        await using var command = Fenced(
            "UPDATE cluster_shards SET state = 'done', lease_until = NULL, done_at = now(), last_error = NULL, " +
            "read = $4, coded = $5, no_event = $6, rejected = $7, events = $8", lease);
        foreach (var n in new[] { summary.Read, summary.Coded, summary.NoEvent, summary.Rejected, summary.Events })
            command.Parameters.Add(new() { Value = n });
        return await command.ExecuteNonQueryAsync(ct) == 1;
    }

    /// <summary>Gives a shard back after a failure, keeping the reason; another silo may take it at once.</summary>
    public async Task ReleaseAsync(ShardLease lease, string error, CancellationToken ct = default)
    {
        await using var command = Fenced("UPDATE cluster_shards SET state = 'pending', owner = NULL, lease_token = NULL, lease_until = NULL, last_error = $4", lease);
        command.Parameters.Add(new() { Value = error });
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Gives up shards that failed <paramref name="maxAttempts"/> times; returns how many.</summary>
    public async Task<int> FailExhaustedAsync(string jobId, int maxAttempts, CancellationToken ct = default)
    {
        await using var command = database.CreateCommand(
            "UPDATE cluster_shards SET state = 'failed' WHERE job_id = $1 AND state = 'pending' AND attempts >= $2");
        command.Parameters.Add(new() { Value = jobId });
        command.Parameters.Add(new() { Value = maxAttempts });
        return await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Up to <paramref name="limit"/> shards that can be handed out now, in corpus order.</summary>
    public async Task<List<int>> OpenShardsAsync(string jobId, IReadOnlyCollection<string> deadOwners, int limit, CancellationToken ct = default)
    {
        await using var command = database.CreateCommand(
            """
            SELECT shard_no FROM cluster_shards
            WHERE job_id = $1 AND state <> 'done'
              AND (state = 'pending' OR (state = 'leased' AND (lease_until < now() OR owner = ANY($2))))
            ORDER BY shard_no LIMIT $3
            """);
        command.Parameters.Add(new() { Value = jobId });
        command.Parameters.Add(new() { Value = deadOwners.ToArray() });
        command.Parameters.Add(new() { Value = limit });
        var shards = new List<int>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) shards.Add(reader.GetInt32(0));
        return shards;
    }

    /// <summary>Live leases per holder (expired ones and those of dead silos do not count).</summary>
    public async Task<Dictionary<string, int>> LiveLeasesAsync(string jobId, IReadOnlyCollection<string> deadOwners, CancellationToken ct = default)
    {
        await using var command = database.CreateCommand(
            "SELECT owner, count(*) FROM cluster_shards WHERE job_id = $1 AND state = 'leased' AND lease_until >= now() AND NOT owner = ANY($2) GROUP BY owner");
        command.Parameters.Add(new() { Value = jobId });
        command.Parameters.Add(new() { Value = deadOwners.ToArray() });
        var leases = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) leases[reader.GetString(0)] = (int)reader.GetInt64(1);
        return leases;
    }

    /// <summary>The job's shards by state and the sum of the done shards' counts.</summary>
    public async Task<JobProgress> ProgressAsync(string jobId, CancellationToken ct = default)
    {
        await using var command = database.CreateCommand(
            """
            SELECT count(*), count(*) FILTER (WHERE state = 'done'), count(*) FILTER (WHERE state = 'leased'),
                   count(*) FILTER (WHERE state = 'pending'), count(*) FILTER (WHERE state = 'failed'),
                   coalesce(sum(greatest(attempts - 1, 0)), 0),
                   coalesce(sum(read), 0), coalesce(sum(coded), 0), coalesce(sum(no_event), 0),
                   coalesce(sum(rejected), 0), coalesce(sum(events), 0)
            FROM cluster_shards WHERE job_id = $1
            """);
        command.Parameters.Add(new() { Value = jobId });
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        long L(int i) => Convert.ToInt64(reader.GetValue(i));
        return new JobProgress((int)L(0), (int)L(1), (int)L(2), (int)L(3), (int)L(4), (int)L(5),
            new RunSummary(L(6), L(7), L(8), L(9), L(10)));
    }

    /// <summary>Records that the job is over.</summary>
    public async Task FinishJobAsync(string jobId, CancellationToken ct = default)
    {
        await using var command = database.CreateCommand("UPDATE cluster_jobs SET finished_at = now() WHERE job_id = $1 AND finished_at IS NULL");
        command.Parameters.Add(new() { Value = jobId });
        await command.ExecuteNonQueryAsync(ct);
    }

    private NpgsqlCommand Fenced(string update, ShardLease lease)
    {
        var command = database.CreateCommand(update + " WHERE job_id = $1 AND shard_no = $2 AND state = 'leased' AND lease_token = $3");
        command.Parameters.Add(new() { Value = lease.JobId });
        command.Parameters.Add(new() { Value = lease.ShardNo });
        command.Parameters.Add(new() { Value = lease.Token });
        return command;
    }
}

using Dyad.Cluster.Grains;
using Dyad.Cluster.Leasing;
using Dyad.Cluster.Sharding;
using Dyad.Coding;
using Dyad.Reading;
using Dyad.Storage;
using Dyad.Storage.Writing;
using Orleans.Runtime;

namespace Dyad.Cluster.Silo;

/// <summary>How a silo codes shards.</summary>
/// <param name="Store">The PostgreSQL connection string of the event store (also the membership and job tables).</param>
/// <param name="Threads">Worker threads per shard (the <c>--threads</c> of <c>dyad code</c>).</param>
/// <param name="Slots">Shards coded at once.</param>
/// <param name="Lease">How long a lease lasts without renewal; renewed every third of it.</param>
public sealed record ShardCoderOptions(string Store, int Threads, int Slots, TimeSpan Lease);

/// <summary>
/// One per silo: holds the loaded <see cref="Coder"/> (models load once, at start) and codes the
/// shards its worker grain accepts. Each shard runs under a lease renewed in the background; a
/// lost lease cancels the run. Stories go to the store through the same <see cref="StoreSink"/> as
/// <c>dyad code</c> (replace by story id, so a shard coded twice leaves one copy); the shard is marked
/// done, with its counts, only after its last batch is committed.
/// </summary>
public sealed class ShardCoder(ShardCoderOptions options, Coder coder, ShardLeases leases,
    IClusterMembershipService membership, ILocalSiloDetails silo, TextWriter log) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.Slots, options.Slots);
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _running = [];
    private readonly Lock _gate = new();

    /// <summary>Shards this silo codes at once.</summary>
    public int Slots => options.Slots;

    /// <summary>This silo's name in leases.</summary>
    public string Owner => silo.SiloAddress.ToParsableString();

    /// <summary>Leases the shard when a slot is free and starts coding it; returns without waiting for the coding.</summary>
    public async Task<OfferOutcome> OfferAsync(string jobId, int shardNo)
    {
        if (_stopping.IsCancellationRequested || !_slots.Wait(0)) return OfferOutcome.Full;
        try
        {
            var dead = membership.CurrentSnapshot.Members.Values
                .Where(m => m.Status == SiloStatus.Dead).Select(m => m.SiloAddress.ToParsableString()).ToArray();
            var (state, lease) = await leases.TryLeaseAsync(jobId, shardNo, Owner, dead, options.Lease);
            if (lease is null)
            {
                _slots.Release();
                return state switch { LeaseState.Done => OfferOutcome.Done, LeaseState.Busy => OfferOutcome.Busy, _ => OfferOutcome.Failed };
            }
            log.WriteLine($"shard {jobId}/{shardNo} leased (attempt by {Owner})");
            var task = Task.Run(() => CodeAsync(lease));
            lock (_gate)
            {
                _running.RemoveAll(t => t.IsCompleted);
                _running.Add(task);
            }
            return OfferOutcome.Accepted;
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    /// <summary>Stops taking shards, cancels those running and gives their leases back (graceful shutdown).</summary>
    public async Task StopAsync(TimeSpan wait)
    {
        await _stopping.CancelAsync();
        Task[] running;
        lock (_gate) running = [.. _running];
        await Task.WhenAll(running).WaitAsync(wait).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private async Task CodeAsync(ShardLease lease)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
        var renewing = RenewAsync(lease, cancel);
        try
        {
            RunSummary summary;
            using (var store = EventStore.Open(options.Store))
            {
                using var sink = new StoreSink(store, TimeProvider.System, new StoreSinkOptions(MaxStories: 5_000));
                summary = ShardReading.Run(coder, lease.Pieces, new RejectLog(sink, log), options.Threads, new ReaderOptions(), cancel.Token);
                sink.Flush();
            }
            cancel.Token.ThrowIfCancellationRequested();
            bool done = await leases.CompleteAsync(lease, summary);
            log.WriteLine(done
                ? $"shard {lease.JobId}/{lease.ShardNo} done: {summary}"
                : $"shard {lease.JobId}/{lease.ShardNo} coded but its lease was taken over; the new holder counts it");
        }
        catch (Exception e) when (e is OperationCanceledException && cancel.IsCancellationRequested)
        {
            log.WriteLine($"shard {lease.JobId}/{lease.ShardNo} stopped ({(_stopping.IsCancellationRequested ? "silo stopping" : "lease lost")})");
            await TryRelease(lease, "stopped");
        }
        catch (Exception e) when (e is StoreException or IOException or UnauthorizedAccessException or Npgsql.NpgsqlException)
        {
            log.WriteLine($"shard {lease.JobId}/{lease.ShardNo} failed: {e.Message}");
            await TryRelease(lease, e.Message);
        }
        catch (Exception e)
        {
            // A bug, not bad input: report it whole and let the shard go to another attempt.
            log.WriteLine($"shard {lease.JobId}/{lease.ShardNo} failed with an internal error: {e}");
            await TryRelease(lease, $"internal error ({e.GetType().Name}): {e.Message}");
        }
        finally
        {
            await cancel.CancelAsync();
            await renewing;
            _slots.Release();
        }
    }

    private async Task RenewAsync(ShardLease lease, CancellationTokenSource cancel)
    {
        var every = options.Lease / 3;
        try
        {
            while (!cancel.IsCancellationRequested)
            {
                await Task.Delay(every, cancel.Token);
                if (!await leases.RenewAsync(lease, options.Lease, cancel.Token)) await cancel.CancelAsync();
            }
        }
        catch (OperationCanceledException) { /* the shard is over */ }
        catch (Exception e) when (e is Npgsql.NpgsqlException or TimeoutException)
        {
            // The database is unreachable: stop before the lease runs out rather than code on unfenced.
            log.WriteLine($"shard {lease.JobId}/{lease.ShardNo}: cannot renew its lease ({e.Message}); stopping it");
            await cancel.CancelAsync();
        }
    }

    private async Task TryRelease(ShardLease lease, string why)
    {
        try { await leases.ReleaseAsync(lease, why); }
        catch (Exception e) when (e is Npgsql.NpgsqlException or TimeoutException)
        {
            log.WriteLine($"shard {lease.JobId}/{lease.ShardNo}: could not give its lease back ({e.Message}); it expires by itself");
        }
    }

    /// <summary>Says on the silo's log what <c>dyad code</c> says on standard error for each reject.</summary>
    private sealed class RejectLog(IRunSink inner, TextWriter log) : IRunSink
    {
        public void Coded(CodingResult result) => inner.Coded(result);

        public void Rejected(Reject reject)
        {
            log.WriteLine($"rejected {reject.StoryId ?? "-"} ({reject.Origin}): {reject.Reason}");
            inner.Rejected(reject);
        }

        public void Complete(RunSummary summary) => inner.Complete(summary);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _stopping.Dispose();
        _slots.Dispose();
    }
}

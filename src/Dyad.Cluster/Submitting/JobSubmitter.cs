using Dyad.Cluster.Grains;
using Dyad.Cluster.Leasing;
using Dyad.Cluster.Sharding;
using Dyad.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Runtime;

namespace Dyad.Cluster.Submitting;

/// <summary>How a job is cut and driven.</summary>
/// <param name="StoriesPerShard">Stories (JSONL lines, text files) per shard.</param>
/// <param name="MaxAttempts">A shard that failed this many times is given up (and the job fails).</param>
/// <param name="Timeout">The job fails when not finished by then (null: no limit).</param>
public sealed record SubmitOptions(int StoriesPerShard = 1_000, int MaxAttempts = 5, TimeSpan? Timeout = null);

/// <summary>How a job ended.</summary>
public sealed record JobResult(string JobId, JobProgress Progress, int Silos, bool TimedOut)
{
    /// <summary>True when every shard was coded.</summary>
    public bool Succeeded => Progress.Done == Progress.Shards && !TimedOut;
}

/// <summary>
/// <c>dyad cluster submit</c>: registers a job and its shards in PostgreSQL, then, as an Orleans
/// client, hands open shards to the worker grains of the active silos, as many as each has free
/// slots, until every shard is done. It holds no state of its own: everything is in the shard
/// table, so it can be stopped and run again with the same job id. A shard whose silo died (the
/// cluster's membership says so) or whose lease expired is open again and goes to another silo.
/// </summary>
public sealed class JobSubmitter(ClusterSettings cluster, TextWriter log)
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan SuspectFor = TimeSpan.FromSeconds(5);

    // Silos that failed an offer: skipped for a while, until membership says whether they are dead.
    private readonly Dictionary<string, DateTime> _suspect = new(StringComparer.Ordinal);

    /// <summary>Runs the job to the end (or the timeout) and returns its counts.</summary>
    public async Task<JobResult> RunAsync(string jobId, IReadOnlyList<string> paths, SubmitOptions options, CancellationToken ct = default)
    {
        EventStore.Open(cluster.Store).Dispose(); // the schema, job tables included
        await using var database = NpgsqlDataSource.Create(cluster.Store);
        var leases = new ShardLeases(database);
        if (await leases.JobExistsAsync(jobId, ct))
        {
            log.WriteLine($"job {jobId}: exists, following it");
        }
        else
        {
            var shards = CorpusCutter.Cut(paths, options.StoriesPerShard);
            await leases.CreateJobAsync(jobId, paths.Select(Path.GetFullPath), shards, ct);
            log.WriteLine($"job {jobId}: {shards.Count} shards of up to {options.StoriesPerShard} stories, {shards.Sum(s => s.Lines)} lines/files");
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.AddFilter(level => level >= LogLevel.Error);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(cluster.Apply);
            client.UseAdoNetClustering(cluster.Apply);
            client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(5));
        });
        using var host = builder.Build();
        await host.StartAsync(ct);
        try
        {
            return await DriveAsync(jobId, leases, host.Services.GetRequiredService<IClusterClient>(), options, ct);
        }
        finally
        {
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await host.StopAsync(grace.Token);
        }
    }

    private async Task<JobResult> DriveAsync(string jobId, ShardLeases leases, IClusterClient client, SubmitOptions options, CancellationToken ct)
    {
        var management = client.GetGrain<IManagementGrain>(0);
        var slots = new Dictionary<string, int>(StringComparer.Ordinal);
        var started = DateTime.UtcNow;
        var lastReport = DateTime.MinValue;
        JobProgress progress;
        int silos = 0;
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            progress = await leases.ProgressAsync(jobId, ct);
            if (progress.Finished) break;
            if (options.Timeout is { } limit && DateTime.UtcNow - started > limit)
            {
                log.WriteLine($"job {jobId}: not finished after {limit.TotalSeconds:0} s");
                return new JobResult(jobId, progress, silos, TimedOut: true);
            }

            Dictionary<SiloAddress, SiloStatus> hosts;
            try
            {
                hosts = await management.GetHosts(onlyActive: false).WaitAsync(CallTimeout, ct);
            }
            catch (Exception e) when (IsClusterTrouble(e))
            {
                log.WriteLine($"job {jobId}: cluster not reachable ({e.GetType().Name}); retrying");
                await Task.Delay(TimeSpan.FromSeconds(1), ct);
                continue;
            }
            var dead = hosts.Where(h => h.Value == SiloStatus.Dead).Select(h => h.Key.ToParsableString()).ToArray();
            var active = hosts.Where(h => h.Value == SiloStatus.Active).Select(h => h.Key.ToParsableString()).Order(StringComparer.Ordinal).ToList();
            silos = Math.Max(silos, active.Count);
            if (DateTime.UtcNow - lastReport > TimeSpan.FromSeconds(1))
            {
                lastReport = DateTime.UtcNow;
                log.WriteLine($"job {jobId}: {progress.Done}/{progress.Shards} shards done, {progress.Leased} coding, " +
                              $"{active.Count} silos active, {dead.Length} dead · {progress.Summary}, {progress.Summary.Events} events");
            }

            await leases.FailExhaustedAsync(jobId, options.MaxAttempts, ct);
            await OfferAsync(jobId, leases, client, active, dead, slots, ct);
            await Task.Delay(Tick, ct);
        }
        await leases.FinishJobAsync(jobId, ct);
        log.WriteLine($"job {jobId}: {progress.Done} of {progress.Shards} shards coded on {silos} silo(s) in " +
                      $"{(DateTime.UtcNow - started).TotalSeconds:0.0} s, {progress.Releases} shard start(s) repeated, {progress.Failed} failed");
        return new JobResult(jobId, progress, silos, TimedOut: false);
    }

    /// <summary>Fills each active silo's free slots with open shards, in corpus order.</summary>
    private async Task OfferAsync(string jobId, ShardLeases leases, IClusterClient client, List<string> active, string[] dead,
        Dictionary<string, int> slots, CancellationToken ct)
    {
        var held = await leases.LiveLeasesAsync(jobId, dead, ct);
        var free = new List<string>();
        foreach (var silo in active)
        {
            lock (_suspect)
                if (_suspect.TryGetValue(silo, out var until) && DateTime.UtcNow < until) continue;
            if (!slots.TryGetValue(silo, out int n))
            {
                try { n = slots[silo] = await client.GetGrain<IShardWorkerGrain>(silo).Slots().WaitAsync(CallTimeout, ct); }
                catch (Exception e) when (IsClusterTrouble(e)) { continue; }
            }
            for (int i = held.GetValueOrDefault(silo); i < n; i++) free.Add(silo);
        }
        if (free.Count == 0) return;
        var open = await leases.OpenShardsAsync(jobId, dead, free.Count, ct);
        var offers = open.Zip(free, (shard, silo) => Offer(client, silo, jobId, shard, ct)).ToList();
        await Task.WhenAll(offers);
    }

    private async Task Offer(IClusterClient client, string silo, string jobId, int shard, CancellationToken ct)
    {
        try
        {
            var outcome = await client.GetGrain<IShardWorkerGrain>(silo).Offer(jobId, shard).WaitAsync(CallTimeout, ct);
            if (outcome == OfferOutcome.Accepted) log.WriteLine($"job {jobId}: shard {shard} → {silo}");
        }
        catch (Exception e) when (IsClusterTrouble(e))
        {
            // The silo may be dying: the shard stays open and the next rounds offer it elsewhere.
            lock (_suspect) _suspect[silo] = DateTime.UtcNow + SuspectFor;
            log.WriteLine($"job {jobId}: shard {shard} not taken by {silo} ({e.GetType().Name})");
        }
    }

    private static bool IsClusterTrouble(Exception e) =>
        e is TimeoutException or OrleansException or SiloUnavailableException or OrleansMessageRejectionException
            or IOException or System.Net.Sockets.SocketException;
}

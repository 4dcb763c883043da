using System.Net;
using Dyad.Cluster.Grains;
using Dyad.Cluster.Leasing;
using Dyad.Coding;
using Dyad.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Runtime;

namespace Dyad.Cluster.Silo;

/// <summary>Where a silo listens.</summary>
/// <param name="Address">The address other silos and clients reach it at (and the one it listens on).</param>
/// <param name="SiloPort">Silo-to-silo port.</param>
/// <param name="GatewayPort">Port for clients (<c>dyad cluster submit</c>).</param>
public sealed record SiloEndpoint(IPAddress Address, int SiloPort, int GatewayPort);

/// <summary>
/// Runs one Orleans silo of a Dyad cluster: brings the store's schema up to date (membership and job
/// tables included), loads the coder, joins the cluster through the membership table in PostgreSQL,
/// and codes the shards offered to its worker until it is stopped.
/// </summary>
public static class SiloHost
{
    /// <summary>Runs until <paramref name="stop"/> fires (Ctrl+C or SIGTERM in the CLI). Lines for people go to <paramref name="log"/>.</summary>
    public static async Task RunAsync(ClusterSettings cluster, SiloEndpoint endpoint, int threads, int slots, TimeSpan lease,
        TextWriter log, CancellationToken stop)
    {
        // Schema first: a silo that cannot use the store must fail before it joins anything.
        EventStore.Open(cluster.Store).Dispose();
        var coder = Coder.CreateDefault();
        await using var database = NpgsqlDataSource.Create(cluster.Store);

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        // Orleans warns at length (stack traces) about every refused connection to a dead silo: errors only from it.
        builder.Logging.AddFilter((category, level) => level >= (category?.StartsWith("Orleans", StringComparison.Ordinal) == true ? LogLevel.Error : LogLevel.Warning));
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddSingleton(new ShardCoderOptions(cluster.Store, threads, slots, lease));
        builder.Services.AddSingleton(coder);
        builder.Services.AddSingleton(new ShardLeases(database));
        builder.Services.AddSingleton(log);
        builder.Services.AddSingleton<ShardCoder>();
        builder.Services.AddPlacementDirector<SiloKeyPlacement, SiloKeyPlacementDirector>();
        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(cluster.Apply);
            silo.UseAdoNetClustering(cluster.Apply);
            silo.ConfigureEndpoints(endpoint.Address, endpoint.SiloPort, endpoint.GatewayPort, listenOnAnyHostAddress: false);
            silo.Configure<SiloOptions>(o => o.SiloName = $"dyad-{endpoint.Address}-{endpoint.SiloPort}");
            // A dead silo is declared after three missed 2 s probes (defaults: 5 s), so its shards move on sooner.
            silo.Configure<ClusterMembershipOptions>(o => o.ProbeTimeout = TimeSpan.FromSeconds(2));
        });
        using var host = builder.Build();
        await host.StartAsync(stop);
        var shards = host.Services.GetRequiredService<ShardCoder>();
        var membership = host.Services.GetRequiredService<IClusterMembershipService>();
        int active = membership.CurrentSnapshot.Members.Values.Count(m => m.Status == SiloStatus.Active);
        log.WriteLine($"silo {shards.Owner} joined cluster '{cluster.ClusterId}' in {cluster.DisplayName} ({active} active), " +
                      $"{slots} shard(s) at a time, {threads} thread(s) each");
        try
        {
            await Task.Delay(Timeout.Infinite, stop);
        }
        catch (OperationCanceledException) { /* asked to stop */ }
        log.WriteLine($"silo {shards.Owner} stopping: giving back its shards");
        await shards.StopAsync(TimeSpan.FromSeconds(10));
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await host.StopAsync(grace.Token);
        log.WriteLine($"silo {shards.Owner} left the cluster");
    }
}

using Npgsql;
using Orleans.Configuration;
using Orleans.Hosting;

namespace Dyad.Cluster;

/// <summary>What silos and submitters of one cluster share: the PostgreSQL database and the cluster's name.</summary>
/// <param name="Store">PostgreSQL connection string: events, job and shard state, and Orleans membership live there.</param>
/// <param name="ClusterId">Silos and clients with the same id form one cluster.</param>
public sealed record ClusterSettings(string Store, string ClusterId = ClusterSettings.DefaultClusterId)
{
    /// <summary>The cluster id when none is given.</summary>
    public const string DefaultClusterId = "dyad";

    /// <summary>The ADO.NET invariant name of Npgsql, which Orleans uses to find the driver.</summary>
    internal const string Invariant = "Npgsql";

    /// <summary>The store's name for messages, without a password.</summary>
    public string DisplayName
    {
        get
        {
            var b = new NpgsqlConnectionStringBuilder(Store);
            return $"{b.Host}:{b.Port}/{b.Database}";
        }
    }

    internal void Apply(ClusterOptions options)
    {
        options.ClusterId = ClusterId;
        options.ServiceId = "dyad";
    }

    internal void Apply(AdoNetClusteringSiloOptions options)
    {
        options.Invariant = Invariant;
        options.ConnectionString = Store;
    }

    internal void Apply(AdoNetClusteringClientOptions options)
    {
        options.Invariant = Invariant;
        options.ConnectionString = Store;
    }
}

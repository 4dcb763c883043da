namespace Dyad.Cluster.Grains;

/// <summary>What a silo said to a shard offered to it.</summary>
[GenerateSerializer]
public enum OfferOutcome
{
    /// <summary>Leased and being coded on this silo.</summary>
    Accepted,
    /// <summary>The silo's shard slots are all busy; offer it elsewhere or later.</summary>
    Full,
    /// <summary>Another silo holds a live lease on it.</summary>
    Busy,
    /// <summary>Already coded.</summary>
    Done,
    /// <summary>Given up after too many attempts, or unknown.</summary>
    Failed,
}

/// <summary>
/// The shard worker of one silo: its key is the silo's address (<c>SiloAddress.ToParsableString</c>)
/// and <see cref="SiloKeyPlacement"/> activates it on that silo, so the submitter chooses where each
/// shard runs and spreads them by free slots. A worker whose silo is gone is activated on another.
/// </summary>
public interface IShardWorkerGrain : IGrainWithStringKey
{
    /// <summary>How many shards the silo codes at once.</summary>
    Task<int> Slots();

    /// <summary>Leases the shard and starts coding it in the background; returns at once.</summary>
    Task<OfferOutcome> Offer(string jobId, int shardNo);
}

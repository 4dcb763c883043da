using Dyad.Cluster.Silo;

namespace Dyad.Cluster.Grains;

/// <summary>A thin grain over the silo's <see cref="ShardCoder"/>: the coding itself runs off the grain's scheduler.</summary>
[SiloKeyPlacement]
internal sealed class ShardWorkerGrain(ShardCoder coder) : Grain, IShardWorkerGrain
{
    public Task<int> Slots() => Task.FromResult(coder.Slots);

    public Task<OfferOutcome> Offer(string jobId, int shardNo) => coder.OfferAsync(jobId, shardNo);
}

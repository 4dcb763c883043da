using Orleans.Placement;
using Orleans.Runtime;
using Orleans.Runtime.Placement;

namespace Dyad.Cluster.Grains;

/// <summary>Places a grain on the silo whose address is the grain's key, or on any silo when that one is gone.</summary>
[GenerateSerializer, Immutable, SuppressReferenceTracking]
public sealed class SiloKeyPlacement : PlacementStrategy
{
    /// <summary>The one instance.</summary>
    public static SiloKeyPlacement Instance { get; } = new();
}

/// <summary>Marks a grain class for <see cref="SiloKeyPlacement"/>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class SiloKeyPlacementAttribute() : PlacementAttribute(SiloKeyPlacement.Instance);

/// <summary>Chooses the silo named by the grain key.</summary>
internal sealed class SiloKeyPlacementDirector : IPlacementDirector
{
    public Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        var silos = context.GetCompatibleSilos(target);
        var key = target.GrainIdentity.Key.ToString();
        foreach (var silo in silos)
            if (silo.ToParsableString() == key) return Task.FromResult(silo);
        return Task.FromResult(silos[Random.Shared.Next(silos.Length)]);
    }
}

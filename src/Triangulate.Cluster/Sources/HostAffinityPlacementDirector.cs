using Orleans.Runtime.Placement;

namespace Triangulate.Cluster.Sources;

/// <summary>Puts a new activation of a source grain on the silo that <see cref="HostAffinity.Choose"/> picks for its
/// address's host among the silos that can host it.</summary>
public sealed class HostAffinityPlacementDirector : IPlacementDirector
{
    public Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var silos = context.GetCompatibleSilos(target);
        return Task.FromResult(HostAffinity.Choose(target.GrainIdentity.Key.ToString()!, silos));
    }
}

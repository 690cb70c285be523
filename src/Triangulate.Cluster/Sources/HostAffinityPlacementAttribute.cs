using Orleans.Placement;

namespace Triangulate.Cluster.Sources;

/// <summary>Marks a grain keyed by a web address for <see cref="HostAffinityPlacement"/>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class HostAffinityPlacementAttribute : PlacementAttribute
{
    public HostAffinityPlacementAttribute()
        : base(HostAffinityPlacement.Instance)
    {
    }
}

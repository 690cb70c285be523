namespace Triangulate.Cluster.Sources;

/// <summary>Places every source grain of one web host on the same silo (<see cref="HostAffinity.Choose"/>), so the
/// one polite fetcher of that silo paces all requests the cluster's source grains send to that host.</summary>
[Serializable, GenerateSerializer, Immutable, SuppressReferenceTracking]
public sealed class HostAffinityPlacement : PlacementStrategy
{
    public static HostAffinityPlacement Instance { get; } = new();
}

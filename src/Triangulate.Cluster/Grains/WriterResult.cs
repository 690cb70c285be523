namespace Triangulate.Cluster.Grains;

/// <summary>What one writer batch did: new articles, already stored ones (redeliveries), events written.</summary>
[GenerateSerializer, Immutable]
public sealed record WriterResult(
    [property: Id(0)] int Added,
    [property: Id(1)] int AlreadyStored,
    [property: Id(2)] int Events);

namespace Triangulate.Cluster.Grains;

/// <summary>What a stage worker returns: the annotated articles in input order, and one line per input that
/// gave none (a diagnostic with its code).</summary>
[GenerateSerializer, Immutable]
public sealed record StagedBatch(
    [property: Id(0)] ArticlePacket[] Articles,
    [property: Id(1)] string[] Problems);

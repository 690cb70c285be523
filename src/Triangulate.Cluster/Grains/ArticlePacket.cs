namespace Triangulate.Cluster.Grains;

/// <summary>An annotated article on its way from a stage worker to the story writer, possibly on another silo:
/// the article as JSON (<see cref="Header"/>) and its annotations in the store's own encoding
/// (<see cref="Annotations"/>, the <c>AnnotationCodec</c> the writer would store anyway).</summary>
[GenerateSerializer, Immutable]
public sealed record ArticlePacket(
    [property: Id(0)] string Id,
    [property: Id(1)] byte[] Header,
    [property: Id(2)] byte[] Annotations);

namespace Triangulate.Cluster.Grains;

/// <summary>The per-article stages (extraction, tokens, sentences, entities, quotes, dates, quantities) as a
/// stateless worker: activated on the calling silo, as many at once as it has cores.</summary>
public interface IArticleStageGrain : IGrainWithIntegerKey
{
    /// <summary>Annotates raw documents (as log messages) and returns them in input order; a document that yields
    /// no article comes back as a diagnostic line instead.</summary>
    Task<StagedBatch> ProcessAsync(byte[][] documents);
}

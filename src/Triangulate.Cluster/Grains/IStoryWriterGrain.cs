namespace Triangulate.Cluster.Grains;

/// <summary>
/// The single writer of a store's stories (key: the store's schema). Lineage and story assignment, merges and
/// splits of one batch are committed by it in one PostgreSQL transaction; the grain's turn-based execution and
/// the store's advisory write lock make it the only writer even while the cluster briefly holds two activations
/// (during a membership change).
/// </summary>
public interface IStoryWriterGrain : IGrainWithStringKey
{
    /// <summary>Stores a batch of annotated articles and updates lineages and stories (articles already stored
    /// are skipped, so a redelivered batch adds nothing), then recomputes the sections that are due.</summary>
    Task<WriterResult> ApplyAsync(ArticlePacket[] articles);

    /// <summary>What the end of an ingest run does: settle recent articles, recompute every pending story, give
    /// quiet stories their event. Run when the log is drained.</summary>
    Task<int> FlushAsync();
}

namespace Triangulate.Engine.Living;

/// <summary>
/// Bounds of the living engine. Each one caps work or memory per batch or per story, so cost stays flat as the
/// store grows (docs/living.md explains each choice and how it was measured).
/// </summary>
public sealed record LivingOptions
{
    /// <summary>Stories kept in the clusterer's memory; the least recently active beyond this go cold (store only).</summary>
    public int MaxLiveStories { get; init; } = 5_000;

    /// <summary>Cold stories brought back per batch as revival candidates (store-side key-term lookup, a few per article).</summary>
    public int ColdCandidates { get; init; } = 100;

    /// <summary>Postings read per query term in the store-side candidate index (its heaviest).</summary>
    public int PostingsPerTerm { get; init; } = 20;

    /// <summary>Undated articles kept in the lineage window (dated ones are kept by <see cref="Stories.Lineage.LineageOptions.MaxPublicationGap"/>).</summary>
    public int UndatedLineageWindow { get; init; } = 2_000;

    /// <summary>Most articles the lineage window holds, whatever their dates.</summary>
    public int MaxLineageWindow { get; init; } = 50_000;

    /// <summary>Batches between checkpoints of the document frequencies (replayed from the store up to this many on open).</summary>
    public int CheckpointEvery { get; init; } = 50;

    /// <summary>Articles a story's sections are computed from: the newest this many (bounds a recompute).</summary>
    public int MaxSectionArticles { get; init; } = 500;

    /// <summary>Lineage members read to summarise one lineage (its first ones).</summary>
    public int MaxLineageMembers { get; init; } = 200;

    /// <summary>A pending story is recomputed during ingest once it has doubled since its last recompute and has at
    /// least this many articles; smaller ones wait for <see cref="MaxPending"/> or the end of the run.</summary>
    public int EagerSize { get; init; } = 8;

    /// <summary>A story pending this long is recomputed during ingest once it has grown by <see cref="StaleGrowth"/>
    /// since its last recompute (or was never computed), so slowly growing stories do not cost a full recompute per article.</summary>
    public TimeSpan MaxPending { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Growth since the last recompute that makes a long-pending story due (0.25: a quarter more articles).</summary>
    public double StaleGrowth { get; init; } = 0.25;

    /// <summary>Article budget of section recomputes between two batches (bounds a batch's extra work).</summary>
    public int RecomputeBudget { get; init; } = 1_000;

    /// <summary>A story with no article for this long (in publication time) gets a "went quiet" event.</summary>
    public TimeSpan QuietAfter { get; init; } = TimeSpan.FromDays(7);

    /// <summary>Clustering settings replacing those of the pipeline's clustering stage (null: the stage's).</summary>
    public Stories.Clustering.StoryClustererOptions? Clustering { get; init; }

    /// <summary>Most recent articles given one more refinement pass when a run ends (<see cref="StoryEngine.SettleAsync"/>).</summary>
    public int SettleWindow { get; init; } = 2_000;
}

using Triangulate.Core.Living;
using Triangulate.Core.Model;

namespace Triangulate.Engine.Living;

// One writer step: everything a batch changes, committed at once.
public sealed partial class StoryEngine
{
    /// <param name="assignStored">Assign lineages and stories to articles that are already stored (with current
    /// annotations) but belong to no story yet: what reprocess does for articles stored by the extract-only path.</param>
    private async Task<BatchOutcome> ApplyInSessionAsync(IStoryWriteSession session, IReadOnlyList<Article> articles, CancellationToken ct, bool assignStored = false)
    {
        var unique = new List<Article>(articles.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            if (seen.Add(article.Id))
            {
                unique.Add(article);
            }
        }

        var stored = assignStored ? new HashSet<string>() : await session.FindStoredAsync([.. seen], ct).ConfigureAwait(false);
        var fresh = unique.FindAll(a => !stored.Contains(a.Id));
        if (fresh.Count == 0)
        {
            return new BatchOutcome(0, stored.Count, articles.Count - unique.Count, [], 0);
        }

        var commit = new StoryCommit { At = _context.Clock.GetUtcNow() };
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        if (!assignStored)
        {
            commit.Articles.AddRange(fresh);
            var encoded = new AnnotationRecord[fresh.Count];
            Parallel.For(0, fresh.Count, new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = _context.Pipeline.Options.Parallelism },
                i => encoded[i] = new AnnotationRecord(fresh[i].Id, Versions.Annotations, _context.Codec.Encode(fresh[i])));
            commit.Annotations.AddRange(encoded);
        }

        Timings.Add("encode", started);
        if (!HasStories)
        {
            await session.CommitAsync(commit, ct).ConfigureAwait(false);
            return new BatchOutcome(fresh.Count, stored.Count, articles.Count - unique.Count, [], 0);
        }

        var state = await CurrentStateAsync(session, ct).ConfigureAwait(false);
        state.Knowledge.Learn(fresh, commit);
        var ordered = PublicationOrder.UndatedInPlace(fresh);
        var seqOf = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; i < ordered.Count; i++)
        {
            seqOf[ordered[i].Id] = state.Counters.ArticleSeq + 1 + i;
        }

        started = System.Diagnostics.Stopwatch.GetTimestamp();
        await _lineage.AssignAsync(state, fresh, seqOf, session, commit, ct).ConfigureAwait(false);
        Timings.Add("lineage", started);
        started = System.Diagnostics.Stopwatch.GetTimestamp();
        await _stories.AssignAsync(state, ordered, seqOf, session, commit, ct).ConfigureAwait(false);
        await InvalidateForNewNamesAsync(session, commit, ct).ConfigureAwait(false);
        var counters = NextCounters(state, ordered, commit);
        Timings.Add("clustering", started);
        started = System.Diagnostics.Stopwatch.GetTimestamp();
        await session.CommitAsync(commit, ct).ConfigureAwait(false);
        Timings.Add("commit", started);

        // Committed: memory now matches the store.
        state.Counters = counters;
        state.TermsPersisted = state.Clusterer.TermCount;
        foreach (var number in state.Clusterer.ForgetRetired())
        {
            state.Forget(number);
        }

        _lineage.Evict(state);
        Notify(commit.Events);
        return new BatchOutcome(fresh.Count, stored.Count, articles.Count - unique.Count, commit.Dirty, commit.Events.Count);
    }

    /// <summary>Bounds the stories re-queued per batch because of newly learnt names.</summary>
    private const int MaxNamesInvalidated = 64;

    private const int MaxStoriesPerName = 100;

    /// <summary>
    /// A name learnt now (a place, an outlet) can change the sections of stories computed before: their entities
    /// are typed with what the corpus knew then. Stories listing an entity that starts with the new name are
    /// queued for a recompute (one index range per name, capped per batch).
    /// </summary>
    private static async Task InvalidateForNewNamesAsync(IStoryWriteSession session, StoryCommit commit, CancellationToken ct)
    {
        var dirty = new HashSet<string>(commit.Dirty, StringComparer.Ordinal);
        foreach (var name in commit.KnownNames.Take(MaxNamesInvalidated))
        {
            foreach (var story in await session.StoriesByFacetPrefixAsync(StoryFacet.Entity, name.Key, MaxStoriesPerName, ct).ConfigureAwait(false))
            {
                if (dirty.Add(story))
                {
                    commit.Dirty.Add(story);
                }
            }
        }
    }

    private async Task<WriterState> CurrentStateAsync(IStoryWriteSession session, CancellationToken ct)
    {
        if (_state is not null)
        {
            var stored = EngineCounters.FromBytes(await session.GetStateAsync(EngineCounters.Key, ct).ConfigureAwait(false));
            if (stored.Generation == _state.Counters.Generation)
            {
                return _state;
            }
        }

        // First use, a failed batch, or another process committed since: rebuild from the store.
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        _state = await _rehydrator.LoadAsync(session, ct).ConfigureAwait(false);
        Timings.Add("rehydrate", started);
        return _state;
    }

    /// <summary>The counters after this batch, the new vocabulary terms, and every few batches a checkpoint of
    /// the document frequencies, all into <paramref name="commit"/>.</summary>
    private EngineCounters NextCounters(WriterState state, List<Article> ordered, StoryCommit commit)
    {
        var newest = state.Counters.NewestPublished;
        foreach (var article in ordered)
        {
            if (article.Metadata.Published is { } p && (newest is null || p > newest))
            {
                newest = p;
            }
        }

        var clusterer = state.Clusterer;
        var lastSeq = state.Counters.ArticleSeq + ordered.Count;
        var sinceCheckpoint = state.Counters.BatchesSinceCheckpoint + 1;
        if (sinceCheckpoint >= Options.CheckpointEvery)
        {
            commit.State[FrequencyCheckpoint.Key] = new FrequencyCheckpoint(lastSeq, clusterer.DocumentCount, [.. clusterer.DocumentFrequencies]).ToBytes();
            sinceCheckpoint = 0;
        }

        commit.FirstNewTermId = state.TermsPersisted;
        for (var id = state.TermsPersisted; id < clusterer.TermCount; id++)
        {
            commit.NewTerms.Add(clusterer.TermAt(id));
        }

        var counters = state.Counters with
        {
            ArticleSeq = lastSeq,
            ClusterSequence = clusterer.Sequence,
            NextStoryNumber = clusterer.NextStoryNumber,
            Generation = state.Counters.Generation + 1,
            NewestPublished = newest,
            BatchesSinceCheckpoint = sinceCheckpoint,
        };
        commit.State[EngineCounters.Key] = counters.ToBytes();
        return counters;
    }
}

using System.Text;
using System.Text.Json;
using Triangulate.Core.Living;
using Triangulate.Core.Model;
using Triangulate.Stories.Lineage;

namespace Triangulate.Engine.Living;

/// <summary>
/// Puts a batch's articles into lineages through the in-memory window of the lineage index; an exact copy of an
/// article that left the window is found by its content hash in the store. The window is evicted by publication
/// date and compacted, so memory follows the window, not the corpus.
/// </summary>
internal sealed class LineageAssigner(LivingContext context)
{
    /// <summary>Assigns lineages in publication order (undated last), records them in <paramref name="commit"/>,
    /// and returns article id → lineage id.</summary>
    public async Task<Dictionary<string, string>> AssignAsync(WriterState state, IReadOnlyList<Article> batch, IReadOnlyDictionary<string, long> seqOf,
        IStoryWriteSession session, StoryCommit commit, CancellationToken ct)
    {
        var ordered = PublicationOrder.UndatedLast(batch);
        if (LearnOutlets(state, ordered))
        {
            state.Detector = new CreditDetector(state.OutletNames);
            commit.State[Rehydrator.OutletsKey] = Encoding.UTF8.GetBytes(string.Join('\n', state.OutletNames.Order(StringComparer.Ordinal)));
        }

        var credits = new IReadOnlyList<CreditMention>[ordered.Count];
        var fingerprints = new ArticleFingerprint[ordered.Count];
        Parallel.For(0, ordered.Count, new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = context.Pipeline.Options.Parallelism }, i =>
        {
            var article = ordered[i];
            credits[i] = state.Detector.Detect(article);
            fingerprints[i] = ArticleFingerprint.Create(article.Id, article.Text, credits[i], article.Metadata.Published, context.LineageOptions, article.Metadata.Title);
        });

        var unknown = fingerprints.Where(f => !state.Lineage.KnowsContent(f.ContentHash)).Select(f => unchecked((long)f.ContentHash)).Distinct().ToList();
        var stored = unknown.Count == 0 ? new Dictionary<long, string>() : await session.FindContentAsync(unknown, ct).ConfigureAwait(false);
        var lineageOf = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < ordered.Count; i++)
        {
            var fingerprint = fingerprints[i];
            var hash = unchecked((long)fingerprint.ContentHash);
            string lineage;
            if (!state.Lineage.KnowsContent(fingerprint.ContentHash) && stored.TryGetValue(hash, out var known))
            {
                state.Lineage.Restore(fingerprint, known);
                lineage = known;
            }
            else
            {
                lineage = state.Lineage.Add(fingerprint).LineageId;
            }

            lineageOf[fingerprint.Id] = lineage;
            commit.Lineage.Add(new LineageRecord(fingerprint.Id, lineage, hash, ordered[i].Metadata.Published, JsonSerializer.Serialize(credits[i]), seqOf[fingerprint.Id]));
        }

        return lineageOf;
    }

    /// <summary>Drops alignment data older than the window and compacts the index when evicted entries dominate.</summary>
    public void Evict(WriterState state)
    {
        if (state.Counters.NewestPublished is not { } newest)
        {
            return;
        }

        state.Lineage.Evict(newest - context.LineageOptions.MaxPublicationGap);
        if (state.Lineage.Count > 1_000 && state.Lineage.Count > 2 * state.Lineage.Retained)
        {
            state.Lineage = state.Lineage.Compact();
        }
    }

    // Outlets and unambiguously credited names widen what free phrasings ("X reported") accept, as in the batch stage.
    private bool LearnOutlets(WriterState state, IReadOnlyList<Article> articles)
    {
        // The credit patterns are regular expressions over whole texts: run them on every core.
        var names = new List<string>[articles.Count];
        Parallel.For(0, articles.Count, new ParallelOptions { MaxDegreeOfParallelism = context.Pipeline.Options.Parallelism },
            i => names[i] = [.. CreditDetector.UnambiguousNames(articles[i])]);
        var before = state.OutletNames.Count;
        for (var i = 0; i < articles.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(articles[i].Metadata.Outlet))
            {
                state.OutletNames.Add(articles[i].Metadata.Outlet!);
            }

            state.OutletNames.UnionWith(names[i]);
        }

        return state.OutletNames.Count != before;
    }
}

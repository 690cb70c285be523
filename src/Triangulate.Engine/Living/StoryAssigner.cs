using Triangulate.Core.Living;
using Triangulate.Core.Model;
using Triangulate.Stories.Clustering;

namespace Triangulate.Engine.Living;

/// <summary>
/// Puts a batch's articles into stories through the clusterer's live window. Cold stories an article may belong
/// to are found first through the store's candidate index and brought back as revivable. The clusterer's
/// decisions then become the commit: membership, stable ids (born, merged, split), story rows and events.
/// </summary>
internal sealed class StoryAssigner(LivingContext context)
{
    public async Task AssignAsync(WriterState state, IReadOnlyList<Article> ordered, IReadOnlyDictionary<string, long> seqOf,
        IStoryWriteSession session, StoryCommit commit, CancellationToken ct)
    {
        var inputs = ordered.Select(ClusterInput.FromArticle).ToList();
        await ReviveCandidatesAsync(state, inputs, session, ct).ConfigureAwait(false);
        state.Clusterer.AddBatch(inputs);
        var decisions = state.Clusterer.DrainDecisions();
        var changes = new DecisionChanges(state, seqOf, commit.At);
        changes.Read(decisions);
        await changes.NameNewStoriesAsync(session, ct).ConfigureAwait(false);
        changes.Write(commit, ordered);
    }

    /// <summary>Query terms per article for the store-side candidate lookup (its heaviest).</summary>
    private const int ColdQueryTerms = 10;

    /// <summary>Cold stories looked up per article.</summary>
    private const int ColdPerArticle = 3;

    /// <summary>
    /// Each article that no live story would take (below the join threshold) asks the store for the few cold stories
    /// sharing its heaviest terms; they join the clusterer as retired, so the article can revive one. Each lookup
    /// reads at most <see cref="LivingOptions.PostingsPerTerm"/> postings per term, and a batch brings back at most
    /// <see cref="LivingOptions.ColdCandidates"/> stories, so the cost per batch is bounded.
    /// </summary>
    private async Task ReviveCandidatesAsync(WriterState state, List<ClusterInput> inputs, IStoryWriteSession session, CancellationToken ct)
    {
        var held = new HashSet<string>(state.IdOf.Values, StringComparer.Ordinal);
        var cold = new List<string>();
        foreach (var input in inputs)
        {
            var terms = state.Clusterer.ColdQueryTerms(input);
            if (terms.Count == 0 || cold.Count >= context.Options.ColdCandidates)
            {
                continue;
            }

            var query = terms.Take(ColdQueryTerms).ToList();
            foreach (var id in await session.FindStoryCandidatesAsync(query, context.Options.PostingsPerTerm, ColdPerArticle, ct).ConfigureAwait(false))
            {
                if (held.Add(id))
                {
                    cold.Add(id);
                }
            }
        }

        if (cold.Count == 0)
        {
            return;
        }

        foreach (var row in await session.GetStoryStatesAsync(cold, ct).ConfigureAwait(false))
        {
            if (row.State.Length == 0 || state.Clusterer.Holds(row.Number))
            {
                continue;
            }

            var ids = await session.StoryArticleIdsAsync(row.Id, int.MaxValue, ct).ConfigureAwait(false);
            state.Clusterer.Import(StorySnapshotCodec.Decode(row.State), ids, live: false);
            state.IdOf[row.Number] = row.Id;
            state.BornSeqOf[row.Number] = row.BornSeq;
        }
    }
}

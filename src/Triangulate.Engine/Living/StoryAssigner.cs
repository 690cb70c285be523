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

    /// <summary>
    /// The batch's heaviest query terms (articles with no live story above the join threshold only) select a few
    /// cold stories from the store; they join the clusterer as retired, so an article can revive one. One bounded
    /// query per batch: each term reads at most <see cref="LivingOptions.PostingsPerTerm"/> postings.
    /// </summary>
    private async Task ReviveCandidatesAsync(WriterState state, List<ClusterInput> inputs, IStoryWriteSession session, CancellationToken ct)
    {
        var weights = new Dictionary<int, float>();
        foreach (var input in inputs)
        {
            foreach (var t in state.Clusterer.ColdQueryTerms(input))
            {
                weights[t.Term] = weights.GetValueOrDefault(t.Term) + t.Weight;
            }
        }

        if (weights.Count == 0)
        {
            return;
        }

        var query = weights.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Take(context.ClustererOptions.QueryTerms)
            .Select(kv => new TermWeight(kv.Key, kv.Value)).ToList();
        var candidates = await session.FindStoryCandidatesAsync(query, context.Options.PostingsPerTerm, context.Options.ColdCandidates, ct).ConfigureAwait(false);
        var held = new HashSet<string>(state.IdOf.Values, StringComparer.Ordinal);
        var cold = candidates.Where(id => !held.Contains(id)).ToList();
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

using Triangulate.Core.Living;
using Triangulate.Stories.Clustering;

namespace Triangulate.Engine.Living;

// Settling: once a run's articles are all in, the recent ones get one more refinement pass with everything seen.
public sealed partial class StoryEngine
{
    /// <summary>
    /// Moves each of the most recent articles still in the live window (up to <see cref="LivingOptions.SettleWindow"/>)
    /// to the story it now fits better, if any, and commits the moves. A batch refines its own articles; this lets
    /// the articles of earlier batches be judged again with the vocabulary and stories of the later ones, which is
    /// what brings a stream close to one batch run. Returns the number of moves.
    /// </summary>
    public async Task<int> SettleAsync(CancellationToken cancellationToken = default)
    {
        if (!HasStories)
        {
            return 0;
        }

        var (moves, events) = await ChangeAsync(async session =>
        {
            var state = await CurrentStateAsync(session, cancellationToken).ConfigureAwait(false);
            var recent = (await session.MembersAfterAsync(Math.Max(0, state.Counters.ArticleSeq - Options.SettleWindow), Options.SettleWindow, cancellationToken).ConfigureAwait(false))
                .Select(m => m.ArticleId).Where(id => state.Clusterer.StoryNumberOf(id) is { } n && state.Clusterer.IsLive(n)).ToList();
            var articles = await _context.LoadAnnotatedAsync(session, recent, cancellationToken, layers: ClusterInput.ReadLayers).ConfigureAwait(false);
            var reweighed = state.Clusterer.Reweigh([.. recent.Where(articles.ContainsKey).Select(id => ClusterInput.FromArticle(articles[id]))]);
            var moved = state.Clusterer.Settle(recent);
            var decisions = state.Clusterer.DrainDecisions();
            if (decisions.Count == 0 && reweighed.Count == 0)
            {
                return (0, (IReadOnlyList<StoryEventRecord>)[]);
            }

            var commit = new StoryCommit { At = _context.Clock.GetUtcNow() };
            var changes = new DecisionChanges(state, new Dictionary<string, long>(), commit.At);
            changes.Touch(reweighed);
            changes.Read(decisions);
            await changes.NameNewStoriesAsync(session, cancellationToken).ConfigureAwait(false);
            changes.Write(commit, []);
            var counters = state.Counters with { ClusterSequence = state.Clusterer.Sequence, NextStoryNumber = state.Clusterer.NextStoryNumber, Generation = state.Counters.Generation + 1 };
            commit.State[EngineCounters.Key] = counters.ToBytes();
            await session.CommitAsync(commit, cancellationToken).ConfigureAwait(false);
            state.Counters = counters;
            foreach (var number in state.Clusterer.ForgetRetired())
            {
                state.Forget(number);
            }

            return (moved, (IReadOnlyList<StoryEventRecord>)commit.Events);
        }, cancellationToken).ConfigureAwait(false);
        Notify(events);
        return moves;
    }
}

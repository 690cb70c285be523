using Triangulate.Core.Living;
using Triangulate.Core.Model;

namespace Triangulate.Engine.Living;

// reprocess, continued: stories for articles stored without one, and stale sections marked pending.
public sealed partial class StoryEngine
{
    private async Task<int> AssignUnassignedAsync(int batchSize, CancellationToken ct)
    {
        // Collect (id, date) first, then assign in publication order, as a stream would have arrived.
        var pending = await InSessionAsync(async session =>
        {
            var found = new List<(string Id, DateTimeOffset? Published)>();
            var after = "";
            while (await session.UnassignedArticlesAsync(after, 1_000, ct).ConfigureAwait(false) is { Count: > 0 } ids)
            {
                found.AddRange((await session.GetArticlesAsync(ids, ct).ConfigureAwait(false)).Select(a => (a.Id, a.Metadata.Published)));
                after = ids[^1];
            }

            return found;
        }, ct).ConfigureAwait(false);

        pending.Sort(static (a, b) => (a.Published ?? DateTimeOffset.MaxValue).CompareTo(b.Published ?? DateTimeOffset.MaxValue) is var c && c != 0 ? c : string.CompareOrdinal(a.Id, b.Id));
        var assigned = 0;
        foreach (var chunk in pending.Chunk(batchSize))
        {
            assigned += await ChangeAsync(async session =>
            {
                var articles = await _context.LoadAnnotatedAsync(session, chunk.Select(c => c.Id).ToList(), ct).ConfigureAwait(false);
                return (await ApplyInSessionAsync(session, [.. articles.Values], ct, assignStored: true).ConfigureAwait(false)).Added;
            }, ct).ConfigureAwait(false);

            await RecomputeAsync(all: false, cancellationToken: ct).ConfigureAwait(false);
        }

        return assigned;
    }

    private Task<int> MarkStaleSectionsAsync(CancellationToken ct) => InSessionAsync(async session =>
    {
        var stale = await session.StaleSectionsAsync(Versions.Sections, int.MaxValue, ct).ConfigureAwait(false);
        if (stale.Count > 0)
        {
            var commit = new StoryCommit { At = _context.Clock.GetUtcNow() };
            commit.Dirty.AddRange(stale);
            await session.CommitAsync(commit, ct).ConfigureAwait(false);
        }

        return stale.Count;
    }, ct);
}

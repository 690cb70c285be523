using Triangulate.Core.Living;
using Triangulate.Core.Model;

namespace Triangulate.Engine.Living;

// reprocess, continued: stories for articles stored without one, and stale sections marked pending.
public sealed partial class StoryEngine
{
    private async Task<int> AssignUnassignedAsync(int batchSize, CancellationToken ct)
    {
        // Collect (id, date) first, then assign in publication order, as a stream would have arrived.
        var pending = new List<(string Id, DateTimeOffset? Published)>();
        await _writer.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var session = await Store.BeginWriteAsync(ct).ConfigureAwait(false);
            await using (session.ConfigureAwait(false))
            {
                var after = "";
                while (await session.UnassignedArticlesAsync(after, 1_000, ct).ConfigureAwait(false) is { Count: > 0 } ids)
                {
                    pending.AddRange((await session.GetArticlesAsync(ids, ct).ConfigureAwait(false)).Select(a => (a.Id, a.Metadata.Published)));
                    after = ids[^1];
                }
            }
        }
        finally
        {
            _writer.Release();
        }

        pending.Sort(static (a, b) => (a.Published ?? DateTimeOffset.MaxValue).CompareTo(b.Published ?? DateTimeOffset.MaxValue) is var c && c != 0 ? c : string.CompareOrdinal(a.Id, b.Id));
        var assigned = 0;
        foreach (var chunk in pending.Chunk(batchSize))
        {
            await _writer.WaitAsync(ct).ConfigureAwait(false);
            try
            {
                var session = await Store.BeginWriteAsync(ct).ConfigureAwait(false);
                await using (session.ConfigureAwait(false))
                {
                    var committed = false;
                    try
                    {
                        var articles = await _context.LoadAnnotatedAsync(session, chunk.Select(c => c.Id).ToList(), ct).ConfigureAwait(false);
                        assigned += (await ApplyInSessionAsync(session, [.. articles.Values], ct, assignStored: true).ConfigureAwait(false)).Added;
                        committed = true;
                    }
                    finally
                    {
                        if (!committed)
                        {
                            _state = null;
                        }
                    }
                }
            }
            finally
            {
                _writer.Release();
            }

            await RecomputeAsync(all: false, cancellationToken: ct).ConfigureAwait(false);
        }

        return assigned;
    }

    private async Task<int> MarkStaleSectionsAsync(CancellationToken ct)
    {
        await _writer.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var session = await Store.BeginWriteAsync(ct).ConfigureAwait(false);
            await using (session.ConfigureAwait(false))
            {
                var stale = await session.StaleSectionsAsync(Versions.Sections, int.MaxValue, ct).ConfigureAwait(false);
                if (stale.Count > 0)
                {
                    var commit = new StoryCommit { At = _context.Clock.GetUtcNow() };
                    commit.Dirty.AddRange(stale);
                    await session.CommitAsync(commit, ct).ConfigureAwait(false);
                }

                return stale.Count;
            }
        }
        finally
        {
            _writer.Release();
        }
    }
}

using Triangulate.Core.Living;
using Triangulate.Core.Model;

namespace Triangulate.Engine.Living;

// verify and reprocess: whole-store checks and migrations, each step committed on its own so a stopped run resumes.
public sealed partial class StoryEngine
{
    /// <summary>
    /// Checks the store's invariants and recomputes the sections of up to <paramref name="sample"/> stories
    /// (spread over the id range; all when <paramref name="sample"/> is 0) from their stored annotations,
    /// comparing them with the stored ones. Stories waiting for a recompute are pending work, not failures.
    /// </summary>
    public async Task<VerifyReport> VerifyAsync(int sample, IProgressSink progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var health = await Store.CheckAsync(cancellationToken).ConfigureAwait(false);
        var report = new VerifyReport { Health = health, AnnotationVersion = Versions.Annotations, SectionVersion = Versions.Sections };
        // A write session only for its consistent reads and the lock: nothing is committed.
        return await InSessionAsync(async session =>
        {
            report.StaleAnnotations = (await session.StaleAnnotationsAsync(Versions.Annotations, "", 1, cancellationToken).ConfigureAwait(false)).Count > 0;
            var stale = await session.StaleSectionsAsync(Versions.Sections, int.MaxValue, cancellationToken).ConfigureAwait(false);
            var pending = (await session.DirtyStoriesAsync(int.MaxValue, cancellationToken).ConfigureAwait(false)).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
            report.StaleSections = stale.Count(id => !pending.Contains(id));
            var candidates = (await Store.ListStoriesAsync(new StoryListQuery { Sort = "oldest", Limit = int.MaxValue }, cancellationToken).ConfigureAwait(false)).Items
                .Where(s => !s.Pending).Select(s => s.Id).Order(StringComparer.Ordinal).ToList();
            var step = sample <= 0 || candidates.Count <= sample ? 1 : candidates.Count / (double)sample;
            var knowledge = HasStories ? (await CurrentStateAsync(session, cancellationToken).ConfigureAwait(false)).Knowledge : new CorpusKnowledge();
            for (var i = 0.0; i < candidates.Count; i += step)
            {
                await CheckSectionsAsync(session, candidates[(int)i], knowledge, report, cancellationToken).ConfigureAwait(false);
                progress.Advance(1, 0);
            }

            return report;
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task CheckSectionsAsync(IStoryWriteSession session, string id, CorpusKnowledge knowledge, VerifyReport report, CancellationToken ct)
    {
        var stored = await session.GetSectionsAsync(id, ct).ConfigureAwait(false);
        var row = (await session.GetStoryStatesAsync([id], ct).ConfigureAwait(false)).FirstOrDefault();
        if (stored is null || row is null || stored.Version != Versions.Sections)
        {
            return;
        }

        report.SectionsChecked++;
        var (_, json) = await _sections.ComputeAsync(session, row, knowledge, stored.Knowledge, ct).ConfigureAwait(false);
        if (!string.Equals(json, stored.Json, StringComparison.Ordinal))
        {
            report.SectionMismatches.Add(id);
        }
    }

    /// <summary>
    /// Brings the store to this build's pipeline: re-annotates articles whose annotations are missing or of
    /// another version, gives stories to articles stored without one (the extract-only path), then recomputes
    /// every story whose sections are of another version. Each batch commits, so a stopped run resumes.
    /// </summary>
    public async Task<ReprocessOutcome> ReprocessAsync(IProgressSink progress, int batchSize = 256, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var outcome = new ReprocessOutcome();
        outcome.Reannotated = await ReannotateAsync(progress, batchSize, cancellationToken).ConfigureAwait(false);
        if (!HasStories)
        {
            return outcome;
        }

        outcome.Assigned = await AssignUnassignedAsync(batchSize, cancellationToken).ConfigureAwait(false);
        outcome.Stale = await MarkStaleSectionsAsync(cancellationToken).ConfigureAwait(false);
        outcome.Recomputed = (await RecomputeAsync(all: true, cancellationToken: cancellationToken).ConfigureAwait(false)).Recomputed;
        return outcome;
    }

    private async Task<int> ReannotateAsync(IProgressSink progress, int batchSize, CancellationToken ct)
    {
        var done = 0;
        var after = "";
        while (true)
        {
            var annotated = await InSessionAsync(async session =>
            {
                var ids = await session.StaleAnnotationsAsync(Versions.Annotations, after, batchSize, ct).ConfigureAwait(false);
                if (ids.Count == 0)
                {
                    return (int?)null;
                }

                var articles = await session.GetArticlesAsync(ids, ct).ConfigureAwait(false);
                var commit = new StoryCommit { At = _context.Clock.GetUtcNow() };
                var records = new AnnotationRecord[articles.Count];
                Parallel.For(0, articles.Count, new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = _context.Pipeline.Options.Parallelism }, i =>
                {
                    _context.Annotator.Annotate(articles[i], ct);
                    records[i] = new AnnotationRecord(articles[i].Id, Versions.Annotations, _context.Codec.Encode(articles[i]));
                });
                commit.Annotations.AddRange(records);
                await session.CommitAsync(commit, ct).ConfigureAwait(false);
                progress.Advance(articles.Count, articles.Sum(a => (long)a.Text.Length));
                after = ids[^1];
                return articles.Count;
            }, ct).ConfigureAwait(false);
            if (annotated is not { } count)
            {
                return done;
            }

            done += count;
        }
    }
}

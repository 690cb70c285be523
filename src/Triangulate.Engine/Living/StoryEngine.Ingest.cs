using System.Diagnostics;
using System.Threading.Channels;
using Triangulate.Core.Diagnostics;
using Triangulate.Core.Ingest;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;

namespace Triangulate.Engine.Living;

// Streaming ingest: per-article stages on all cores, batches in input order to the single writer beside them.
public sealed partial class StoryEngine
{
    /// <summary>
    /// Reads, annotates and applies <paramref name="items"/> in batches of <paramref name="batchSize"/> (input
    /// order, so the same inputs always make the same batches). Between batches the due sections are
    /// recomputed; at the end (<paramref name="flush"/>) every pending story is, and quiet stories get their event.
    /// <paramref name="keepIds"/> false keeps neither the run's article ids nor the in-run duplicate check (a long
    /// stream: repeats are still skipped by the store), so memory does not grow with the stream.
    /// </summary>
    public async Task<IngestOutcome> IngestAsync(IAsyncEnumerable<IngestItem> items, IProgressSink progress, int batchSize = 256, bool flush = true, CancellationToken cancellationToken = default, bool keepIds = true)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var outcome = new IngestOutcome();
        var watch = Stopwatch.StartNew();
        var batches = Channel.CreateBounded<List<Article>>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        // A writer that fails stops the reading side too: otherwise the reader waits forever on the full batch channel
        // (seen: a regex timeout in the writer under heavy load left `ingest` hanging with no CPU, never reporting it).
        using var writerFailed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var writer = Task.Run(async () =>
        {
            try
            {
                await WriteAllAsync(batches.Reader, outcome, keepIds, cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                await writerFailed.CancelAsync().ConfigureAwait(false);
                throw;
            }
        }, cancellationToken);
        try
        {
            await ReadAllAsync(items, progress, batchSize, batches.Writer, outcome, keepIds, writerFailed.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (writerFailed.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // The writer failed; awaiting it below throws its exception.
        }
        finally
        {
            batches.Writer.TryComplete();
        }

        await writer.ConfigureAwait(false);
        if (flush && HasStories)
        {
            // The flush is the story-level work after the articles (the batch flow's corpus stages): the progress
            // display moves on through its three steps instead of sitting at the end of the article phase.
            var flushWatch = Stopwatch.StartNew();
            var settleStarted = Stopwatch.GetTimestamp();
            progress.CorpusStage(0, 3, "settling stories");
            await SettleAsync(cancellationToken).ConfigureAwait(false);
            Timings.Add("settle", settleStarted);
            progress.CorpusStage(1, 3, "story sections");
            var done = await RecomputeAsync(all: true, cancellationToken: cancellationToken).ConfigureAwait(false);
            outcome.SectionsRecomputed += done.Recomputed;
            progress.CorpusStage(2, 3, "quiet stories");
            outcome.Events += done.Events.Count + await MarkQuietAsync(cancellationToken).ConfigureAwait(false);
            progress.CorpusStage(3, 3, null);
            outcome.FlushElapsed = flushWatch.Elapsed;
        }

        outcome.Elapsed = watch.Elapsed;
        return outcome;
    }

    private async Task ReadAllAsync(IAsyncEnumerable<IngestItem> items, IProgressSink progress, int batchSize, ChannelWriter<List<Article>> batches, IngestOutcome outcome, bool keepIds, CancellationToken ct)
    {
        // Results arrive as workers finish; a small reorder buffer releases them in input order.
        var waiting = new Dictionary<long, ArticleResult>();
        long next = 0;
        var batch = new List<Article>(batchSize);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var result in Runner.ProcessAsync(items, ct).ConfigureAwait(false))
        {
            waiting[result.Sequence] = result;
            while (waiting.Remove(next, out var ready))
            {
                next++;
                outcome.Items++;
                outcome.Diagnostics.AddRange(ready.Diagnostics);
                if (ready.Article is { } article)
                {
                    outcome.InputChars += article.Text.Length;
                    if (keepIds && !seen.Add(article.Id))
                    {
                        outcome.Diagnostics.Add(Diagnostic.Info(ready.Input, ErrorCodes.DuplicateInput, $"same article as an earlier input ({article.Id}); counted once."));
                    }
                    else
                    {
                        if (keepIds)
                        {
                            outcome.ArticleIds.Add(article.Id);
                        }

                        batch.Add(article);
                        if (batch.Count >= batchSize)
                        {
                            await batches.WriteAsync(batch, ct).ConfigureAwait(false);
                            batch = new List<Article>(batchSize);
                        }
                    }
                }

                progress.Advance(ready.Article is null ? 0 : 1, ready.Article?.Text.Length ?? 0);
            }
        }

        if (batch.Count > 0)
        {
            await batches.WriteAsync(batch, ct).ConfigureAwait(false);
        }
    }

    private async Task WriteAllAsync(ChannelReader<List<Article>> batches, IngestOutcome outcome, bool keepIds, CancellationToken ct)
    {
        await foreach (var batch in batches.ReadAllAsync(ct).ConfigureAwait(false))
        {
            var watch = Stopwatch.StartNew();
            var applied = await ApplyAsync(batch, ct).ConfigureAwait(false);
            outcome.Added += applied.Added;
            outcome.AlreadyStored += applied.AlreadyStored;
            outcome.Events += applied.Events;
            if (keepIds)
            {
                outcome.TouchedStories.UnionWith(applied.TouchedStories);
            }

            outcome.Batches++;
            if (HasStories && applied.Added > 0)
            {
                var due = await RecomputeAsync(all: false, cancellationToken: ct).ConfigureAwait(false);
                outcome.SectionsRecomputed += due.Recomputed;
                outcome.Events += due.Events.Count;
            }

            outcome.BatchTimes.Add(watch.Elapsed);
            BatchApplied?.Invoke(applied, watch.Elapsed);
        }
    }
}

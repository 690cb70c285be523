using System.Diagnostics;
using System.Threading.Channels;
using Triangulate.Core.Diagnostics;
using Triangulate.Core.Ingest;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;
using Triangulate.Core.Storage;

namespace Triangulate.Engine;

/// <summary>
/// The batch flow: read inputs, run the per-article pipeline on all cores, store new articles in batches (text
/// and metadata only), then run the corpus stages over the run's articles. <c>ingest --stages extract</c> and
/// <c>bench --stages full</c> use it; the living store's flow is <see cref="Living.StoryEngine"/>.
/// </summary>
public sealed class Analyzer(PipelineRunner runner, IArticleStore? store)
{
    /// <summary>Articles stored per transaction: large enough to amortise the commit, small enough to bound memory.</summary>
    private const int StoreBatchSize = 512;

    public async Task<AnalysisResult> RunAsync(IAsyncEnumerable<IngestItem> items, IProgressSink progress, bool runCorpus, CancellationToken cancellationToken)
    {
        var result = new AnalysisResult();
        // Without corpus stages nothing needs the articles after they are stored, so only their ids and diagnostics
        // are kept: ingest of a 1 GB JSON Lines file stays at flat memory.
        var collected = new List<Collected>();
        var batch = new List<Article>(StoreBatchSize);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var watch = Stopwatch.StartNew();

        // Storing runs beside the pipeline, one batch behind it, so extraction does not wait for SQLite commits.
        var pending = Channel.CreateBounded<List<Article>>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        var writer = Task.Run(() => StoreAllAsync(pending.Reader, result, cancellationToken), cancellationToken);
        try
        {
            await foreach (var item in runner.ProcessAsync(items, cancellationToken).ConfigureAwait(false))
            {
                result.Items++;
                collected.Add(new Collected(item.Sequence, item.Diagnostics, item.Article?.Id, runCorpus ? item.Article : null));
                if (item.Article is { } article)
                {
                    result.InputChars += article.Text.Length;
                    if (!seen.Add(article.Id))
                    {
                        result.Diagnostics.Add(Diagnostic.Info(item.Input, ErrorCodes.DuplicateInput, $"same article as an earlier input ({article.Id}); counted once."));
                    }
                    else
                    {
                        batch.Add(article);
                        if (batch.Count >= StoreBatchSize)
                        {
                            await pending.Writer.WriteAsync(batch, cancellationToken).ConfigureAwait(false);
                            batch = new List<Article>(StoreBatchSize);
                        }
                    }
                }

                progress.Advance(item.Article is null ? 0 : 1, item.Article?.Text.Length ?? 0);
            }

            if (batch.Count > 0)
            {
                await pending.Writer.WriteAsync(batch, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            pending.Writer.TryComplete();
        }

        // A store failure surfaces here, after the pipeline has drained, as the StoreException it was.
        await writer.ConfigureAwait(false);
        result.ArticleStagesElapsed = watch.Elapsed;

        collected.Sort(static (a, b) => a.Sequence.CompareTo(b.Sequence));
        var kept = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in collected)
        {
            result.Diagnostics.AddRange(item.Diagnostics);
            if (item.ArticleId is { } id && kept.Add(id))
            {
                result.ArticleIds.Add(id);
                if (item.Article is { } article)
                {
                    result.Articles.Add(article);
                }
            }
        }

        if (runCorpus)
        {
            watch.Restart();
            var context = new CorpusContext(PublicationOrder.UndatedLast(result.Articles));
            runner.RunCorpus(context, cancellationToken, progress.CorpusStage);
            result.Diagnostics.AddRange(context.Diagnostics);
            result.Corpus = context;
            result.CorpusStagesElapsed = watch.Elapsed;
        }

        return result;
    }

    private async Task StoreAllAsync(ChannelReader<List<Article>> batches, AnalysisResult result, CancellationToken cancellationToken)
    {
        await foreach (var batch in batches.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            if (store is null)
            {
                continue;
            }

            var outcomes = await store.AddAsync(batch, cancellationToken).ConfigureAwait(false);
            foreach (var outcome in outcomes)
            {
                if (outcome.Added)
                {
                    result.Added++;
                }
                else
                {
                    result.AlreadyStored++;
                }
            }
        }
    }

    /// <summary>What the run keeps of one item until the end: its place, diagnostics, article id, and the article itself
    /// only when corpus stages will need it.</summary>
    private readonly record struct Collected(long Sequence, IReadOnlyList<Diagnostic> Diagnostics, string? ArticleId, Article? Article);
}

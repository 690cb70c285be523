using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Triangulate.Core.Diagnostics;
using Triangulate.Core.Ingest;
using Triangulate.Core.Model;

namespace Triangulate.Core.Pipeline;

/// <summary>
/// Streams ingested items through extraction and the per-article stages on all cores, then runs the
/// corpus stages. A failure or time-out in one stage on one article is recorded on that article (and as a
/// diagnostic) and never stops the batch.
/// </summary>
public sealed class PipelineRunner(Pipeline pipeline)
{
    public Pipeline Pipeline { get; } = pipeline;

    /// <summary>Per-stage time over this runner's life (ingest --timings, the silos' shutdown line).</summary>
    public StageTimings Timings { get; } = new();

    /// <summary>
    /// Processes items as they arrive. Results are yielded as they complete (not in input order);
    /// use <see cref="ArticleResult.Sequence"/> to restore the order.
    /// </summary>
    public async IAsyncEnumerable<ArticleResult> ProcessAsync(IAsyncEnumerable<IngestItem> items, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var output = Channel.CreateBounded<ArticleResult>(new BoundedChannelOptions(Math.Max(64, Pipeline.Options.Parallelism * 16)) { SingleReader = true });
        var producer = Task.Run(async () =>
        {
            try
            {
                long sequence = 0;
                var numbered = Number(items, () => sequence++, cancellationToken);
                await Parallel.ForEachAsync(numbered, new ParallelOptions { MaxDegreeOfParallelism = Pipeline.Options.Parallelism, CancellationToken = cancellationToken },
                    async (pair, ct) => await output.Writer.WriteAsync(ProcessOne(pair.Sequence, pair.Item, ct), ct).ConfigureAwait(false)).ConfigureAwait(false);
                output.Writer.Complete();
            }
            catch (Exception ex)
            {
                output.Writer.Complete(ex);
            }
        }, cancellationToken);

        await foreach (var result in output.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return result;
        }

        await producer.ConfigureAwait(false);
    }

    /// <summary>Extracts and annotates one item synchronously on the calling thread.</summary>
    public ArticleResult ProcessOne(long sequence, IngestItem item, CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<Diagnostic>(item.Diagnostics);
        var input = item.Document?.Input ?? item.Diagnostics.FirstOrDefault()?.Input ?? "?";
        if (item.Document is null)
        {
            return new ArticleResult(sequence, input, null, diagnostics);
        }

        Article? article;
        var watch = Stopwatch.StartNew();
        try
        {
            var extraction = Pipeline.Extractor.Extract(item.Document, cancellationToken);
            diagnostics.AddRange(extraction.Diagnostics);
            article = extraction.Article;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            diagnostics.Add(Diagnostic.Error(input, ErrorCodes.StageFailed, $"extraction ({Pipeline.Extractor.Name}) failed: {ex.Message}"));
            return new ArticleResult(sequence, input, null, diagnostics);
        }

        if (article is null)
        {
            return new ArticleResult(sequence, input, null, diagnostics);
        }

        article.Outcomes.Add(new StageOutcome(Pipeline.Extractor.Name, Pipeline.Extractor.Version, StageStatus.Succeeded, watch.Elapsed));
        List<string>? skipped = null;
        foreach (var stage in Pipeline.ArticleStages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Pipeline.Skips(stage, article))
            {
                article.Outcomes.Add(Skip(stage, article));
                (skipped ??= []).Add(stage.Name);
                continue;
            }

            var outcome = RunStage(stage, article, cancellationToken);
            article.Outcomes.Add(outcome);
            if (outcome.Status is StageStatus.Failed or StageStatus.TimedOut)
            {
                diagnostics.Add(Diagnostic.Warning(input, outcome.Code!, outcome.Message!));
            }
        }

        if (skipped is not null)
        {
            diagnostics.Add(Diagnostic.Info(input, ErrorCodes.LanguageNotSupported,
                $"the text is in '{article.Metadata.Language}', not English: skipped {string.Join(", ", skipped)} (they read English only)"));
        }

        Timings.Add(article.Outcomes);
        return new ArticleResult(sequence, input, article, diagnostics);
    }

    /// <summary>The outcome of a stage kept off an article in a language it does not read (<see cref="Pipeline.Skips"/>).</summary>
    public static StageOutcome Skip(IArticleStage stage, Article article)
    {
        ArgumentNullException.ThrowIfNull(stage);
        ArgumentNullException.ThrowIfNull(article);
        return new StageOutcome(stage.Name, stage.Version, StageStatus.Skipped, TimeSpan.Zero, ErrorCodes.LanguageNotSupported,
            $"stage '{stage.Name}' reads {string.Join(", ", ((ILanguageScoped)stage).Languages)} only; the text is in '{article.Metadata.Language}'.");
    }

    /// <summary>Runs every corpus stage in order; a failing stage is reported and the next one still runs
    /// when its requirements do not depend on the failed one. <paramref name="onStage"/> hears (stages done, stages in
    /// all, the stage starting now or null at the end), for progress displays.</summary>
    public void RunCorpus(CorpusContext context, CancellationToken cancellationToken = default, Action<int, int, string?>? onStage = null) =>
        RunCorpus(context, Pipeline.CorpusStages, cancellationToken, onStage);

    /// <summary>Runs the given corpus stages in order (a living store runs the section stages of one story at a
    /// time, having assigned lineages and stories itself), with the same budget and failure rules.</summary>
    public void RunCorpus(CorpusContext context, IReadOnlyList<ICorpusStage> stages, CancellationToken cancellationToken = default, Action<int, int, string?>? onStage = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(stages);
        var failed = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < stages.Count; i++)
        {
            var stage = stages[i];
            onStage?.Invoke(i, stages.Count, stage.Name);
            if (stage.Requires.Any(failed.Contains))
            {
                context.Diagnostics.Add(Diagnostic.Warning("(corpus)", ErrorCodes.StageFailed, $"stage '{stage.Name}' skipped: an earlier stage it needs failed."));
                failed.UnionWith(stage.Produces);
                continue;
            }

            using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            budget.CancelAfter(Pipeline.Options.CorpusStageBudget);
            try
            {
                stage.Process(context, budget.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                context.Diagnostics.Add(Diagnostic.Error("(corpus)", ErrorCodes.StageTimedOut, $"stage '{stage.Name}' ran past its budget of {Pipeline.Options.CorpusStageBudget.TotalSeconds:0} s and was stopped."));
                failed.UnionWith(stage.Produces);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                context.Diagnostics.Add(Diagnostic.Error("(corpus)", ErrorCodes.StageFailed, $"stage '{stage.Name}' failed: {ex.Message}"));
                failed.UnionWith(stage.Produces);
            }
        }

        onStage?.Invoke(stages.Count, stages.Count, null);
    }

    private StageOutcome RunStage(IArticleStage stage, Article article, CancellationToken cancellationToken)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(Pipeline.Options.StageBudget);
        var watch = Stopwatch.StartNew();
        try
        {
            stage.Process(article, budget.Token);
            return new StageOutcome(stage.Name, stage.Version, StageStatus.Succeeded, watch.Elapsed);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new StageOutcome(stage.Name, stage.Version, StageStatus.TimedOut, watch.Elapsed, ErrorCodes.StageTimedOut,
                $"stage '{stage.Name}' ran past its budget of {Pipeline.Options.StageBudget.TotalSeconds:0.#} s on this article; its layers are missing.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new StageOutcome(stage.Name, stage.Version, StageStatus.Failed, watch.Elapsed, ErrorCodes.StageFailed,
                $"stage '{stage.Name}' failed on this article: {ex.GetType().Name}: {ex.Message}");
        }
    }

    private static async IAsyncEnumerable<(long Sequence, IngestItem Item)> Number(IAsyncEnumerable<IngestItem> items, Func<long> next, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return (next(), item);
        }
    }
}

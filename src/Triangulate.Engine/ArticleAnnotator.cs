using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;

namespace Triangulate.Engine;

/// <summary>
/// Runs the per-article stages on a stored article. The store keeps text and metadata only (layers are
/// recomputed by design), so the article view and the story computation annotate on read.
/// </summary>
public sealed class ArticleAnnotator(Pipeline pipeline)
{
    public void Annotate(Article article, CancellationToken ct)
    {
        foreach (var stage in pipeline.ArticleStages)
        {
            ct.ThrowIfCancellationRequested();
            if (pipeline.Skips(stage, article))
            {
                article.Outcomes.Add(PipelineRunner.Skip(stage, article));
                continue;
            }

            using var budget = CancellationTokenSource.CreateLinkedTokenSource(ct);
            budget.CancelAfter(pipeline.Options.StageBudget);
            try
            {
                stage.Process(article, budget.Token);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                // A failing stage leaves its layer missing; the view shows what the other stages produced.
                article.Outcomes.Add(new StageOutcome(stage.Name, stage.Version, StageStatus.Failed, TimeSpan.Zero));
            }
        }
    }
}

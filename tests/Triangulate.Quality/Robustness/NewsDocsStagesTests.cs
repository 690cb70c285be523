using Triangulate.Core.Diagnostics;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;
using Triangulate.Engine;
using Triangulate.Ingest;
using Triangulate.TestKit;
using Xunit.Abstractions;

namespace Triangulate.Quality.Robustness;

/// <summary>
/// Every stage of the full pipeline runs over every newsdocs article (about 22,000 Reuters-21578 and BBC texts, read the
/// way `triangulate bench ../shared/data/newsdocs` reads them) and none throws. A stage that runs past its time budget
/// on a busy machine is reported, not failed: that is load, not a bug.
/// </summary>
public sealed class NewsDocsStagesTests(ITestOutputHelper output)
{
    [SharedDataFact("data/newsdocs")]
    public async Task FullPipeline_EveryNewsDocsArticle_NoStageThrows()
    {
        var folder = SharedData.Path("data", "newsdocs")!;
        var runner = new PipelineRunner(PipelineFactory.CreateFull());
        var articles = new List<Article>();
        var failures = new List<string>();
        var timeouts = 0;
        await foreach (var result in runner.ProcessAsync(new InputReader().ReadAsync([folder], CancellationToken.None)))
        {
            if (result.Article is not null)
            {
                articles.Add(result.Article);
            }

            failures.AddRange(result.Diagnostics.Where(d => d.Code == ErrorCodes.StageFailed).Select(d => $"{d.Input}: {d.Message}"));
            timeouts += result.Diagnostics.Count(d => d.Code == ErrorCodes.StageTimedOut);
        }

        var context = new CorpusContext(PublicationOrder.UndatedLast(articles));
        runner.RunCorpus(context);
        failures.AddRange(context.Diagnostics.Where(d => d.Code == ErrorCodes.StageFailed).Select(d => $"{d.Input}: {d.Message}"));
        timeouts += context.Diagnostics.Count(d => d.Code == ErrorCodes.StageTimedOut);

        output.WriteLine($"{articles.Count} articles, {context.Stories?.Count ?? 0} stories; {failures.Count} stage failures, {timeouts} time-outs (load)");
        Assert.True(articles.Count > 20_000, $"only {articles.Count} articles read");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }
}

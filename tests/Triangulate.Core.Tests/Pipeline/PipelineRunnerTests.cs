using Triangulate.Core.Annotations;
using Triangulate.Core.Diagnostics;
using Triangulate.Core.Ingest;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;

namespace Triangulate.Core.Tests.Pipeline;

public class PipelineRunnerTests
{
    private sealed class PassThroughExtractor : IDocumentExtractor
    {
        public string Name => "passthrough";
        public string Version => "1";

        public ExtractionResult Extract(RawDocument document, CancellationToken cancellationToken) =>
            new(new Article(ArticleId.Compute(null, document.Locator, document.Content), new ArticleSource(document.Input), new ArticleMetadata(), document.Content), []);
    }

    private sealed class LambdaStage(string name, Action<Article, CancellationToken> action, string[]? requires = null, string[]? produces = null) : IArticleStage
    {
        public string Name => name;
        public string Version => "1";
        public IReadOnlyList<string> Requires => requires ?? [];
        public IReadOnlyList<string> Produces => produces ?? [];
        public void Process(Article article, CancellationToken cancellationToken) => action(article, cancellationToken);
    }

    private sealed class LambdaCorpusStage(string name, Action<CorpusContext> action, string[]? requires = null, string[]? produces = null) : ICorpusStage
    {
        public string Name => name;
        public string Version => "1";
        public IReadOnlyList<string> Requires => requires ?? [];
        public IReadOnlyList<string> Produces => produces ?? [];
        public void Process(CorpusContext context, CancellationToken cancellationToken) => action(context);
    }

    private static readonly CorpusKey<object> Ran = new("ran");
    private static readonly CorpusKey<object> Timeline = new("timeline");

    private static IngestItem Doc(string text) => IngestItem.Of(new RawDocument($"{text}.txt", $"{text}.txt", DocumentFormat.PlainText, text, DocumentHints.None));

    private static async IAsyncEnumerable<IngestItem> Items(params IngestItem[] items)
    {
        foreach (var item in items)
        {
            await Task.Yield();
            yield return item;
        }
    }

    private static async Task<List<ArticleResult>> RunAll(PipelineRunner runner, params IngestItem[] items)
    {
        var results = new List<ArticleResult>();
        await foreach (var r in runner.ProcessAsync(Items(items)))
        {
            results.Add(r);
        }

        return results.OrderBy(r => r.Sequence).ToList();
    }

    [Fact]
    public void Create_MissingRequirement_NamesTheLayerAndStage()
    {
        var stage = new LambdaStage("quotes", (_, _) => { }, requires: ["sentences"]);
        var ex = Assert.Throws<PipelineConfigurationException>(() => Core.Pipeline.Pipeline.Create(new PassThroughExtractor(), [stage], []));
        Assert.Contains("'quotes'", ex.Message);
        Assert.Contains("'sentences'", ex.Message);
    }

    [Fact]
    public void Create_RequirementProducedEarlier_Succeeds()
    {
        var first = new LambdaStage("splitter", (_, _) => { }, produces: ["sentences"]);
        var second = new LambdaStage("quotes", (_, _) => { }, requires: ["sentences"]);
        var pipeline = Core.Pipeline.Pipeline.Create(new PassThroughExtractor(), [first, second], []);
        Assert.Contains("sentences", pipeline.Produced);
    }

    [Fact]
    public async Task ProcessAsync_OneArticleThrows_OthersStillProcessedAndFailureRecorded()
    {
        var stage = new LambdaStage("fragile", (a, _) =>
        {
            if (a.Text == "bad")
            {
                throw new InvalidOperationException("boom");
            }

            a.Annotations.Set(Layers.Sentences, [new Sentence(new TextSpan(0, a.Text.Length))]);
        }, produces: ["sentences"]);
        var runner = new PipelineRunner(Core.Pipeline.Pipeline.Create(new PassThroughExtractor(), [stage], []));

        var results = await RunAll(runner, Doc("good"), Doc("bad"), Doc("fine"));

        Assert.Equal(3, results.Count);
        Assert.All(results, r => Assert.NotNull(r.Article));
        var bad = results[1];
        Assert.Equal(StageStatus.Failed, bad.Article!.Outcomes.Last().Status);
        Assert.Contains(bad.Diagnostics, d => d.Code == ErrorCodes.StageFailed && d.Message.Contains("boom"));
        Assert.Single(results[2].Article!.Annotations.Get(Layers.Sentences));
    }

    [Fact]
    public async Task ProcessAsync_StageOverBudget_IsRecordedAsTimedOut()
    {
        var slow = new LambdaStage("slow", (_, ct) =>
        {
            while (true)
            {
                ct.ThrowIfCancellationRequested();
                Thread.Sleep(5);
            }
        });
        var options = new PipelineOptions { StageBudget = TimeSpan.FromMilliseconds(50) };
        var runner = new PipelineRunner(Core.Pipeline.Pipeline.Create(new PassThroughExtractor(), [slow], [], options));

        var results = await RunAll(runner, Doc("x"));

        Assert.Equal(StageStatus.TimedOut, results[0].Article!.Outcomes.Last().Status);
        Assert.Contains(results[0].Diagnostics, d => d.Code == ErrorCodes.StageTimedOut);
    }

    [Fact]
    public async Task ProcessAsync_ItemWithoutDocument_PassesDiagnosticThrough()
    {
        var runner = new PipelineRunner(Core.Pipeline.Pipeline.Create(new PassThroughExtractor(), [], []));
        var failed = IngestItem.Failed(Diagnostic.Error("missing.txt", ErrorCodes.InputNotFound, "not found"));

        var results = await RunAll(runner, failed, Doc("ok"));

        Assert.Null(results[0].Article);
        Assert.Equal(ErrorCodes.InputNotFound, results[0].Diagnostics.Single().Code);
        Assert.NotNull(results[1].Article);
    }

    [Fact]
    public async Task ProcessAsync_ManyItems_AllReturnedOnce()
    {
        var runner = new PipelineRunner(Core.Pipeline.Pipeline.Create(new PassThroughExtractor(), [], [], new PipelineOptions { Parallelism = 4 }));
        var items = Enumerable.Range(0, 500).Select(i => Doc($"doc{i}")).ToArray();

        var results = await RunAll(runner, items);

        Assert.Equal(Enumerable.Range(0, 500).Select(i => (long)i), results.Select(r => r.Sequence));
    }

    [Fact]
    public async Task ProcessAsync_TimesExtractionAndEveryStage_PerArticle()
    {
        var slow = new LambdaStage("slow", (_, _) => Thread.Sleep(20));
        var quick = new LambdaStage("quick", (_, _) => { });
        var runner = new PipelineRunner(Core.Pipeline.Pipeline.Create(new PassThroughExtractor(), [slow, quick], []));

        await RunAll(runner, Doc("a"), Doc("b"), Doc("c"));

        var timings = runner.Timings.Snapshot();
        Assert.Equal(["passthrough", "slow", "quick"], timings.Select(t => t.Stage));
        Assert.All(timings, t => Assert.Equal(3, t.Articles));
        Assert.True(timings[1].Elapsed >= TimeSpan.FromMilliseconds(60), $"slow stage summed {timings[1].Elapsed}");
    }

    [Fact]
    public void RunCorpus_FailingStage_ReportedAndDependentsSkipped()
    {
        var failing = new LambdaCorpusStage("lineage", _ => throw new InvalidOperationException("no"), produces: ["lineages"]);
        var dependent = new LambdaCorpusStage("claims", c => c.Set(Ran, new object()), requires: ["lineages"]);
        var independent = new LambdaCorpusStage("timeline", c => c.Set(Timeline, new object()));
        var runner = new PipelineRunner(Core.Pipeline.Pipeline.Create(new PassThroughExtractor(), [], [failing, dependent, independent]));
        var context = new CorpusContext([]);

        runner.RunCorpus(context);

        Assert.False(context.Has(Ran));
        Assert.True(context.Has(Timeline));
        Assert.Equal(2, context.Diagnostics.Count);
    }
}

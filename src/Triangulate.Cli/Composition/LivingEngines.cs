using Triangulate.Core.Living;
using Triangulate.Core.Pipeline;
using Triangulate.Core.Storage;
using Triangulate.Engine;
using Triangulate.Engine.Living;
using Triangulate.Extraction;
using Triangulate.Extraction.Html.SiteRules;

namespace Triangulate.Cli.Composition;

/// <summary>The living engine over an opened store, with the full pipeline: one place for the commands that write stories.</summary>
public static class LivingEngines
{
    public static StoryEngine Create(IArticleStore store, int? parallelism = null, SiteRuleSet? siteRules = null, ArticleExtractorOptions? extraction = null) =>
        Create(store, new PipelineOptions { Parallelism = parallelism ?? Environment.ProcessorCount }, siteRules, extraction);

    /// <summary>The engine with the given stage budgets and threads (from the layered configuration).</summary>
    public static StoryEngine Create(IArticleStore store, PipelineOptions options, SiteRuleSet? siteRules = null, ArticleExtractorOptions? extraction = null) =>
        new(Stories(store), PipelineFactory.CreateFull(options, siteRules, extraction));

    /// <summary>The store's story side; every store Triangulate opens has one.</summary>
    public static IStoryStore Stories(IArticleStore store) =>
        store as IStoryStore ?? throw new InvalidOperationException($"{store.Description} keeps no stories");
}

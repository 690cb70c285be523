using Triangulate.Core.Pipeline;
using Triangulate.Extraction;
using Triangulate.Extraction.Html;
using Triangulate.Extraction.Html.SiteRules;
using Triangulate.Nlp.Dates;
using Triangulate.Nlp.Entities;
using Triangulate.Nlp.Languages;
using Triangulate.Nlp.PartsOfSpeech;
using Triangulate.Nlp.Quantities;
using Triangulate.Nlp.Quotes;
using Triangulate.Nlp.Sentences;
using Triangulate.Nlp.Tokens;
using Triangulate.Stories.Claims;
using Triangulate.Stories.Clustering;
using Triangulate.Stories.Conflicts;
using Triangulate.Stories.Entities;
using Triangulate.Stories.Framing;
using Triangulate.Stories.Lineage;
using Triangulate.Stories.Quantities;
using Triangulate.Stories.Quotes;
using Triangulate.Stories.Relays;
using Triangulate.Stories.Summary;
using Triangulate.Stories.Timeline;

namespace Triangulate.Engine;

/// <summary>
/// Assembles the pipeline with every stage the build contains, in dependency order. New stages are
/// registered here; <see cref="Pipeline.Create"/> checks that each one's requirements are met.
/// </summary>
public static class PipelineFactory
{
    /// <summary>The full pipeline: extraction, every per-article stage, every corpus stage.</summary>
    /// <param name="siteRules">Per-site HTML rules; null means the built-in set.</param>
    /// <param name="extraction">Extraction limits (--max-text-chars); null means the defaults.</param>
    public static Pipeline CreateFull(PipelineOptions? options = null, SiteRuleSet? siteRules = null, ArticleExtractorOptions? extraction = null) =>
        Pipeline.Create(CreateExtractor(siteRules, extraction), ArticleStages(), CorpusStages(), options);

    /// <summary>Extraction only: what ingest needs to store articles.</summary>
    public static Pipeline CreateExtractionOnly(PipelineOptions? options = null, SiteRuleSet? siteRules = null, ArticleExtractorOptions? extraction = null) =>
        Pipeline.Create(CreateExtractor(siteRules, extraction), [], [], options);

    private static IDocumentExtractor CreateExtractor(SiteRuleSet? siteRules, ArticleExtractorOptions? extraction) =>
        new ArticleExtractor(new HtmlExtractor(siteRules is null ? null : new HtmlExtractorOptions { SiteRules = siteRules }), options: extraction);

    private static IEnumerable<IArticleStage> ArticleStages() =>
    [
        new LanguageStage(),
        new TokenizerStage(),
        new SentenceStage(),
        new EntityStage(),
        new QuoteStage(),
        new DateStage(),
        new PosStage(),
        new QuantityStage(),
    ];

    /// <summary>Lineage first (clustering counts independent sources from it), relays (what each article retells
    /// from other outlets, for claims), then the stories, then each
    /// story's sections. Entities come before quote families so speakers link to canonical entities.</summary>
    private static IEnumerable<ICorpusStage> CorpusStages() =>
    [
        new LineageStage(),
        new RelayStage(),
        new StoryClusteringStage(),
        new StoryDatesStage(),
        new StoryEntitiesStage(),
        new QuoteFamilyStage(),
        new StoryQuantitiesStage(),
        new TimelineStage(),
        new ClaimStage(),
        new ConflictStage(),
        new FramingStage(),
        new SummaryStage(),
        new StoryTitleStage(),
    ];
}

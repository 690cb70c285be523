using Triangulate.Core.Ingest;
using Triangulate.Core.Pipeline;
using Triangulate.Nlp.Dates;
using Triangulate.Nlp.Entities;
using Triangulate.Nlp.Quantities;
using Triangulate.Nlp.Quotes;
using Triangulate.Nlp.Sentences;
using Triangulate.Nlp.Tokens;
using Triangulate.Stories.Claims;
using Triangulate.Stories.Conflicts;
using Triangulate.Stories.Entities;
using Triangulate.Stories.Framing;
using Triangulate.Stories.Lineage;
using Triangulate.Stories.Quantities;
using Triangulate.Stories.Quotes;
using Triangulate.Stories.Relays;
using Triangulate.Stories.Summary;
using Triangulate.Stories.Timeline;

namespace Triangulate.Stories.Tests.Claims;

public class PipelineOrderTests
{
    [Fact]
    public void Create_ClaimStagesAfterEntitiesAndQuotes_RequirementsMet()
    {
        var pipeline = Pipeline.Create(new NoExtractor(), ArticleStages(), [.. Before(), new ClaimStage(), new ConflictStage(), new FramingStage(), new SummaryStage()]);

        Assert.Contains("claims", pipeline.Produced);
    }

    [Fact]
    public void Create_SummaryBeforeClaims_Refused() =>
        Assert.Throws<PipelineConfigurationException>(() => Pipeline.Create(new NoExtractor(), ArticleStages(), [.. Before(), new SummaryStage(), new ClaimStage(), new ConflictStage()]));

    private static IArticleStage[] ArticleStages() =>
        [new TokenizerStage(), new SentenceStage(), new EntityStage(), new QuoteStage(), new DateStage(), new QuantityStage()];

    private static ICorpusStage[] Before() =>
        [new LineageStage(), new RelayStage(), new FakeClustering(), new StoryEntitiesStage(), new QuoteFamilyStage(), new StoryQuantitiesStage(), new TimelineStage()];

    private sealed class FakeClustering : ICorpusStage
    {
        public string Name => "clustering";
        public string Version => "0";
        public IReadOnlyList<string> Requires => [];
        public IReadOnlyList<string> Produces => [StorySectionStage.StoriesResult];

        public void Process(CorpusContext context, CancellationToken cancellationToken)
        {
        }
    }

    private sealed class NoExtractor : IDocumentExtractor
    {
        public string Name => "none";
        public string Version => "0";

        public ExtractionResult Extract(RawDocument document, CancellationToken cancellationToken) => new(null, []);
    }
}

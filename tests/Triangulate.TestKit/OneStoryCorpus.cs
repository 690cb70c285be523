using Triangulate.Core.Dossier;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;
using Triangulate.Nlp.Dates;
using Triangulate.Nlp.Entities;
using Triangulate.Nlp.PartsOfSpeech;
using Triangulate.Nlp.Quantities;
using Triangulate.Nlp.Quotes;
using Triangulate.Nlp.Sentences;
using Triangulate.Nlp.Tokens;
using Triangulate.Stories.Lineage;
using Triangulate.Stories.Relays;

namespace Triangulate.TestKit;

/// <summary>
/// A corpus context built the way the pipeline builds one, for tests of the story-section stages: the
/// real per-article stages, lineage and relays, then one hand-made story holding every article (so a test does not
/// depend on clustering), then the section stages the test names, in its order.
/// </summary>
public static class OneStoryCorpus
{
    public static CorpusContext Build(IReadOnlyList<Article> articles, params ICorpusStage[] sectionStages)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(sectionStages);
        IArticleStage[] stages = [new TokenizerStage(), new SentenceStage(), new EntityStage(), new QuoteStage(), new DateStage(), new PosStage(), new QuantityStage()];
        foreach (var article in articles)
        {
            foreach (var stage in stages)
            {
                stage.Process(article, CancellationToken.None);
            }
        }

        var ordered = PublicationOrder.UndatedLast(articles);
        var context = new CorpusContext(ordered);
        new LineageStage().Process(context, CancellationToken.None);
        new RelayStage().Process(context, CancellationToken.None);
        context.Stories = [new DossierStory { Id = "S1", ArticleIds = [.. ordered.Select(a => a.Id)] }];
        foreach (var stage in sectionStages)
        {
            stage.Process(context, CancellationToken.None);
        }

        return context;
    }
}

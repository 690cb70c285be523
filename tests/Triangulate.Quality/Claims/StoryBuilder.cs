using Triangulate.Core.Dossier;
using Triangulate.Core.Model;
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
using Triangulate.Stories.Quotes;
using Triangulate.Stories.Summary;
using Triangulate.Stories.Syndication;

namespace Triangulate.Quality.Claims;

/// <summary>Runs every stage up to and including this on a set of articles forming one story.</summary>
internal static class StoryBuilder
{
    public static CorpusContext Build(IReadOnlyList<Article> articles, double threshold = ClaimSimilarity.DefaultThreshold)
    {
        IArticleStage[] stages = [new TokenizerStage(), new SentenceStage(), new EntityStage(), new QuoteStage(), new DateStage(), new QuantityStage()];
        foreach (var article in articles)
        {
            foreach (var stage in stages)
            {
                stage.Process(article, CancellationToken.None);
            }
        }

        var ordered = LineageStage.PublicationOrder(articles);
        var context = new CorpusContext(ordered);
        new LineageStage().Process(context, CancellationToken.None);
        context.Stories = [new DossierStory { Id = "S1", ArticleIds = [.. ordered.Select(a => a.Id)] }];
        ICorpusStage[] corpus = [new StoryEntitiesStage(), new QuoteFamilyStage(), new ClaimStage(new ClaimAligner(threshold)), new ConflictStage(), new FramingStage(), new SummaryStage()];
        foreach (var stage in corpus)
        {
            stage.Process(context, CancellationToken.None);
        }

        return context;
    }
}

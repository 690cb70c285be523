using Triangulate.Core.Dossier;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;
using Triangulate.Nlp.Sentences;
using Triangulate.Nlp.Tokens;
using Triangulate.Stories.Claims;
using Triangulate.Stories.Relays;

namespace Triangulate.Stories.Tests.Claims;

/// <summary>One story of tokenised articles, each its own lineage ("L-" + id), run through the relay and claim stages.</summary>
internal static class ClaimStageRun
{
    public static Article Make(string id, string outlet, string text)
    {
        var article = new Article(id, new ArticleSource(id + ".txt"), new ArticleMetadata { Outlet = outlet }, text);
        new TokenizerStage().Process(article, CancellationToken.None);
        new SentenceStage().Process(article, CancellationToken.None);
        return article;
    }

    /// <param name="origins">Article id → the origin its lineage credits; when given, the run holds the lineage summaries.</param>
    public static CorpusContext Run(Article[] articles, IReadOnlyDictionary<string, string?>? origins = null)
    {
        var context = new CorpusContext(articles) { Stories = [new DossierStory { Id = "s1", ArticleIds = [.. articles.Select(a => a.Id)], IndependentSources = articles.Length }] };
        foreach (var a in articles)
        {
            context.LineageOf[a.Id] = "L-" + a.Id;
        }

        if (origins is not null)
        {
            context.Set(CorpusKeys.Lineages, [.. articles.Select(a => new DossierLineage
            {
                Id = "L-" + a.Id,
                ArticleIds = [a.Id],
                Origin = new DossierOrigin(origins.GetValueOrDefault(a.Id), a.Id),
            })]);
        }

        new RelayStage().Process(context, CancellationToken.None);
        new ClaimStage().Process(context, CancellationToken.None);
        return context;
    }

    /// <summary>The story's one claim that two or more articles support.</summary>
    public static DossierClaim Shared(CorpusContext context) => Assert.Single(context.Stories![0].Claims!, c => c.ArticleIds.Count >= 2);
}

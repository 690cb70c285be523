using Triangulate.Core.Diagnostics;
using Triangulate.Core.Dossier;
using Triangulate.Core.Living;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;
using Triangulate.Stories.Clustering;
using Triangulate.Stories.Lineage;

namespace Triangulate.Engine.Living;

/// <summary>
/// Computes one story's sections from what the store holds: its articles with their stored annotations, their
/// lineages (summarised from the lineage members' stored credits and texts), then the pipeline's section
/// stages in order, exactly as the batch run would for a corpus of that one story. The same inputs always give
/// the same sections, which is what <c>triangulate verify</c> checks.
/// </summary>
internal sealed class SectionBuilder(LivingContext context, Rehydrator rehydrator)
{
    /// <summary>The story with every section filled, the diagnostics of its stages, and the articles that had to be
    /// annotated again (their stored annotations were missing or of another pipeline version).</summary>
    public async Task<(DossierStory Story, List<Diagnostic> Diagnostics, List<Article> Reannotated, List<Article> Articles)> BuildAsync(
        IStoryWriteSession session, StoryStateRecord row, (IReadOnlySet<string> Places, IReadOnlySet<string> Organisations) knowledge, CancellationToken ct)
    {
        var ids = await session.StoryArticleIdsAsync(row.Id, context.Options.MaxSectionArticles, ct).ConfigureAwait(false);
        var reannotated = new List<Article>();
        var byId = await context.LoadAnnotatedAsync(session, ids, ct, reannotated).ConfigureAwait(false);
        var articles = StoredCorpus.InPublicationOrder(ids.Where(byId.ContainsKey).Select(id => byId[id]));
        var lineageOf = (await session.GetLineageRowsAsync(ids, ct).ConfigureAwait(false)).ToDictionary(r => r.ArticleId, r => r.LineageId, StringComparer.Ordinal);
        var corpus = new CorpusContext(articles);
        corpus.Set(CorpusKeys.KnownPlaces, knowledge.Places);
        corpus.Set(CorpusKeys.KnownOrganisations, knowledge.Organisations);
        foreach (var (article, lineage) in lineageOf)
        {
            corpus.LineageOf[article] = lineage;
        }

        var lineages = await SummarizeAsync(session, lineageOf.Values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(), byId, ct).ConfigureAwait(false);
        corpus.Set(CorpusKeys.Lineages, lineages);
        var ordered = PublicationOrder.Sort(articles);
        var capped = ids.Count >= context.Options.MaxSectionArticles;
        var story = new DossierStory
        {
            Id = row.Id,
            Title = row.Title ?? StoryTitles.Fallback(ordered),
            ArticleIds = ordered.ConvertAll(a => a.Id),
            First = capped ? row.First : Min(ordered),
            Last = capped ? row.Last : Max(ordered),
        };
        AttachLineages(story, lineageOf, lineages);
        corpus.Stories = [story];
        context.Runner.RunCorpus(corpus, context.SectionStages, ct);
        return (story, corpus.Diagnostics, reannotated, ordered);
    }

    /// <summary>The dossier lineages of the given ids: each from its members (the first <see cref="LivingOptions.MaxLineageMembers"/>),
    /// fingerprinted again from their stored text and credits, in publication order, as the batch stage sees them.</summary>
    private async Task<List<DossierLineage>> SummarizeAsync(IStoryWriteSession session, List<string> lineageIds, Dictionary<string, Article> known, CancellationToken ct)
    {
        var rows = new List<LineageRecord>();
        foreach (var id in lineageIds)
        {
            rows.AddRange(await session.GetLineageAsync(id, context.Options.MaxLineageMembers, ct).ConfigureAwait(false));
        }

        var missing = rows.Select(r => r.ArticleId).Where(id => !known.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        var articles = new Dictionary<string, Article>(known, StringComparer.Ordinal);
        foreach (var a in await session.GetArticlesAsync(missing, ct).ConfigureAwait(false))
        {
            articles[a.Id] = a;
        }

        var present = rows.Where(r => articles.ContainsKey(r.ArticleId)).ToList();
        var lineageOf = present.ToDictionary(r => r.ArticleId, r => r.LineageId, StringComparer.Ordinal);
        var credits = present.ToDictionary(r => r.ArticleId, r => r.CreditsJson, StringComparer.Ordinal);
        var members = LineageStage.PublicationOrder([.. present.Select(r => articles[r.ArticleId])]);
        var index = context.NewLineageIndex();
        foreach (var article in members)
        {
            index.Restore(rehydrator.Fingerprint(article, credits[article.Id]), lineageOf[article.Id]);
        }

        return new LineageSummarizer(context.LineageOptions).Summarize(index, members);
    }

    /// <summary>As the batch clustering stage does: independent sources are the distinct lineages of the story's articles.</summary>
    private static void AttachLineages(DossierStory story, Dictionary<string, string> lineageOf, List<DossierLineage> lineages)
    {
        var members = new HashSet<string>(story.ArticleIds, StringComparer.Ordinal);
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in story.ArticleIds)
        {
            distinct.Add(lineageOf.TryGetValue(id, out var lineage) ? lineage : "\u0001" + id);
        }

        story.IndependentSources = distinct.Count;
        story.Lineages = lineages.FindAll(l => l.ArticleIds.Exists(members.Contains));
    }

    private static DateTimeOffset? Min(List<Article> articles) => articles.Select(a => a.Metadata.Published).Where(p => p is not null).DefaultIfEmpty(null).Min();

    private static DateTimeOffset? Max(List<Article> articles) => articles.Select(a => a.Metadata.Published).Where(p => p is not null).DefaultIfEmpty(null).Max();
}

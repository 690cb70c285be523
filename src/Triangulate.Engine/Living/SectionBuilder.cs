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
/// the same sections, which is what <c>triangulate verify</c> checks. Loading reads the store (one session, in
/// turn); computing touches nothing shared, so several stories compute in parallel.
/// </summary>
internal sealed class SectionBuilder(LivingContext context, Rehydrator rehydrator)
{
    /// <summary>Reads what a story's sections are computed from.</summary>
    public async Task<SectionInputs> LoadAsync(IStoryWriteSession session, StoryStateRecord row, CancellationToken ct)
    {
        var ids = await session.StoryArticleIdsAsync(row.Id, context.Options.MaxSectionArticles, ct).ConfigureAwait(false);
        var articles = (await session.GetArticlesAsync(ids, ct).ConfigureAwait(false)).ToDictionary(a => a.Id, StringComparer.Ordinal);
        var annotations = (await session.GetAnnotationsAsync(ids, ct).ConfigureAwait(false)).ToDictionary(a => a.ArticleId, StringComparer.Ordinal);
        var lineageOf = (await session.GetLineageRowsAsync(ids, ct).ConfigureAwait(false)).ToDictionary(r => r.ArticleId, r => r.LineageId, StringComparer.Ordinal);
        var members = (await session.GetLineagesAsync([.. lineageOf.Values.Distinct(StringComparer.Ordinal)], context.Options.MaxLineageMembers, ct).ConfigureAwait(false)).ToList();

        var missing = members.Select(r => r.ArticleId).Where(id => !articles.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        var others = (await session.GetArticlesAsync(missing, ct).ConfigureAwait(false)).ToDictionary(a => a.Id, StringComparer.Ordinal);
        return new SectionInputs(row, ids, articles, annotations, lineageOf, members, others);
    }

    /// <summary>The story with every section filled, the diagnostics of its stages, the articles that had to be annotated
    /// again (stored annotations missing or of another pipeline version), and its articles in publication order.</summary>
    public (DossierStory Story, List<Diagnostic> Diagnostics, List<Article> Reannotated, List<Article> Articles) Compute(
        SectionInputs inputs, (IReadOnlySet<string> Places, IReadOnlySet<string> Organisations) knowledge, CancellationToken ct)
    {
        var reannotated = new List<Article>();
        foreach (var article in inputs.Articles.Values)
        {
            if (inputs.Annotations.TryGetValue(article.Id, out var record) && record.Version == context.Versions.Annotations)
            {
                context.Codec.Decode(record.Data, article);
            }
            else
            {
                context.Annotator.Annotate(article, ct);
                reannotated.Add(article);
            }
        }

        var row = inputs.Row;
        var articles = PublicationOrder.UndatedLast(inputs.Ids.Where(inputs.Articles.ContainsKey).Select(id => inputs.Articles[id]));
        var corpus = new CorpusContext(articles);
        corpus.Set(CorpusKeys.KnownPlaces, knowledge.Places);
        corpus.Set(CorpusKeys.KnownOrganisations, knowledge.Organisations);
        foreach (var (article, lineage) in inputs.LineageOf)
        {
            corpus.LineageOf[article] = lineage;
        }

        var lineages = Summarize(inputs);
        corpus.Set(CorpusKeys.Lineages, lineages);
        var ordered = PublicationOrder.UndatedInPlace(articles);
        var capped = inputs.Ids.Count >= context.Options.MaxSectionArticles;
        var story = new DossierStory
        {
            Id = row.Id,
            // From the stored articles, not the row: the row's clusterer title can change without a recompute.
            Title = StoryTitles.Central(ordered) ?? StoryTitles.Fallback(ordered),
            ArticleIds = ordered.ConvertAll(a => a.Id),
            First = capped ? row.First : Min(ordered),
            Last = capped ? row.Last : Max(ordered),
        };
        AttachLineages(story, inputs.LineageOf, lineages);
        corpus.Stories = [story];
        context.Runner.RunCorpus(corpus, context.SectionStages, ct);
        return (story, corpus.Diagnostics, reannotated, ordered);
    }

    /// <summary>The dossier lineages of the story's articles: each from its members (the first <see cref="LivingOptions.MaxLineageMembers"/>),
    /// fingerprinted again from their stored text and credits, in publication order, as the batch stage sees them.</summary>
    private List<DossierLineage> Summarize(SectionInputs inputs)
    {
        Article? Find(string id) => inputs.Articles.GetValueOrDefault(id) ?? inputs.OtherArticles.GetValueOrDefault(id);
        var present = inputs.LineageMembers.Where(r => Find(r.ArticleId) is not null).ToList();
        var lineageOf = present.ToDictionary(r => r.ArticleId, r => r.LineageId, StringComparer.Ordinal);
        var credits = present.ToDictionary(r => r.ArticleId, r => r.CreditsJson, StringComparer.Ordinal);
        var members = PublicationOrder.UndatedLast([.. present.Select(r => Find(r.ArticleId)!)]);
        var index = context.NewLineageIndex();
        foreach (var article in members)
        {
            index.Restore(rehydrator.Fingerprint(article, credits[article.Id]), lineageOf[article.Id]);
        }

        return new LineageSummarizer(context.LineageOptions).Summarize(index, members);
    }

    /// <summary>As the batch clustering stage does: independent sources are the distinct lineages of the story's articles.</summary>
    private static void AttachLineages(DossierStory story, IReadOnlyDictionary<string, string> lineageOf, List<DossierLineage> lineages)
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

using System.Runtime.CompilerServices;
using Triangulate.Core.Annotations;
using Triangulate.Core.Dossier;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;

namespace Triangulate.Stories.Entities;

/// <summary>One canonical entity per actor within each story, with every mention and the descriptors outlets attach.</summary>
public sealed class StoryEntitiesStage() : StorySectionStage(
    "story-entities", "1.1", reads: [CorpusKeys.LineageOf.Name, Layers.Tokens.Name, Layers.Sentences.Name, Layers.Entities.Name], produces: [CorpusKeys.StoryEntities.Name])
{
    private readonly EntityCanonicalizer _canonicalizer = new();
    private readonly ConditionalWeakTable<CorpusContext, IReadOnlySet<string>> _places = new();
    private readonly ConditionalWeakTable<CorpusContext, IReadOnlySet<string>> _organisations = new();

    protected override void Fill(DossierStory story, IReadOnlyList<Article> articles, CorpusContext context)
    {
        // The story's own lineage origins join the corpus's organisations without copying them (a living store's
        // knowledge grows with the store; this runs once per story recompute).
        var origins = new HashSet<string>(StringComparer.Ordinal);
        foreach (var lineage in story.Lineages ?? [])
        {
            if (lineage.Origin?.Name is { } origin)
            {
                origins.Add(NameNormalizer.Key(origin));
            }
        }

        var organisations = origins.Count == 0 ? KnownOrganisations(context) : new NameKeyUnion(KnownOrganisations(context), origins);

        story.Entities = [.. _canonicalizer.Canonicalize(articles, new EntityContext(context.LineageOf, KnownPlaces(context), organisations))];
    }

    /// <summary>Keys of the outlets and credited sources of the corpus's articles (or of a living store's whole
    /// corpus, when its engine provides <see cref="CorpusKeys.KnownOrganisations"/>) and of the well-known news
    /// organisations (<see cref="NewsOrganisations"/>), computed once per corpus.</summary>
    private IReadOnlySet<string> KnownOrganisations(CorpusContext context) => _organisations.GetValue(context, static c =>
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in c.Articles)
        {
            names.UnionWith(OrganisationKeys(article));
        }

        names.Remove(string.Empty);

        // The well-known organisations and the store's knowledge are read in place, not copied per corpus run: the
        // living engine runs this once per story recompute, and the store's knowledge grows with the store.
        IReadOnlySet<string> corpus = c.TryGet(CorpusKeys.KnownOrganisations) is { } known ? new NameKeyUnion(known, names) : names;
        return new NameKeyUnion(NewsOrganisations.All, corpus);
    });

    /// <summary>Keys of the names tagged as places anywhere in the corpus (or in a living store's whole corpus, from
    /// <see cref="CorpusKeys.KnownPlaces"/>), computed once per corpus.</summary>
    private IReadOnlySet<string> KnownPlaces(CorpusContext context) => context.TryGet(CorpusKeys.KnownPlaces) ?? _places.GetValue(context, static c =>
    {
        var places = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in c.Articles)
        {
            places.UnionWith(PlaceKeys(article));
        }

        return places;
    });

    /// <summary>What one article teaches about organisations: its outlet (without a leading "the", as mentions
    /// lose it) and the sources it credits, as name keys.</summary>
    public static IEnumerable<string> OrganisationKeys(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.Metadata.Outlet is { } outlet)
        {
            var key = NameNormalizer.Key(outlet);
            yield return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
        }

        foreach (var credited in article.Metadata.CreditedSources)
        {
            yield return NameNormalizer.Key(credited);
        }
    }

    /// <summary>The name keys of the mentions one article's entity layer tags as places.</summary>
    public static IEnumerable<string> PlaceKeys(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        foreach (var e in article.Annotations.Get(Layers.Entities))
        {
            if (e.Type == EntityTypes.Location)
            {
                yield return NameNormalizer.Key(article.Slice(e.Span));
            }
        }
    }
}

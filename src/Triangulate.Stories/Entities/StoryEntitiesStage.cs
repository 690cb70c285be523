using System.Runtime.CompilerServices;
using Triangulate.Core.Annotations;
using Triangulate.Core.Dossier;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;

namespace Triangulate.Stories.Entities;

/// <summary>One canonical entity per actor within each story, with every mention and the descriptors outlets attach.</summary>
public sealed class StoryEntitiesStage : StorySectionStage
{
    private readonly EntityCanonicalizer _canonicalizer = new();
    private readonly ConditionalWeakTable<CorpusContext, IReadOnlySet<string>> _places = new();
    private readonly ConditionalWeakTable<CorpusContext, IReadOnlySet<string>> _organisations = new();

    public override string Name => "story-entities";
    public override string Version => "1.1";
    public override IReadOnlyList<string> Requires => [StoriesResult, CorpusKeys.LineageOf.Name, Layers.Tokens.Name, Layers.Sentences.Name, Layers.Entities.Name];
    public override IReadOnlyList<string> Produces => [CorpusKeys.StoryEntities.Name];

    protected override void Fill(DossierStory story, IReadOnlyList<Article> articles, CorpusContext context)
    {
        var organisations = new HashSet<string>(KnownOrganisations(context), StringComparer.Ordinal);
        foreach (var lineage in story.Lineages ?? [])
        {
            if (lineage.Origin?.Name is { } origin)
            {
                organisations.Add(NameNormalizer.Key(origin));
            }
        }

        story.Entities = [.. _canonicalizer.Canonicalize(articles, new EntityContext(context.LineageOf, KnownPlaces(context), organisations))];
    }

    /// <summary>Keys of the outlets and credited sources of the corpus's articles and of the well-known news
    /// organisations (<see cref="NewsOrganisations"/>), computed once per corpus.</summary>
    private IReadOnlySet<string> KnownOrganisations(CorpusContext context) => _organisations.GetValue(context, static c =>
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in c.Articles)
        {
            if (article.Metadata.Outlet is { } outlet)
            {
                // Mentions lose a leading "the" ("the Alcena Courier"), so the outlet's key does too.
                var key = NameNormalizer.Key(outlet);
                names.Add(key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key);
            }

            foreach (var credited in article.Metadata.CreditedSources)
            {
                names.Add(NameNormalizer.Key(credited));
            }
        }

        names.Remove(string.Empty);
        names.UnionWith(NewsOrganisations.All);
        return names;
    });

    /// <summary>Keys of the names tagged as places anywhere in the corpus, computed once per corpus.</summary>
    private IReadOnlySet<string> KnownPlaces(CorpusContext context) => _places.GetValue(context, static c =>
    {
        var places = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in c.Articles)
        {
            foreach (var e in article.Annotations.Get(Layers.Entities))
            {
                if (e.Type == EntityTypes.Location)
                {
                    places.Add(NameNormalizer.Key(article.Slice(e.Span)));
                }
            }
        }

        return places;
    });
}

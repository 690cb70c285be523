using Triangulate.Core.Annotations;
using Triangulate.Core.Dossier;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;
using Triangulate.Stories.Entities;

namespace Triangulate.Stories.Quotes;

/// <summary>
/// Groups each story's quotes into families (the same utterance across outlets) and links a family's speaker
/// to the story's canonical entity when the entities section is there.
/// </summary>
public sealed class QuoteFamilyStage() : StorySectionStage(
    "quote-families", "1.0", reads: [Layers.Quotes.Name], produces: [CorpusKeys.QuoteFamilies.Name])
{
    private readonly QuoteFamilyBuilder _builder = new();

    protected override void Fill(DossierStory story, IReadOnlyList<Article> articles, CorpusContext context)
    {
        story.Quotes = _builder.Build(articles);
        if (story.Entities is not { Count: > 0 } entities)
        {
            return;
        }

        foreach (var family in story.Quotes)
        {
            if (family.Speaker is { } speaker && FindEntity(entities, speaker) is { } entity)
            {
                family.SpeakerEntityId = entity.Id;
                family.Speaker = entity.Name;
            }
        }
    }

    /// <summary>The person whose name or alias matches the speaker, ignoring case and accents; a bare surname
    /// matches only when exactly one person carries it.</summary>
    private static DossierEntity? FindEntity(List<DossierEntity> entities, string speaker)
    {
        var key = NameNormalizer.Key(speaker);
        var people = entities.Where(e => e.Type == EntityTypes.Person).ToList();
        var exact = people.Where(e => NameNormalizer.Key(e.Name) == key || e.Aliases.Any(a => NameNormalizer.Key(a) == key)).ToList();
        if (exact.Count == 1)
        {
            return exact[0];
        }

        var bySurname = people.Where(e => NameNormalizer.Key(e.Name).EndsWith(" " + key, StringComparison.Ordinal)).ToList();
        return bySurname.Count == 1 ? bySurname[0] : null;
    }
}

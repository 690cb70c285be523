using Triangulate.Core.Annotations;
using Triangulate.Core.Dossier;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;

namespace Triangulate.Stories.Conflicts;

/// <summary>
/// Appends numeric conflicts (one per figure track that changes, <see cref="TrackConflictFinder"/>), attribution
/// conflicts (who said it: <see cref="AttributionConflictFinder"/>; who did it: <see cref="ActorConflictFinder"/>) and
/// place conflicts (<see cref="PlaceConflictFinder"/>) to story.Conflicts (the timeline stage adds date conflicts there too). Runs after the
/// quote families and the figure tracks.
/// </summary>
public sealed class ConflictStage() : StorySectionStage(
    "conflicts", "2.0", reads: [CorpusKeys.LineageOf.Name, Layers.Sentences.Name, Layers.Tokens.Name, Layers.Entities.Name, CorpusKeys.FigureTracks.Name, CorpusKeys.QuoteFamilies.Name], produces: [CorpusKeys.Conflicts.Name])
{
    private readonly TrackConflictFinder _numeric = new();
    private readonly AttributionConflictFinder _attribution = new();
    private readonly PlaceConflictFinder _place = new();
    private readonly ActorConflictFinder _actor = new();

    protected override void Fill(DossierStory story, IReadOnlyList<Article> articles, CorpusContext context)
    {
        var found = _numeric.Find(story, context.LineageOf);
        found.AddRange(_attribution.Find(story));
        found.AddRange(_actor.Find(story, articles, context.LineageOf));
        found.AddRange(_place.Find(articles, context.LineageOf));
        if (found.Count == 0)
        {
            return;
        }

        story.Conflicts ??= [];
        story.Conflicts.AddRange(found);
    }
}

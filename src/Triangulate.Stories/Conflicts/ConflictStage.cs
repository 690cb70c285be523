using Triangulate.Core.Annotations;
using Triangulate.Core.Dossier;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;

namespace Triangulate.Stories.Conflicts;

/// <summary>
/// Appends numeric and attribution conflicts to story.Conflicts (the timeline stage adds date conflicts
/// there too), each assessed as a contradiction or an update. Runs after the quote families.
/// </summary>
public sealed class ConflictStage : StorySectionStage
{
    private readonly NumericConflictFinder _numeric = new();
    private readonly AttributionConflictFinder _attribution = new();

    public override string Name => "conflicts";
    public override string Version => "1.0";
    public override IReadOnlyList<string> Requires => [StoriesResult, CorpusKeys.LineageOf.Name, Layers.Sentences.Name, Layers.Quantities.Name, CorpusKeys.QuoteFamilies.Name];
    public override IReadOnlyList<string> Produces => [CorpusKeys.Conflicts.Name];

    protected override void Fill(DossierStory story, IReadOnlyList<Article> articles, CorpusContext context)
    {
        var found = _numeric.Find(articles, context.LineageOf);
        found.AddRange(_attribution.Find(story));
        if (found.Count == 0)
        {
            return;
        }

        story.Conflicts ??= [];
        story.Conflicts.AddRange(found);
    }
}

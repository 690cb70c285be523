using Triangulate.Core.Annotations;
using Triangulate.Core.Dossier;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;

namespace Triangulate.Stories.Entities;

/// <summary>One canonical entity per actor within each story, with every mention and the descriptors outlets attach.</summary>
public sealed class StoryEntitiesStage : StorySectionStage
{
    private readonly EntityCanonicalizer _canonicalizer = new();

    public override string Name => "story-entities";
    public override string Version => "1.0";
    public override IReadOnlyList<string> Requires => [StoriesResult, Layers.Tokens.Name, Layers.Sentences.Name, Layers.Entities.Name];
    public override IReadOnlyList<string> Produces => ["story-entities"];

    protected override void Fill(DossierStory story, IReadOnlyList<Article> articles, CorpusContext context) =>
        story.Entities = [.. _canonicalizer.Canonicalize(articles)];
}

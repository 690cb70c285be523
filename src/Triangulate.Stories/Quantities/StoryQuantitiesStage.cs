using Triangulate.Core.Annotations;
using Triangulate.Core.Dossier;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;

namespace Triangulate.Stories.Quantities;

/// <summary>
/// Lists the quantities a story's articles state, one entry per (value, unit, what it is about), with every
/// place it was stated as evidence, so a reader sees at a glance which figures several outlets give.
/// </summary>
public sealed class StoryQuantitiesStage : StorySectionStage
{
    public override string Name => "story-quantities";
    public override string Version => "1.0";
    public override IReadOnlyList<string> Requires => [StoriesResult, Layers.Quantities.Name];
    public override IReadOnlyList<string> Produces => [CorpusKeys.StoryQuantities.Name];

    protected override void Fill(DossierStory story, IReadOnlyList<Article> articles, CorpusContext context)
    {
        var groups = new Dictionary<(double, string?, string?), DossierQuantity>();
        foreach (var article in articles)
        {
            foreach (var q in article.Annotations.Get(Layers.Quantities))
            {
                var key = (q.Value, q.Unit?.ToLowerInvariant(), q.About?.ToLowerInvariant());
                if (!groups.TryGetValue(key, out var entry))
                {
                    entry = new DossierQuantity { Value = q.Value, Unit = q.Unit, About = q.About };
                    groups.Add(key, entry);
                }

                entry.Evidence.Add(new Evidence(article.Id, q.Span.Start, q.Span.Length, article.Slice(q.Span)));
            }
        }

        story.Quantities = groups.Values
            .OrderByDescending(g => g.Evidence.Select(e => e.ArticleId).Distinct().Count())
            .ThenBy(g => g.Unit, StringComparer.Ordinal)
            .ThenBy(g => g.Value)
            .ToList();
    }
}

using Triangulate.Core.Annotations;
using Triangulate.Core.Dossier;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;

namespace Triangulate.Stories.Timeline;

/// <summary>
/// Puts each story's dated events on a timeline and adds date conflicts between outlets to the story's
/// conflicts. Uses the articles' dates layer (the dates stage must run first).
/// </summary>
public sealed class TimelineStage() : StorySectionStage(
    "timeline", "1.1", reads: [Layers.Dates.Name], produces: [CorpusKeys.Timeline.Name])
{
    private readonly TimelineBuilder _builder = new();

    protected override void Fill(DossierStory story, IReadOnlyList<Article> articles, CorpusContext context)
    {
        story.Timeline = _builder.Build(articles);
        var published = articles.Where(a => a.Metadata.Published is not null)
            .ToDictionary(a => a.Id, a => DateOnly.FromDateTime(a.Metadata.Published!.Value.DateTime), StringComparer.Ordinal);
        var conflicts = TimelineBuilder.FindDateConflicts(story.Timeline, id => published.TryGetValue(id, out var day) ? day : null);
        if (conflicts.Count > 0)
        {
            (story.Conflicts ??= []).AddRange(conflicts);
        }
    }
}

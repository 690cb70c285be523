using Triangulate.Core.Dossier;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;

namespace Triangulate.Stories;

/// <summary>
/// Base for corpus stages that fill one section of every story (timeline, quantities, quotes…). They all
/// need the stories first, and they all look at one story's articles at a time.
/// </summary>
public abstract class StorySectionStage : ICorpusStage
{
    /// <summary>The name the clustering stage produces.</summary>
    public static string StoriesResult => CorpusKeys.Stories.Name;

    public abstract string Name { get; }
    public abstract string Version { get; }
    public virtual IReadOnlyList<string> Requires => [StoriesResult];
    public abstract IReadOnlyList<string> Produces { get; }

    public void Process(CorpusContext context, CancellationToken cancellationToken)
    {
        if (context.Stories is null)
        {
            return;
        }

        var byId = context.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        foreach (var story in context.Stories)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var articles = story.ArticleIds.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
            Fill(story, articles, context);
        }
    }

    /// <summary>Fills this stage's section of <paramref name="story"/> from its articles (publication order).</summary>
    protected abstract void Fill(DossierStory story, IReadOnlyList<Article> articles, CorpusContext context);
}

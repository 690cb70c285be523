using Triangulate.Core.Dossier;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;

namespace Triangulate.Stories;

/// <summary>
/// Base for corpus stages that fill one section of every story (timeline, quantities, quotes…). They all
/// need the stories first, and they all look at one story's articles at a time: a stage names what else it
/// reads and what it produces, and the stories are added to what it requires here, once.
/// </summary>
/// <param name="name">The stage's name in the pipeline and the dossier's stage list.</param>
/// <param name="version">Its version, bumped when its output changes.</param>
/// <param name="reads">Layers and corpus results it reads besides the stories.</param>
/// <param name="produces">The corpus results it leaves.</param>
public abstract class StorySectionStage(string name, string version, IReadOnlyList<string> reads, IReadOnlyList<string> produces) : ICorpusStage
{
    /// <summary>The name the clustering stage produces.</summary>
    public static string StoriesResult => CorpusKeys.Stories.Name;

    public string Name { get; } = name;
    public string Version { get; } = version;
    public IReadOnlyList<string> Requires { get; } = [StoriesResult, .. reads];
    public IReadOnlyList<string> Produces { get; } = produces;

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

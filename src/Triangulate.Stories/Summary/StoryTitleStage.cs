using Triangulate.Core.Dossier;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;
using Triangulate.Stories.Clustering;

namespace Triangulate.Stories.Summary;

/// <summary>
/// Keeps a developing story's title current: when the title (the most central headline) states a figure that a later
/// report updated ("…injures 12" after the toll went to 16), it becomes the headline that states the latest figure and
/// shares most words with the old title (the most central of the recent ones). A disputed figure (the last step is a
/// contradiction) or no headline stating the update leaves the title alone.
/// </summary>
/// <remarks>
/// A section stage, not a clustering rule: it reads only the story's stored articles and its figure tracks, so a
/// recompute from the store (<c>triangulate verify</c>) gives the same title. The clusterer's title depends on
/// centroid vectors that re-weighing changes without marking the story for a recompute, which is why a
/// 'most recent central headline' rule inside the clusterer made stored sections differ from a rebuild.
/// </remarks>
public sealed class StoryTitleStage() : StorySectionStage(
    "story-title", "1.0", reads: [CorpusKeys.FigureTracks.Name], produces: ["story-title"])
{
    protected override void Fill(DossierStory story, IReadOnlyList<Article> articles, CorpusContext context)
    {
        if (story.Title is { } title && Current(title, story.FigureTracks ?? [], articles) is { } current)
        {
            story.Title = current;
        }
    }

    /// <summary>The headline to use instead of <paramref name="title"/>, or null to keep it.</summary>
    public static string? Current(string title, IReadOnlyList<DossierFigureTrack> tracks, IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(tracks);
        ArgumentNullException.ThrowIfNull(articles);
        var stated = HeadlineNumbers.Of(title);
        foreach (var track in tracks)
        {
            if (track.Steps.Count < 2 || track.Steps[^1] is not { Step: "update" } last || stated.Contains(last.Value))
            {
                continue;
            }

            var superseded = track.Steps.Take(track.Steps.Count - 1).Any(s => s.Value != last.Value && stated.Contains(s.Value));
            if (superseded && Replacement(title, last.Value, articles) is { } replacement)
            {
                return replacement;
            }
        }

        return null;
    }

    private static string? Replacement(string title, double latest, IReadOnlyList<Article> articles)
    {
        var words = HeadlineNumbers.Words(title);
        string? best = null;
        var bestShared = -1;
        foreach (var article in articles) // publication order: on a tie the first to report the update wins
        {
            if (HeadlineCleaner.Clean(article.Metadata.Title) is not { } headline || !HeadlineNumbers.Of(headline).Contains(latest))
            {
                continue;
            }

            var shared = HeadlineNumbers.Words(headline).Count(words.Contains);
            if (shared > bestShared)
            {
                (best, bestShared) = (headline, shared);
            }
        }

        return best;
    }
}

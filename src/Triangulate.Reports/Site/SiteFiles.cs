using System.Buffers;
using Triangulate.Core.Dossier;

namespace Triangulate.Reports.Site;

/// <summary>
/// The file names of a report site. A story's page is named by its id when the id is a plain lower-case name
/// (<c>stories/s12.html</c>), else by its position (<c>stories/story-3.html</c>), so no input-derived text
/// ever reaches a path. Its articles' texts go beside it in <c>stories/s12_articles.html</c>; the underscore
/// cannot occur in a page name, so the two never collide.
/// </summary>
public static class SiteFiles
{
    public const string Index = "index.html";
    public const string Inputs = "inputs.html";
    public const string OtherArticles = "articles.html";
    public const string StoriesFolder = "stories";

    private static readonly SearchValues<char> NameChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-");

    /// <summary>One page name per story, in dossier order, unique.</summary>
    public static IReadOnlyList<string> StoryNames(IReadOnlyList<DossierStory> stories)
    {
        ArgumentNullException.ThrowIfNull(stories);
        var names = new List<string>(stories.Count);
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < stories.Count; i++)
        {
            var id = stories[i].Id;
            var name = id is { Length: > 0 and <= 64 } && !id.AsSpan().ContainsAnyExcept(NameChars) && !id.StartsWith("story-", StringComparison.Ordinal)
                ? id
                : $"story-{i}";
            names.Add(used.Add(name) ? name : $"story-{i}");
            used.Add(names[^1]);
        }

        return names;
    }

    public static string StoryPage(string name) => $"{StoriesFolder}/{name}.html";

    public static string StoryArticlesPage(string name) => $"{StoriesFolder}/{name}_articles.html";
}

using Triangulate.Core.Model;

namespace Triangulate.Stories.Clustering;

/// <summary>A story's title when none of its articles has a headline: shared by the batch stage and the living engine.</summary>
public static class StoryTitles
{
    private const int FallbackTitleLength = 120;

    /// <summary>The first line of the earliest article, shortened at a word boundary, for stories without any headline.</summary>
    public static string? Fallback(IReadOnlyList<Article> articles)
    {
        foreach (var a in articles)
        {
            var text = a.Text.AsSpan().TrimStart();
            var nl = text.IndexOf('\n');
            var line = (nl >= 0 ? text[..nl] : text).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line.Length > FallbackTitleLength)
            {
                var cut = line[..FallbackTitleLength].LastIndexOf(' ');
                line = line[..(cut > 40 ? cut : FallbackTitleLength)];
                return HeadlineCleaner.Clean(line.ToString() + "…");
            }

            return HeadlineCleaner.Clean(line.ToString());
        }

        return null;
    }
}

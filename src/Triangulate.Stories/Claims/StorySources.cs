using Triangulate.Core.Model;

namespace Triangulate.Stories.Claims;

/// <summary>
/// A story's independent sources after relay dependency is removed. Every lineage of the story counts, except
/// one whose statements all relay other lineages of the same story: an article that only retells what the
/// Times reported, with the Times in the story, adds no source. A lineage with at least one statement of its
/// own, or whose relays name outlets the story does not hold (it is then their only witness), still counts;
/// so does a lineage with no statement at all (nothing shows a dependency).
/// </summary>
public static class StorySources
{
    public static int Count(IReadOnlyList<Article> articles, IReadOnlyDictionary<string, string> lineageOf, IReadOnlyList<ClaimCandidate> statements)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(lineageOf);
        ArgumentNullException.ThrowIfNull(statements);
        var lineages = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            lineages.Add(lineageOf.GetValueOrDefault(article.Id) ?? article.Id);
        }

        var dependent = new HashSet<string>(lineages, StringComparer.Ordinal);
        var spoke = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in statements)
        {
            spoke.Add(s.Lineage);
            if (s.Source == s.Lineage || !lineages.Contains(s.Source))
            {
                dependent.Remove(s.Lineage); // its own statement, or the only witness of an outlet outside the story
            }
        }

        dependent.IntersectWith(spoke);

        // Lineages that only relay one another still hold at least one source between them.
        return Math.Max(lineages.Count - dependent.Count, Math.Min(1, lineages.Count));
    }
}

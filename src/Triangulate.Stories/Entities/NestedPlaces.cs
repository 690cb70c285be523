using Triangulate.Core.Annotations;
using Triangulate.Core.Model;

namespace Triangulate.Stories.Entities;

/// <summary>
/// Places named inside the name of a public body: "Port Alcena Transit Authority" is the city's
/// authority, so the article mentions Port Alcena. Only for organisation heads that are bodies of a place
/// (authority, council, police, hospital…), so "New York Times" does not make every citation of the
/// paper a mention of the city; and only for a place the tagger found standing alone somewhere in the corpus.
/// </summary>
internal static class NestedPlaces
{
    public static void Add(List<List<StoryMention>> clusters, IReadOnlySet<string> knownPlaces)
    {
        if (knownPlaces.Count == 0)
        {
            return;
        }

        var nested = new List<StoryMention>();
        foreach (var cluster in clusters)
        {
            if (cluster.Count == 0 || NameMerging.Vote(cluster) != EntityTypes.Organization)
            {
                continue;
            }

            foreach (var m in cluster)
            {
                if (m.Words.Length > 1 && NameHeads.IsBodyOfPlace(m.Words[^1]) && Inner(m, knownPlaces) is { } inner)
                {
                    nested.Add(inner);
                }
            }
        }

        foreach (var inner in nested)
        {
            var target = clusters.FirstOrDefault(c => c.Count > 0 && c.Exists(x => x.Key == inner.Key) && NameMerging.Vote(c) == EntityTypes.Location);
            if (target is null)
            {
                clusters.Add(target = []);
            }

            target.Add(inner);
        }
    }

    /// <summary>The longest leading run of words of <paramref name="m"/> that is a known place, as a mention.</summary>
    private static StoryMention? Inner(StoryMention m, IReadOnlySet<string> knownPlaces)
    {
        var parts = m.Surface.Split(' ');
        if (parts.Length != m.Words.Length)
        {
            return null; // punctuation or spacing makes words and characters disagree; no guessing offsets
        }

        for (var n = m.Words.Length - 1; n >= 1; n--)
        {
            var key = string.Join(' ', m.Words, 0, n);
            if (knownPlaces.Contains(key))
            {
                var length = parts.Take(n).Sum(p => p.Length) + n - 1;
                var span = new TextSpan(m.Span.Start, length);
                return m with { Span = span, Surface = m.Article.Slice(span), Type = EntityTypes.Location, Words = m.Words[..n], Key = key };
            }
        }

        return null;
    }
}

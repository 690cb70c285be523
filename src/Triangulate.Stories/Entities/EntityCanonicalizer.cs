using Triangulate.Core.Annotations;
using Triangulate.Core.Dossier;
using Triangulate.Core.Model;

namespace Triangulate.Stories.Entities;

/// <summary>
/// Builds one <see cref="DossierEntity"/> per actor of a story from the entity mentions of its articles:
/// names are compared without diacritics, case or punctuation ("Nicolás Maduro" = "Nicolas Maduro");
/// leading titles are dropped ("President Maduro" → "Maduro"); a one-word mention resolves to the full
/// name it is part of — the one in the same article first, the nearest preceding one when several
/// people share it, never a guess between two people the article does not name; acronyms join their
/// expansion ("CPAC"); the type is decided by a vote of the full-name mentions. Descriptors come from <see cref="DescriptorFinder"/>.
/// Entities are ordered by mention count (most mentioned first) and numbered e1, e2, ….
/// </summary>
public sealed class EntityCanonicalizer
{
    public IReadOnlyList<DossierEntity> Canonicalize(IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var mentions = Collect(articles);
        var clusters = new List<List<StoryMention>>();
        var byKey = new Dictionary<string, List<StoryMention>>(StringComparer.Ordinal);
        foreach (var m in mentions.Where(m => m.Words.Length > 1))
        {
            Add(byKey, clusters, m.Key, m);
        }

        NameMerging.MergeContainedNames(clusters);
        NameMerging.MergeShortFirstNames(clusters);
        var unresolved = new Dictionary<string, List<StoryMention>>(StringComparer.Ordinal);
        foreach (var m in mentions.Where(m => m.Words.Length == 1))
        {
            var target = ResolveSingle(m, clusters);
            if (target is not null)
            {
                target.Add(m);
            }
            else
            {
                Add(unresolved, clusters, m.Key, m);
            }
        }

        NameMerging.MergeAcronyms(clusters);
        return Build(clusters.Where(c => c.Count > 0).ToList(), articles);
    }

    private static List<StoryMention> Collect(IReadOnlyList<Article> articles)
    {
        var result = new List<StoryMention>();
        for (var a = 0; a < articles.Count; a++)
        {
            var article = articles[a];
            foreach (var e in article.Annotations.Get(Layers.Entities))
            {
                var span = TrimTitles(article, e.Span, e.Type);
                var surface = article.Slice(span);
                var words = NameNormalizer.Words(surface);
                if (words.Length > 0)
                {
                    result.Add(new StoryMention(a, article, span, surface, e.Type, words, string.Join(' ', words)));
                }
            }
        }

        return result;
    }

    /// <summary>Drops leading title words and a leading "the", and a trailing possessive, keeping at least one word.</summary>
    private static TextSpan TrimTitles(Article article, TextSpan span, string type)
    {
        var text = article.Slice(span);
        var start = 0;
        while (true)
        {
            var space = text.IndexOf(' ', start);
            if (space < 0)
            {
                break;
            }

            var word = text[start..space];
            var isTitle = type == EntityTypes.Person && NameNormalizer.IsTitle(word);
            if (!isTitle && !word.Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }

            start = space + 1;
        }

        var end = text.Length;
        if (end - start > 2 && (text.EndsWith("'s", StringComparison.Ordinal) || text.EndsWith("\u2019s", StringComparison.Ordinal)))
        {
            end -= 2;
        }

        return new TextSpan(span.Start + start, end - start);
    }

    private static void Add(Dictionary<string, List<StoryMention>> byKey, List<List<StoryMention>> clusters, string key, StoryMention m)
    {
        if (!byKey.TryGetValue(key, out var cluster))
        {
            byKey[key] = cluster = [];
            clusters.Add(cluster);
        }

        cluster.Add(m);
    }

    /// <summary>The full-name cluster a one-word mention ("Maduro", or "President Maduro" after trimming) refers to, or null.</summary>
    private static List<StoryMention>? ResolveSingle(StoryMention m, List<List<StoryMention>> clusters)
    {
        if (m.Type == EntityTypes.Location)
        {
            return null;
        }

        var word = m.Words[0];
        var candidates = clusters.Where(c => c.Count > 0 && c[0].Words.Length > 1 && Matches(word, m.Type, c)).ToList();
        if (candidates.Count <= 1)
        {
            return candidates.FirstOrDefault();
        }

        var inArticle = candidates.Where(c => c.Any(x => x.ArticleIndex == m.ArticleIndex)).ToList();
        if (inArticle.Count == 1)
        {
            return inArticle[0];
        }

        if (inArticle.Count == 0)
        {
            return null; // several people share this name and the article names none of them
        }

        // Several in this article: the one named most recently before the mention, else the next one after.
        var before = inArticle.Select(c => (Cluster: c, At: c.Where(x => x.ArticleIndex == m.ArticleIndex && x.Span.Start < m.Span.Start).Select(x => x.Span.Start).DefaultIfEmpty(-1).Max()))
            .Where(x => x.At >= 0).OrderByDescending(x => x.At).FirstOrDefault();
        if (before.Cluster is not null)
        {
            return before.Cluster;
        }

        return inArticle.OrderBy(c => c.Where(x => x.ArticleIndex == m.ArticleIndex).Min(x => x.Span.Start)).First();
    }

    private static bool Matches(string word, string type, List<StoryMention> cluster)
    {
        var words = cluster[0].Words;
        var clusterType = NameMerging.Vote(cluster);
        if (clusterType == EntityTypes.Person)
        {
            // Surname (or any later part of the name); a first name alone is too ambiguous.
            return type != EntityTypes.Location && Array.IndexOf(words, word, 1) > 0;
        }

        return false;
    }

    private static List<DossierEntity> Build(List<List<StoryMention>> clusters, IReadOnlyList<Article> articles)
    {
        var ordered = clusters
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Min(m => (m.ArticleIndex * (long)int.MaxValue) + m.Span.Start))
            .ToList();
        var result = new List<DossierEntity>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var c = ordered[i];
            var name = ChooseName(c);
            var mentions = c.OrderBy(m => m.ArticleIndex).ThenBy(m => m.Span.Start).ToList();
            var descriptors = new List<DossierDescriptor>();
            var seen = new HashSet<(string, int)>();
            foreach (var m in mentions)
            {
                var a = articles[m.ArticleIndex];
                foreach (var d in DescriptorFinder.Find(a, a.Annotations.Get(Layers.Tokens), a.Annotations.Get(Layers.Sentences), m.Span))
                {
                    if (seen.Add((d.ArticleId, d.Start)))
                    {
                        descriptors.Add(d);
                    }
                }
            }

            result.Add(new DossierEntity
            {
                Id = $"e{i + 1}",
                Name = name,
                Type = NameMerging.Vote(c),
                Aliases = c.Select(m => m.Surface).Distinct(StringComparer.Ordinal).Where(s => s != name).Order(StringComparer.Ordinal).ToList(),
                Mentions = mentions.Select(m => new Evidence(m.Article.Id, m.Span.Start, m.Span.Length, m.Surface)).ToList(),
                Descriptors = descriptors,
            });
        }

        return result;
    }

    /// <summary>
    /// The form with most words; among those the one with diacritics (the careful spelling), then the
    /// longest ("Richard" over "Ric"), then the most frequent.
    /// </summary>
    private static string ChooseName(List<StoryMention> cluster)
    {
        var longest = cluster.Max(m => m.Words.Length);
        return cluster.Where(m => m.Words.Length == longest)
            .GroupBy(m => m.Surface, StringComparer.Ordinal)
            .OrderByDescending(g => NameNormalizer.HasDiacritics(g.Key))
            .ThenByDescending(g => g.Key.Length)
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .First().Key;
    }
}

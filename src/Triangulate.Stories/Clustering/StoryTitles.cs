using Triangulate.Core.Model;
using Triangulate.Core.Text;

namespace Triangulate.Stories.Clustering;

/// <summary>A story's title when none of its articles has a headline: shared by the batch stage and the living engine.</summary>
public static class StoryTitles
{
    private const int FallbackTitleLength = 120;

    /// <summary>Words of each article's lead that count toward <see cref="Central"/>.</summary>
    private const int LeadWords = 80;

    /// <summary>
    /// The headline of the article whose headline and lead are closest to the story's (tf-idf over the story's own
    /// articles, cosine against their sum), cleaned; the earliest on a tie; null when no article has a headline.
    /// Read off the articles alone, so a story's sections rebuilt from the store get the same title: the clusterer's
    /// title depends on centroids that re-weighing changes without a recompute (verify then found stored titles that
    /// differed from a rebuild).
    /// </summary>
    public static string? Central(IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var headlines = articles.Select(a => HeadlineCleaner.Clean(a.Metadata.Title)).ToList();
        if (headlines.Count(h => h is not null) <= 1)
        {
            return headlines.FirstOrDefault(h => h is not null);
        }

        var bags = articles.Select((a, i) => headlines[i] is null ? [] : Bag(headlines[i] + "\n" + a.Text)).ToList();
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in bags.SelectMany(b => b.Keys))
        {
            documentFrequency[word] = documentFrequency.GetValueOrDefault(word) + 1;
        }

        var vectors = bags.ConvertAll(bag => Unit(bag, documentFrequency, bags.Count));
        var centroid = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (word, weight) in vectors.SelectMany(v => v))
        {
            centroid[word] = centroid.GetValueOrDefault(word) + weight;
        }

        string? best = null;
        var bestScore = double.MinValue;
        for (var i = 0; i < vectors.Count; i++)
        {
            var score = 0.0;
            foreach (var (word, weight) in vectors[i])
            {
                score += weight * centroid[word];
            }

            if (headlines[i] is not null && score > bestScore + 1e-9)
            {
                (best, bestScore) = (headlines[i], score);
            }
        }

        return best;
    }

    private static Dictionary<string, int> Bag(string text)
    {
        var bag = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = 0;
        var start = -1;
        for (var i = 0; i <= text.Length && words < LeadWords; i++)
        {
            if (i < text.Length && char.IsLetter(text[i]))
            {
                start = start < 0 ? i : start;
                continue;
            }

            if (start >= 0 && i - start >= 4)
            {
                var word = string.Create(i - start, (text, start), static (span, s) =>
                {
                    for (var k = 0; k < span.Length; k++)
                    {
                        span[k] = char.ToLowerInvariant(TextFolding.Fold(s.text[s.start + k]));
                    }
                });
                if (!Stopwords.Contains(word))
                {
                    bag[word] = bag.GetValueOrDefault(word) + 1;
                    words++;
                }
            }

            start = -1;
        }

        return bag;
    }

    private static List<(string Word, double Weight)> Unit(Dictionary<string, int> bag, Dictionary<string, int> documentFrequency, int documents)
    {
        var weights = bag.Select(p => (p.Key, (1 + Math.Log(p.Value)) * Math.Log(1.0 + ((double)documents / documentFrequency[p.Key])))).ToList();
        var norm = Math.Sqrt(weights.Sum(w => w.Item2 * w.Item2));
        return norm == 0 ? [] : weights.ConvertAll(w => (w.Key, w.Item2 / norm));
    }

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

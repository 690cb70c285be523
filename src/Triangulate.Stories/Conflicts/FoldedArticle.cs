using Triangulate.Core.Annotations;
using Triangulate.Core.Collections;
using Triangulate.Core.Model;
using Triangulate.Core.Text;

namespace Triangulate.Stories.Conflicts;

/// <summary>
/// An article's folded text (<see cref="TextFolding.Fold(string)"/>, same length as the text) with, per word asked for, the
/// sentences that hold it. Whether one sentence names two places was a scan of every sentence for every pair of
/// places; a word's sentences are found once (its occurrences, each placed by binary search), and a pair is then a
/// merge of two short sorted lists.
/// </summary>
internal sealed class FoldedArticle(Article article)
{
    private readonly Dictionary<string, int[]> _sentencesWith = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _holds = new(StringComparer.Ordinal);

    public Article Article { get; } = article;

    public string Folded { get; } = TextFolding.Fold(article.Text);

    /// <summary>Whether the folded text holds <paramref name="key"/> (remembered: every pair of places asks again).</summary>
    public bool Holds(string key)
    {
        if (!_holds.TryGetValue(key, out var holds))
        {
            _holds[key] = holds = Folded.Contains(key, StringComparison.Ordinal);
        }

        return holds;
    }

    /// <summary>Whether one sentence holds both <paramref name="a"/> and <paramref name="b"/> (as substrings).</summary>
    public bool OneSentenceHolds(string a, string b)
    {
        return SortedOverlap.Any<int>(SentencesWith(a), SentencesWith(b));
    }

    private int[] SentencesWith(string word)
    {
        if (_sentencesWith.TryGetValue(word, out var found))
        {
            return found;
        }

        var sentences = Article.Annotations.Get(Layers.Sentences);
        var indices = new List<int>();
        if (word.Length == 0)
        {
            indices.AddRange(Enumerable.Range(0, sentences.Count));
        }
        else
        {
            for (var at = Folded.IndexOf(word, StringComparison.Ordinal); at >= 0; at = Folded.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                var s = LayerSearch.LastStartingAtOrBefore(sentences, at);
                if (s >= 0 && at + word.Length <= sentences[s].Span.End && (indices.Count == 0 || indices[^1] != s))
                {
                    indices.Add(s);
                }
            }
        }

        return _sentencesWith[word] = [.. indices];
    }
}

using Triangulate.Core.Collections;

namespace Triangulate.Stories.Quotes;

/// <summary>
/// A quotation's words as ids sorted ascending, each with how often it occurs and whether it is a content word.
/// Families compare every pair of a story's quotations; with ids from one vocabulary per build, comparing two
/// quotations is a merge of two short arrays instead of hash lookups per word, which is where a text of
/// thousands of quotations spent its quote-families stage.
/// </summary>
internal sealed class WordBag
{
    private readonly int[] _ids;
    private readonly int[] _counts;
    private readonly bool[] _content;
    private readonly int[] _contentIds;

    private WordBag(int[] ids, int[] counts, bool[] content, int[] contentIds)
    {
        _ids = ids;
        _counts = counts;
        _content = content;
        _contentIds = contentIds;
    }

    /// <summary>The bag of <paramref name="words"/>, numbering new words in <paramref name="vocabulary"/>.</summary>
    public static WordBag Of(string[] words, Dictionary<string, int> vocabulary)
    {
        var counts = new SortedDictionary<int, (int Count, bool Content)>();
        foreach (var w in words)
        {
            if (!vocabulary.TryGetValue(w, out var id))
            {
                vocabulary[w] = id = vocabulary.Count;
            }

            counts[id] = counts.TryGetValue(id, out var seen) ? (seen.Count + 1, seen.Content) : (1, QuoteText.IsContent(w));
        }

        var ids = new int[counts.Count];
        var n = new int[counts.Count];
        var content = new bool[counts.Count];
        var contentIds = new List<int>();
        var i = 0;
        foreach (var (id, (count, isContent)) in counts)
        {
            (ids[i], n[i], content[i]) = (id, count, isContent);
            if (isContent)
            {
                contentIds.Add(id);
            }

            i++;
        }

        return new WordBag(ids, n, content, [.. contentIds]);
    }

    /// <summary>How many distinct content words both bags hold, counting no further than <paramref name="needed"/>.</summary>
    public int SharedContentWords(WordBag other, int needed) => SortedOverlap.Count<int>(_contentIds, other._contentIds, needed);

    /// <summary>The multiset overlap of the two bags (each word counts min(times here, times there)), and the same for
    /// content words alone.</summary>
    public int Shared(WordBag other, out int sharedContent)
    {
        int shared = 0, i = 0, j = 0;
        sharedContent = 0;
        while (i < _ids.Length && j < other._ids.Length)
        {
            if (_ids[i] == other._ids[j])
            {
                var both = Math.Min(_counts[i], other._counts[j]);
                shared += both;
                if (_content[i])
                {
                    sharedContent += both;
                }

                i++;
                j++;
            }
            else if (_ids[i] < other._ids[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }
}

namespace Triangulate.Stories.Entities;

/// <summary>
/// Where each candidate cluster names its person in full (a mention of two or more words), per article, as sorted
/// offsets. A one-word mention looks for the latest full mention before it in its paragraph; scanning every mention
/// of every candidate cluster for each one-word mention made a text with thousands of names quadratic. Full mentions
/// never change while one-word mentions are placed (only one-word mentions join clusters then), so each cluster's
/// offsets are collected once, on first use.
/// </summary>
internal sealed class MultiWordStarts
{
    private readonly Dictionary<List<StoryMention>, Dictionary<int, int[]>> _byCluster = new(ReferenceEqualityComparer.Instance);

    /// <summary>The cluster with the latest full mention in <paramref name="m"/>'s article at or after
    /// <paramref name="paragraphStart"/> and before <paramref name="m"/>; the earlier cluster on a tie; null when none.</summary>
    public List<StoryMention>? Latest(StoryMention m, int paragraphStart, List<List<StoryMention>> clusters)
    {
        List<StoryMention>? best = null;
        var bestAt = -1;
        foreach (var c in clusters)
        {
            if (!Of(c).TryGetValue(m.ArticleIndex, out var starts))
            {
                continue;
            }

            var before = LastBefore(starts, m.Span.Start);
            if (before >= paragraphStart && before > bestAt)
            {
                best = c;
                bestAt = before;
            }
        }

        return best;
    }

    private Dictionary<int, int[]> Of(List<StoryMention> cluster)
    {
        if (!_byCluster.TryGetValue(cluster, out var byArticle))
        {
            byArticle = cluster.Where(x => x.Words.Length > 1)
                .GroupBy(x => x.ArticleIndex)
                .ToDictionary(g => g.Key, g => g.Select(x => x.Span.Start).Order().ToArray());
            _byCluster[cluster] = byArticle;
        }

        return byArticle;
    }

    /// <summary>The largest offset below <paramref name="limit"/>, or -1.</summary>
    private static int LastBefore(int[] starts, int limit)
    {
        int low = 0, high = starts.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (starts[mid] < limit)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low > 0 ? starts[low - 1] : -1;
    }
}

using Triangulate.Core.Ingest;
using Triangulate.Core.Living;
using Triangulate.Ingest;
using Triangulate.TestKit;

namespace Triangulate.ScaleOut.Tests;

/// <summary>Test inputs and the partition comparison shared by the cluster tests.</summary>
public static class Streams
{
    /// <summary>ECB+ in "publication order": it is undated and sorted by topic on disk, which would hand a stream
    /// the answer, so it is ordered by a hash of each document's locator (as the quality tests and the living
    /// engine's agreement bench do).</summary>
    public static async Task<List<RawDocument>> EcbPlusAsync()
    {
        var path = SharedData.Path("data", "stories", "ecbplus.jsonl") ?? throw new InvalidOperationException(SharedData.MissingMessage("data/stories/ecbplus.jsonl"));
        var documents = new List<RawDocument>();
        await foreach (var item in new InputReader(new IngestOptions()).ReadAsync([path], CancellationToken.None))
        {
            if (item.Document is { } document)
            {
                documents.Add(document);
            }
        }

        return [.. documents.OrderBy(d => Fnv(d.Locator)).ThenBy(d => d.Locator, StringComparer.Ordinal)];
    }

    /// <summary>The repository's demo inputs (files of several formats), in file order.</summary>
    public static async Task<List<RawDocument>> DemoAsync()
    {
        var documents = new List<RawDocument>();
        await foreach (var item in new InputReader(new IngestOptions()).ReadAsync([Path.Combine(SharedData.RepoRoot, "samples", "demo")], CancellationToken.None))
        {
            if (item.Document is { } document)
            {
                documents.Add(document);
            }
        }

        return documents;
    }

    public static async IAsyncEnumerable<IngestItem> AsItems(IEnumerable<RawDocument> documents)
    {
        await Task.Yield();
        foreach (var document in documents)
        {
            yield return IngestItem.Of(document);
        }
    }

    /// <summary>Article id → story id, from the store.</summary>
    public static async Task<Dictionary<string, string>> PartitionAsync(IStoryStore store)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var story in (await store.ListStoriesAsync(new StoryListQuery { Limit = int.MaxValue })).Items)
        {
            foreach (var id in await store.StoryArticleIdsAsync(story.Id, int.MaxValue))
            {
                Assert.True(result.TryAdd(id, story.Id), $"article {id} is in two stories");
            }
        }

        return result;
    }

    /// <summary>B-cubed F1 of <paramref name="other"/> against <paramref name="reference"/> (an article missing from
    /// <paramref name="other"/> counts as a singleton).</summary>
    public static double Bcubed(IReadOnlyDictionary<string, string> reference, IReadOnlyDictionary<string, string> other)
    {
        var a = reference.GroupBy(kv => kv.Value).ToDictionary(g => g.Key, g => g.Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal));
        var b = other.GroupBy(kv => kv.Value).ToDictionary(g => g.Key, g => g.Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal));
        double p = 0, r = 0;
        foreach (var (id, label) in reference)
        {
            var mine = a[label];
            var theirs = other.TryGetValue(id, out var l) ? b[l] : [id];
            var both = mine.Count(theirs.Contains);
            p += (double)both / theirs.Count;
            r += (double)both / mine.Count;
        }

        p /= reference.Count;
        r /= reference.Count;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static uint Fnv(string s)
    {
        var h = 2166136261u;
        foreach (var c in s)
        {
            h = (h ^ c) * 16777619u;
        }

        return h;
    }
}

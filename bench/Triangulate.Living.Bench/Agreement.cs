using Triangulate.Core.Ingest;
using Triangulate.Core.Living;
using Triangulate.Engine;
using Triangulate.Engine.Living;
using Triangulate.Ingest;
using Triangulate.Storage.Sqlite;

namespace Triangulate.Living.Bench;

/// <summary>
/// Stream/batch agreement: the same articles, in the same (publication) order, through the living engine in one
/// batch and in batches of each given size; prints the B-cubed F1 of each streamed partition against the batch one.
/// </summary>
public static class Agreement
{
    /// <param name="shuffle">Undated corpora sorted by story (ECB+) would hand a stream the answer: order them by a
    /// hash of the input name instead, as the clustering quality tests do.</param>
    public static async Task<int> RunAsync(string input, string folder, IReadOnlyList<int> sizes, bool shuffle, double? prior = null)
    {
        Directory.CreateDirectory(folder);
        var items = new List<IngestItem>();
        await foreach (var item in new InputReader(new IngestOptions()).ReadAsync([input], CancellationToken.None))
        {
            items.Add(item);
        }

        if (shuffle)
        {
            items = [.. items.OrderBy(i => Fnv(i.Document?.Locator ?? "")).ThenBy(i => i.Document?.Locator, StringComparer.Ordinal)];
        }

        var options = prior is { } p ? new LivingOptions { Clustering = new Stories.Clustering.StoryClustererOptions { IdfPriorDocuments = p } } : new LivingOptions();
        var batch = await PartitionAsync(items, int.MaxValue, Path.Combine(folder, "batch.db"), options);
        Console.WriteLine($"{input}: {batch.Count:N0} articles, {batch.Values.Distinct().Count():N0} stories in one batch");
        var worst = 1.0;
        foreach (var size in sizes)
        {
            var streamed = await PartitionAsync(items, size, Path.Combine(folder, $"stream-{size}.db"), options);
            var f1 = Bcubed(batch, streamed);
            worst = Math.Min(worst, f1);
            Console.WriteLine($"batches of {size,4}: {streamed.Values.Distinct().Count():N0} stories, B3 F1 against the batch run {f1:F4}");
        }

        Console.WriteLine($"lowest B3 F1 {worst:F4} (accept: >= 0.98)");
        return worst >= 0.98 ? 0 : 1;
    }

    /// <summary>Article id → story id after streaming <paramref name="items"/> in batches of <paramref name="size"/>, one engine run per batch.</summary>
    private static async Task<Dictionary<string, string>> PartitionAsync(List<IngestItem> items, int size, string db, LivingOptions options)
    {
        File.Delete(db);
        await using var store = await SqliteArticleStore.OpenAsync(db);
        var pipeline = PipelineFactory.CreateFull();
        var engine = new StoryEngine(store, pipeline, options);
        foreach (var chunk in items.Chunk(size == int.MaxValue ? items.Count : size))
        {
            await engine.IngestAsync(ToAsync(chunk), new Quiet(), batchSize: chunk.Length, flush: false);
        }

        // The end of the stream, as the end of every ingest run: the recent articles settle.
        await engine.SettleAsync();
        if (Environment.GetEnvironmentVariable("SETTLE_TWICE") is not null)
        {
            await engine.SettleAsync();
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var story in (await store.ListStoriesAsync(new StoryListQuery { Limit = int.MaxValue })).Items)
        {
            foreach (var id in await store.StoryArticleIdsAsync(story.Id, int.MaxValue))
            {
                result[id] = story.Id;
            }
        }

        return result;
    }

    public static double Bcubed(IReadOnlyDictionary<string, string> reference, IReadOnlyDictionary<string, string> other)
    {
        var a = reference.GroupBy(kv => kv.Value).ToDictionary(g => g.Key, g => g.Select(kv => kv.Key).ToHashSet());
        var b = other.GroupBy(kv => kv.Value).ToDictionary(g => g.Key, g => g.Select(kv => kv.Key).ToHashSet());
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

    private static async IAsyncEnumerable<IngestItem> ToAsync(IEnumerable<IngestItem> items)
    {
        await Task.Yield();
        foreach (var item in items)
        {
            yield return item;
        }
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

    private sealed class Quiet : IProgressSink
    {
        public void Advance(int articles, long inputUnits)
        {
        }
    }
}

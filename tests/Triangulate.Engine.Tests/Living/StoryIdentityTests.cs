using Triangulate.Core.Living;
using Triangulate.Engine.Living;

namespace Triangulate.Engine.Tests.Living;

/// <summary>Story ids are fixed at birth: in every ingest order tested, an id once shown keeps resolving to a story
/// that still holds the articles it held (merges leave an alias; a split records where articles went).</summary>
public sealed class StoryIdentityTests
{
    public static TheoryData<string, int> Orders => new() { { "files", 0 }, { "reverse", 0 }, { "shuffled", 1 }, { "shuffled", 2 }, { "shuffled", 3 } };

    [Theory]
    [MemberData(nameof(Orders))]
    public async Task Ingest_DemoInAnyOrder_EveryIdEverShownStillResolvesToItsArticles(string order, int seed)
    {
        var files = LivingHarness.DemoFiles().ToList();
        files = order switch
        {
            "reverse" => files.AsEnumerable().Reverse().ToList(),
            "shuffled" => files.OrderBy(_ => new Random(seed).Next()).ToList(),
            _ => files,
        };
        if (order == "shuffled")
        {
            var random = new Random(seed);
            files = files.OrderBy(_ => random.Next()).ToList();
        }

        await using var harness = new LivingHarness();
        var store = await harness.OpenAsync();
        var stories = (IStoryStore)store;
        var seen = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            await LivingHarness.Engine(store).IngestAsync(LivingHarness.Read(file), new LivingHarness.NoProgress());
            foreach (var story in (await stories.ListStoriesAsync(new StoryListQuery { Limit = 1000 })).Items)
            {
                var members = await stories.StoryArticleIdsAsync(story.Id, int.MaxValue);
                (seen.TryGetValue(story.Id, out var held) ? held : seen[story.Id] = []).UnionWith(members);
            }
        }

        var splits = (await stories.ListEventsAsync(new StoryEventQuery { Limit = 10_000 })).Where(e => e.Kind == StoryEventKinds.Split).ToList();
        foreach (var (id, held) in seen)
        {
            var now = await stories.GetStoryAsync(id);
            Assert.NotNull(now);
            var members = (await stories.StoryArticleIdsAsync(now.Id, int.MaxValue)).ToHashSet(StringComparer.Ordinal);
            var gone = held.Where(a => !members.Contains(a)).ToList();
            Assert.True(gone.Count == 0 || splits.Exists(s => s.StoryId == now.Id), $"{id} lost {gone.Count} articles without a split event");
        }

        Assert.True((await stories.CheckAsync()).Holds);
    }

    [Fact]
    public async Task Ingest_BatchAndStreamInPublicationOrder_GiveTheSameStoryIds()
    {
        await using var harness = new LivingHarness();
        var batch = await harness.OpenAsync("batch.db");
        var stream = await harness.OpenAsync("stream.db");
        await LivingHarness.Engine(batch).IngestAsync(LivingHarness.Read(LivingHarness.Demo), new LivingHarness.NoProgress());
        await LivingHarness.StreamDemoInPublicationOrderAsync(stream);

        static async Task<List<string>> Ids(Core.Storage.IArticleStore s) =>
            [.. (await ((IStoryStore)s).ListStoriesAsync(new StoryListQuery())).Items.Select(i => i.Id).Order(StringComparer.Ordinal)];
        Assert.Equal(await Ids(batch), await Ids(stream));
    }

    [Fact]
    public async Task Ingest_StoryLeftTheLiveWindow_LateArticleFindsItThroughTheStoreIndex()
    {
        // One live story at a time: the aquarium story pushes the bridge story out of memory, and the later bridge
        // articles must bring it back from the store rather than start a new story.
        await using var harness = new LivingHarness();
        var store = await harness.OpenAsync();
        var options = new LivingOptions { MaxLiveStories = 1 };
        foreach (var file in LivingHarness.DemoFiles().OrderBy(f => f.Contains("aquarium", StringComparison.Ordinal) ? 0 : 1))
        {
            await LivingHarness.Engine(store, options).IngestAsync(LivingHarness.Read(file), new LivingHarness.NoProgress());
        }

        var page = await ((IStoryStore)store).ListStoriesAsync(new StoryListQuery());
        Assert.Equal([12, 1], page.Items.Select(s => s.Articles));
        var expected = LivingHarness.Comparable(await LivingHarness.BatchAsync(LivingHarness.Demo), ignoreTitles: true);
        var actual = LivingHarness.Comparable(await LivingHarness.ExportAllAsync(store), ignoreTitles: true);
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var key in expected.Keys)
        {
            Assert.Equal(expected[key], actual[key]);
        }
    }
}

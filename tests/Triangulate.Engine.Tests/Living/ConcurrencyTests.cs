using System.Collections.Concurrent;
using Triangulate.Core.Living;
using Triangulate.TestKit;

namespace Triangulate.Engine.Tests.Living;

/// <summary>Readers hammer the store while the single writer ingests: no exception, and once a story exists the list is never empty.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Readers_DuringStreamingIngest_NeverFailAndNeverSeeAnEmptyList()
    {
        await using var harness = new LivingHarness();
        var store = await harness.OpenAsync();
        var stories = (IStoryStore)store;
        var input = SyntheticNews.Write(harness.PathOf("stream.jsonl"), 240, 12);
        var errors = new ConcurrentQueue<Exception>();
        var reads = 0;
        var emptyAfterFirst = 0;
        using var stop = new CancellationTokenSource();
        var firstStory = new TaskCompletionSource();

        async Task ReadLoop(int reader)
        {
            var sawStories = false;
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    var page = await stories.ListStoriesAsync(new StoryListQuery { Limit = 20, Sort = reader % 2 == 0 ? "size" : "updated" });
                    if (page.Items.Count > 0)
                    {
                        sawStories = true;
                        firstStory.TrySetResult();
                        var story = await stories.GetStoryAsync(page.Items[reader % page.Items.Count].Id);
                        Assert.NotNull(story);
                        await stories.ArticleBriefsAsync(await stories.StoryArticleIdsAsync(story.Id, 50));
                    }
                    else if (sawStories)
                    {
                        Interlocked.Increment(ref emptyAfterFirst);
                    }

                    await stories.ListEventsAsync(new StoryEventQuery { Limit = 50 });
                    await store.SearchAsync("emergency office", 5);
                    Interlocked.Increment(ref reads);
                }
                catch (Exception ex)
                {
                    errors.Enqueue(ex);
                }
            }
        }

        var readers = Enumerable.Range(0, 4).Select(i => Task.Run(() => ReadLoop(i))).ToList();
        var engine = LivingHarness.Engine(store);
        var outcome = await engine.IngestAsync(LivingHarness.Read(input), new LivingHarness.NoProgress(), batchSize: 8);
        await stop.CancelAsync();
        await Task.WhenAll(readers);

        Assert.Empty(errors);
        Assert.Equal(0, emptyAfterFirst);
        Assert.True(reads > 20, $"only {reads} reads");
        Assert.Equal(240, outcome.Added);
        Assert.True((await engine.VerifyAsync(0, new LivingHarness.NoProgress())).Passed);
    }

    [Fact]
    public async Task TwoEnginesOnOneStore_TakeTurnsAndMatchOneEngine()
    {
        // Two writers (as the server and a CLI ingest would be) alternate batches: each sees the other's commits
        // and rebuilds its memory, so the stories equal those of one engine.
        await using var harness = new LivingHarness();
        var input = SyntheticNews.JsonLines(120, 6);
        var parts = input.Chunk(15).Select((lines, i) => { var p = harness.PathOf($"part{i}.jsonl"); File.WriteAllLines(p, lines); return p; }).ToList();
        var one = await harness.OpenAsync("one.db");
        var two = await harness.OpenAsync("two.db");
        var single = LivingHarness.Engine(one);
        var (a, b) = (LivingHarness.Engine(two), LivingHarness.Engine(two));
        for (var i = 0; i < parts.Count; i++)
        {
            await single.IngestAsync(LivingHarness.Read(parts[i]), new LivingHarness.NoProgress());
            await (i % 2 == 0 ? a : b).IngestAsync(LivingHarness.Read(parts[i]), new LivingHarness.NoProgress());
        }

        Assert.Equal(LivingHarness.Comparable(await LivingHarness.ExportAllAsync(one)), LivingHarness.Comparable(await LivingHarness.ExportAllAsync(two)));
    }
}

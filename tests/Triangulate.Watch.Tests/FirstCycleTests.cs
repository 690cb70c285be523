using Triangulate.Watch.Tests.Support;

namespace Triangulate.Watch.Tests;

/// <summary>One cycle over the fake site's listings: what is stored, once, under which address.</summary>
public sealed class FirstCycleTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 3, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task RunOnceAsync_FeedsAndSitemaps_EachLiveArticleStoredOnceUnderItsCanonicalAddress()
    {
        var clock = new SimulatedClock(Start.AddHours(5));
        await using var site = await FakeNewsSite.StartAsync(clock, NewsSchedule.Generate(Start, TimeSpan.FromHours(4), TimeSpan.FromMinutes(40)));
        await using var h = await WatchHarness.CreateAsync(clock);
        await h.AddSourcesAsync(site.Url("/feed.xml"), site.Url("/feed.json"), site.Url("/sitemap-index.xml"));

        var report = await h.Watcher.RunOnceAsync(CancellationToken.None);

        var live = site.Schedule.Articles.Where(a => a.IsPublished(clock.GetUtcNow())).ToList();
        Assert.True(live.Count >= 6, report.ToString());
        foreach (var a in live)
        {
            var revisions = await h.State.RevisionsAsync(site.ArticleUrl(a.Number));
            Assert.True(revisions.Count == 1, $"article {a.Number}: {revisions.Count} revisions; {report}; {string.Join(" | ", report.Errors)}");
        }

        Assert.Equal(live.Count, await h.Articles.CountAsync());
        Assert.DoesNotContain(site.Requests, r => r.Path.StartsWith("/private/", StringComparison.Ordinal));
        Assert.DoesNotContain(site.Requests, r => r.Path.StartsWith("/amp/", StringComparison.Ordinal) && live.Any(a => a.Section == "rss" && r.Path.EndsWith("/" + a.Number, StringComparison.Ordinal)));
    }
}

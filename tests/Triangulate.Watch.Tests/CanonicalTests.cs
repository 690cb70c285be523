using Triangulate.Watch.Tests.Support;

namespace Triangulate.Watch.Tests;

/// <summary>One article reached by three addresses (tracking-tagged, AMP, canonical) is stored once.</summary>
public sealed class CanonicalTests
{
    [Fact]
    public async Task RunOnceAsync_ThreeAddressesOfOneArticle_StoredOnceFromTheCanonicalPage()
    {
        var clock = new SimulatedClock(DateTimeOffset.UtcNow);
        await using var site = await FakeNewsSite.StartAsync(clock, NewsSchedule.AllPublished(clock.GetUtcNow(), 3));
        site.CrawlDelay = 0;
        await using var h = await WatchHarness.CreateAsync(clock);
        await h.AddSourcesAsync(site.Url("/amp/news/2"), site.Url("/news/2?utm_source=newsletter&fbclid=abc"), site.Url("/news/2"));

        var report = await h.Watcher.RunOnceAsync(CancellationToken.None);

        Assert.True(await h.Articles.CountAsync() == 1, report + " " + string.Join(" | ", report.Errors));
        var revision = Assert.Single(await h.State.RevisionsAsync(site.ArticleUrl(2)));
        var article = await h.Articles.GetAsync(revision.ArticleId);
        Assert.Contains("Repairs are expected", article!.Text, StringComparison.Ordinal); // the AMP copy lacks this paragraph
        Assert.Equal(site.ArticleUrl(2), article.Source.Url);
        Assert.Equal(1, report.NewArticles);
        Assert.NotNull(await h.State.FindPageAsync(site.Url("/amp/news/2")));
    }
}

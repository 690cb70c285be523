using Triangulate.Core.Storage;
using Triangulate.Ingest.Web;
using Triangulate.Watch.Tests.Support;
using Xunit.Abstractions;

namespace Triangulate.Watch.Tests;

/// <summary>
/// The watcher against the fake news site for 48 simulated hours: articles appear, are edited (listed and quiet
/// edits), are taken down; faults answer 304, 429, 500, slowly, with 20 MB, in a redirect loop, by redirecting to a
/// private address, with a malformed feed. Checked: each article stored once, each edit a revision, no disallowed
/// path requested, no two requests to the host closer than its delay, memory flat, and each source's health.
/// Runs alone (the non-parallel collection of <see cref="ThroughputTests"/>): memory is measured for the whole
/// process, so another test loading its models meanwhile would read as growth here (seen once in CI).
/// </summary>
[Collection(nameof(Throughput))]
public sealed class WatchSimulationTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset Start = new(2025, 3, 3, 6, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Span = TimeSpan.FromHours(double.Parse(Environment.GetEnvironmentVariable("TRI_SIM_HOURS") ?? "48", System.Globalization.CultureInfo.InvariantCulture));
    private static readonly string[] Faults = ["not-modified", "rate-limited", "error", "slow", "huge", "loop", "private", "malformed"];

    [Fact]
    public async Task Watch48SimulatedHours_EveryArticleOnceEveryEditARevision_PoliteAndFlat()
    {
        var clock = new SimulatedClock(Start);
        var schedule = NewsSchedule.Generate(Start.AddMinutes(10), Span - TimeSpan.FromHours(8), TimeSpan.FromMinutes(40));
        await using var site = await FakeNewsSite.StartAsync(clock, schedule);
        // A 2 s network timeout: the slow fault (3 s) must time out, a loaded test machine must not.
        await using var h = await WatchHarness.CreateAsync(clock, new WatchOptions { Interval = TimeSpan.FromMinutes(5), Tick = TimeSpan.FromMinutes(1) },
            WatchHarness.LoopbackFetch(TimeSpan.FromSeconds(2)));
        await h.AddSourcesAsync([site.Url("/feed.xml"), site.Url("/feed.json"), site.Url("/sitemap-index.xml"), .. Faults.Select(f => site.Url("/faults/" + f))]);

        var (early, late) = await RunAsync(h, clock);

        output.WriteLine($"managed memory at hour 24 {early / 1024} KiB, at the end {late / 1024} KiB");

        await AssertEveryArticleOnceAndEveryEditARevisionAsync(h, site, schedule);
        AssertPolite(site);
        AssertConditionalAndCompressed(site);
        await AssertHealthAsync(h, site);
        output.WriteLine($"{site.Requests.Count} requests; {await h.Articles.CountAsync()} article rows");
        Assert.True(late - early < 4L * 1024 * 1024, $"managed memory grew from {early} to {late} bytes between hour 24 and the end");
    }

    private async Task<(long Early, long Late)> RunAsync(WatchHarness h, SimulatedClock clock)
    {
        long? early = null;
        var nextSample = Start.AddHours(24);
        while (clock.GetUtcNow() < Start + Span)
        {
            await h.Watcher.RunOnceAsync(CancellationToken.None);
            if (clock.GetUtcNow() >= nextSample)
            {
                var memory = ManagedMemory();
                early ??= memory;
                output.WriteLine($"hour {(clock.GetUtcNow() - Start).TotalHours:0}: managed memory {memory / 1024} KiB");
                nextSample = nextSample.AddHours(6);
            }

            await Task.Delay(TimeSpan.FromMinutes(1), clock);
        }

        return (early ?? 0, ManagedMemory());
    }

    private static long ManagedMemory()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private async Task AssertEveryArticleOnceAndEveryEditARevisionAsync(WatchHarness h, FakeNewsSite site, NewsSchedule schedule)
    {
        var end = Start + Span;
        var revisionRows = 0;
        foreach (var a in schedule.Articles)
        {
            var stop = a.Deleted is { } deleted && deleted < end ? deleted : end;
            var expected = 1 + a.Edits.Count(e => e.At < stop);
            var revisions = await h.State.RevisionsAsync(site.ArticleUrl(a.Number));
            Assert.True(expected == revisions.Count, $"article {a.Number} ({a.Section}, published {a.Published:HH:mm}, edits {string.Join(", ", a.Edits.Select(e => e.At.ToString("dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)))}): expected {expected} revisions, found {revisions.Count} seen at {string.Join(", ", revisions.Select(r => r.SeenAt.ToString("dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)))}; requests {string.Join(", ", site.Requests.Where(r => r.Path.EndsWith("/" + a.Number, StringComparison.Ordinal)).Select(r => $"{r.PathAndQuery} {r.At:dd HH:mm:ss} {r.Status}"))}");
            Assert.Equal(Enumerable.Range(1, expected), revisions.Select(r => r.Number));
            Assert.Equal(revisions.Count, revisions.Select(r => r.ArticleId).Distinct().Count());
            foreach (var r in revisions.Skip(1))
            {
                Assert.Contains(r.Changes, c => c.Aspects.Contains("figure"));
            }

            revisionRows += revisions.Count;
        }

        Assert.Equal(revisionRows, await h.State.CountRevisionsAsync());
        Assert.Equal(revisionRows, await h.Articles.CountAsync());
        var events = h.Observer.Events;
        Assert.Equal(revisionRows - schedule.Articles.Count, events.Count);
        Assert.All(events, e =>
        {
            var figure = Assert.Single(e.Figures);
            Assert.Equal(figure.Before + 2, figure.After);
            Assert.Contains(((int)figure.After).ToString(System.Globalization.CultureInfo.InvariantCulture), figure.AfterEvidence.Text, StringComparison.Ordinal);
            Assert.Equal(e.CurrentId, figure.AfterEvidence.ArticleId);
            Assert.Equal(e.PreviousId, figure.BeforeEvidence.ArticleId);
            Assert.Equal("Velmora Post", e.Outlet);
        });
        output.WriteLine($"{schedule.Articles.Count} articles, {revisionRows} revisions, {events.Count} revision events");
    }

    private static void AssertPolite(FakeNewsSite site)
    {
        var requests = site.Requests.OrderBy(r => r.At).ToList();
        Assert.DoesNotContain(requests, r => r.Path.StartsWith("/private/", StringComparison.Ordinal));
        Assert.All(requests, r => Assert.StartsWith("Triangulate/", r.UserAgent, StringComparison.Ordinal));
        var firstRobots = requests.FindIndex(r => r.Path == "/robots.txt");
        Assert.Equal(0, firstRobots);
        for (var i = 1; i < requests.Count; i++)
        {
            // Crawl-delay 3 once robots.txt is known; before it, the minimum delay of 1 s.
            var delay = i == 1 ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(3);
            var gap = requests[i].At - requests[i - 1].At;
            Assert.True(gap >= delay, $"{requests[i - 1].PathAndQuery} then {requests[i].PathAndQuery} only {gap.TotalSeconds} s apart");
        }

        // The 429's Retry-After (90 s) was honoured: nothing reached the host in the 90 s after each 429.
        foreach (var limited in requests.Where(r => r.Status == 429))
        {
            Assert.DoesNotContain(requests, r => r.At > limited.At && r.At < limited.At.AddSeconds(90));
        }
    }

    private static void AssertConditionalAndCompressed(FakeNewsSite site)
    {
        var feed = site.Requests.Where(r => r.Path == "/feed.xml").ToList();
        Assert.True(feed.Skip(1).All(r => r.Conditional), "every feed poll after the first is conditional");
        Assert.Contains(feed, r => r.Status == 304);
        Assert.All(site.Requests, r => Assert.Contains("br", r.AcceptEncoding, StringComparison.Ordinal));
        Assert.Contains(site.Requests, r => r.ContentEncoding is "br");
    }

    private static async Task AssertHealthAsync(WatchHarness h, FakeNewsSite site)
    {
        var sources = (await h.State.ListSourcesAsync()).ToDictionary(s => new Uri(s.Url).AbsolutePath);
        var feed = sources["/feed.xml"].Health;
        Assert.NotNull(feed.LastSuccessAt);
        Assert.True(feed.ItemsSeen >= 20 && feed.NotModified > 0 && feed.AverageLatencyMs is not null, feed.ToString());
        Assert.Equal("sitemapindex", sources["/sitemap-index.xml"].Kind);
        Assert.Equal("sitemap", sources["/news-sitemap.xml"].Kind);
        Assert.True(sources["/faults/not-modified"].Health.NotModified > 100);
        Assert.NotNull(sources["/faults/rate-limited"].Health.LastSuccessAt);
        Assert.Contains("429", sources["/faults/rate-limited"].Health.LastError, StringComparison.Ordinal);
        ExpectError(sources["/faults/error"], "500");
        ExpectError(sources["/faults/slow"], "did not arrive");
        ExpectError(sources["/faults/huge"], "larger than");
        ExpectError(sources["/faults/loop"], "redirect loop");
        ExpectError(sources["/faults/private"], "not public");
        ExpectError(sources["/faults/malformed"], "malformed");
        Assert.True(sources["/faults/error"].Health.Fetches == 0 && sources["/faults/error"].Health.ConsecutiveFailures is > 2 and < 20);
        Assert.DoesNotContain(site.Requests, r => r.Host.StartsWith("10.", StringComparison.Ordinal));
    }

    private static void ExpectError(WatchedSource source, string text)
    {
        Assert.Null(source.Health.LastSuccessAt);
        Assert.Contains(text, source.Health.LastError, StringComparison.Ordinal);
    }
}

using Triangulate.Core.Model;
using Triangulate.Reports.Building;
using Triangulate.TestKit;
using Triangulate.Watch.Tests.Support;

namespace Triangulate.Watch.Tests;

/// <summary>An edited article's dossier entry lists both versions, with the changed sentence, and still validates against the schema.</summary>
public sealed class DossierRevisionTests
{
    [Fact]
    public async Task AttachAsync_EditedArticle_RevisionsInDossierAndSchemaValid()
    {
        var start = new DateTimeOffset(2025, 3, 3, 6, 0, 0, TimeSpan.Zero);
        var clock = new SimulatedClock(start);
        var edit = new ArticleEdit(start.AddMinutes(30), Listed: true, Headline: true);
        await using var site = await FakeNewsSite.StartAsync(clock, new NewsSchedule([new ScheduledArticle(1, start.AddMinutes(-5), "rss", [edit], null)]));
        site.CrawlDelay = 0;
        await using var h = await WatchHarness.CreateAsync(clock);
        await h.AddSourcesAsync(site.Url("/news-sitemap.xml"));
        await h.Watcher.RunOnceAsync(CancellationToken.None);
        clock.AdvanceTo(start.AddMinutes(40));
        await h.Watcher.RunOnceAsync(CancellationToken.None);

        var revisions = await h.State.RevisionsAsync(site.ArticleUrl(1));
        Assert.Equal(2, revisions.Count);
        var current = (await h.Articles.GetAsync(revisions[1].ArticleId))!;
        var dossier = new DossierBuilder(clock).Build([current], []);
        await DossierRevisions.AttachAsync(dossier, h.State, CancellationToken.None);

        var listed = dossier.Articles[0].Revisions!;
        Assert.Equal([1, 2], listed.Select(r => r.Number));
        Assert.Contains(listed[1].Changes, c => c.Op == "title");
        var figure = Assert.Single(listed[1].Changes, c => c.Aspects?.Contains("figure") == true);
        Assert.Equal(current.Text.Substring(figure.After!.Start, figure.After.Length), figure.After.Text);
        SchemaAssert.Valid(dossier);
    }
}

using System.Text.Json.Nodes;
using Triangulate.Core.Dossier;
using Triangulate.Core.Living;
using Triangulate.Core.Model;
using Triangulate.Core.Revisions;
using Triangulate.Core.Storage;
using Triangulate.Engine.Living;

namespace Triangulate.Engine.Tests.Living;

/// <summary>Issue #17: an edit that changes a figure shows in the story's changes (what <c>triangulate changes</c>
/// reads) as a figure update by the same outlet, with both revisions' evidence.</summary>
public sealed class FigureRevisionEventsTests
{
    [Fact]
    public async Task OnRevised_FigureChangedInAStoryArticle_IsAFigureUpdatedEventWithBothSides()
    {
        await using var harness = new LivingHarness();
        var store = await harness.OpenAsync();
        await LivingHarness.Engine(store).IngestAsync(LivingHarness.Read(LivingHarness.Demo), new LivingHarness.NoProgress());
        var stories = (IStoryStore)store;
        var story = (await stories.ListStoriesAsync(new StoryListQuery { Limit = 1, Sort = "size" })).Items[0];
        var previous = (await store.GetAsync((await stories.StoryArticleIdsAsync(story.Id, 1))[0]))!;
        var current = new Article("a-revised-copy", previous.Source, previous.Metadata, "Officials now say 16 people were injured.");
        var figure = new FigureRevision(12, 16, "people", "injured",
            new Evidence(previous.Id, 0, 20, previous.Text[..20]), new Evidence(current.Id, 18, 2, "16"));
        var seen = new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);
        var revised = new ArticleRevised(new ArticleRevision("https://example.org/a", 2, current.Id, "hash", seen), previous, current, seen, [figure]);
        var before = (await stories.ListEventsAsync(new StoryEventQuery { StoryId = story.Id, Limit = 1000 })).Count;

        await new FigureRevisionEvents(stories).OnRevisedAsync(revised, CancellationToken.None);

        var events = await stories.ListEventsAsync(new StoryEventQuery { StoryId = story.Id, Limit = 1000 });
        Assert.Equal(before + 1, events.Count);
        var update = Assert.Single(events, e => e.Kind == StoryEventKinds.FigureUpdated);
        Assert.Equal(seen, update.At);
        Assert.Contains("12 → 16", update.Summary, StringComparison.Ordinal);
        var data = JsonNode.Parse(update.DataJson!)!;
        Assert.Equal(previous.Id, (string)data["before"]!["articleId"]!);
        Assert.Equal(previous.Text[..20], (string)data["before"]!["text"]!);
        Assert.Equal(current.Id, (string)data["after"]!["articleId"]!);
        Assert.Equal("16", (string)data["after"]!["text"]!);
        Assert.Equal(2, (int)data["revision"]!);
    }

    [Fact]
    public async Task OnRevised_NoFigureOrNoStory_AddsNothing()
    {
        await using var harness = new LivingHarness();
        var store = await harness.OpenAsync();
        var stories = (IStoryStore)store;
        var loose = new Article("a-loose", new ArticleSource("x.txt"), new ArticleMetadata(), "Three people were hurt.");
        var figure = new FigureRevision(2, 3, "people", "hurt", new Evidence(loose.Id, 0, 5, "Three"), new Evidence(loose.Id, 0, 5, "Three"));
        var seen = DateTimeOffset.UnixEpoch;
        var observer = new FigureRevisionEvents(stories);

        await observer.OnRevisedAsync(new ArticleRevised(new ArticleRevision("u", 2, loose.Id, "h", seen), loose, loose, seen, []), CancellationToken.None);
        await observer.OnRevisedAsync(new ArticleRevised(new ArticleRevision("u", 2, loose.Id, "h", seen), loose, loose, seen, [figure]), CancellationToken.None);

        Assert.Empty(await stories.ListEventsAsync(new StoryEventQuery { Limit = 1000 }));
    }
}

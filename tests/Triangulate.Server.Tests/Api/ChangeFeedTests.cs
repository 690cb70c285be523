using System.Net.Http.Json;
using System.Text.Json;
using Triangulate.Server.Stories;
using Triangulate.Server.Tests.Support;

namespace Triangulate.Server.Tests.Api;

/// <summary>The change feed: story events as a list and as server-sent events.</summary>
public sealed class ChangeFeedTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Changes_AfterIngest_ListEventsFilteredBySeqStoryAndTime()
    {
        await using var host = await ServerHost.StartAsync(FakeStages.WithStories());
        await host.LoadDemoAsync();
        await host.FlushAsync();

        var all = await host.Client.GetFromJsonAsync<List<StoryEventView>>("/api/changes?limit=1000", Web);
        var story = await host.FirstStoryIdAsync();
        var ofStory = await host.Client.GetFromJsonAsync<List<StoryEventView>>($"/api/changes?story={story}", Web);
        var after = await host.Client.GetFromJsonAsync<List<StoryEventView>>($"/api/changes?after={all![0].Seq}", Web);
        var future = await host.Client.GetFromJsonAsync<List<StoryEventView>>("/api/changes?since=2999-01-01T00:00:00Z", Web);

        Assert.Contains(all, e => e.Kind == "born");
        Assert.True(all.Zip(all.Skip(1)).All(p => p.First.Seq < p.Second.Seq));
        Assert.NotEmpty(ofStory!);
        Assert.All(ofStory!, e => Assert.Equal(story, e.StoryId));
        Assert.Equal(all.Count - 1, after!.Count);
        Assert.Empty(future!);
        Assert.All(all, e => Assert.NotNull(e.Evidence));
    }

    [Fact]
    public async Task ChangeStream_NewArticle_ArrivesAsServerSentEvent()
    {
        await using var host = await ServerHost.StartAsync(FakeStages.WithStories());
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/changes/stream");
        using var response = await host.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());

        await host.IngestTextAsync("Engineers closed the Harbour Bridge after finding a crack in its main span.");
        var lines = new List<string>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!lines.Exists(l => l.StartsWith("data:", StringComparison.Ordinal)))
        {
            lines.Add(await reader.ReadLineAsync(timeout.Token) ?? throw new EndOfStreamException());
        }

        Assert.Contains(lines, l => l.StartsWith("id: ", StringComparison.Ordinal));
        Assert.Contains("event: born", lines);
        var data = JsonSerializer.Deserialize<StoryEventView>(lines.Single(l => l.StartsWith("data:", StringComparison.Ordinal))[5..], Web);
        Assert.Equal("born", data!.Kind);
    }
}

using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Triangulate.Core.Living;
using Triangulate.Server.Stories;
using Triangulate.Server.Tests.Support;

namespace Triangulate.Server.Tests.Api;

/// <summary>Story reads are served from the details last built while the story's row is unchanged, and never after it changed.</summary>
public sealed class StoryReadCacheTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task StoryRead_SameRow_ServedAgain_ChangedSectionsOrMembers_ReadAfresh()
    {
        await using var host = await ServerHost.StartAsync(FakeStages.WithStories());
        await host.LoadDemoAsync();
        await host.FlushAsync();
        var id = await host.FirstStoryIdAsync();
        var service = host.App.Services.GetRequiredService<StoryService>();
        var first = await service.FindAsync(id, CancellationToken.None);
        var again = await service.FindAsync(id, CancellationToken.None);
        Assert.Same(first, again);

        // New sections committed behind the server's back (as another process's writer would): the next read shows them.
        var stories = host.App.Services.GetRequiredService<IStoryStore>();
        var stored = await stories.GetStoryAsync(id);
        var json = JsonNode.Parse(stored!.SectionsJson!)!.AsObject();
        json["title"] = "A title written after the first read";
        await using (var session = await stories.BeginWriteAsync())
        {
            var commit = new StoryCommit { At = stored.Updated.AddSeconds(5) };
            commit.Sections.Add(new SectionsUpdate(id, json.ToJsonString(), "test", stored.Articles, stored.Sources ?? 0, stored.SummaryJson ?? "{}", []));
            await session.CommitAsync(commit);
        }

        var detail = await host.Client.GetFromJsonAsync<StoryDetail>($"/api/stories/{id}", Web);
        Assert.Equal("A title written after the first read", detail!.Story.Title);
        Assert.NotSame(first, await service.FindAsync(id, CancellationToken.None));
        Assert.Equal(first!.Articles.Count, detail.Articles.Count);
    }
}

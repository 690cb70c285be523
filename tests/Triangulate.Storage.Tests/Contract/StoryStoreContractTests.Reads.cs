using Triangulate.Core.Living;

namespace Triangulate.Storage.Tests.Contract;

// Reads added for speed: many lineages in one statement, a story's row without its sections.
public abstract partial class StoryStoreContractTests
{
    [StoreFact]
    public async Task Lineages_ManyAtOnce_EqualOneReadPerLineageInIdOrder()
    {
        var articles = await SeedAsync();
        var extra = TestArticles.Series("more", 3, Day.AddDays(1));
        await using (var session = await Stories.BeginWriteAsync())
        {
            var commit = new StoryCommit { At = Day };
            commit.Articles.AddRange(extra);
            for (var i = 0; i < extra.Length; i++)
            {
                // Committed after the seed's, so later in each lineage; L-b gets two more, L-c one.
                commit.Lineage.Add(new LineageRecord(extra[i].Id, i < 2 ? "L-b" : "L-c", 2000 + i, extra[i].Metadata.Published, "[]", 10 + i));
            }

            await session.CommitAsync(commit);
        }

        await using var read = await Stories.BeginWriteAsync();
        var wanted = new[] { "L-c", "L-b", "L-a", "L-none", "L-b" };
        var expected = new List<LineageRecord>();
        foreach (var id in new[] { "L-a", "L-b", "L-c" })
        {
            expected.AddRange(await read.GetLineageAsync(id, 2));
        }

        var all = await read.GetLineagesAsync(wanted, 2);
        var first = await read.GetLineagesAsync(wanted, 1);

        Assert.Equal(expected, all);
        Assert.Equal([articles[0].Id, articles[1].Id, articles[2].Id, extra[0].Id, extra[2].Id], all.Select(r => r.ArticleId));
        Assert.Equal([articles[0].Id, articles[2].Id, extra[2].Id], first.Select(r => r.ArticleId));
        Assert.Empty(await read.GetLineagesAsync([], 5));
    }

    [StoreFact]
    public async Task StoryHead_IsTheStoryRowWithoutItsSections_AndResolvesAliases()
    {
        await SeedAsync();
        await using (var session = await Stories.BeginWriteAsync())
        {
            var commit = new StoryCommit { At = Day.AddHours(1) };
            commit.Sections.Add(new SectionsUpdate("s-a", "{\"id\":\"s-a\"}", "sec1", 2, 2, "{\"outlets\":[]}", []));
            commit.DeletedStories.Add("s-b");
            commit.Reassignments.Add(new StoryReassignment("s-b", "s-a"));
            commit.Aliases.Add(new StoryAliasRecord("s-b", "s-a"));
            await session.CommitAsync(commit);
        }

        var full = await Stories.GetStoryAsync("s-a");
        var head = await Stories.GetStoryHeadAsync("s-a");
        var viaAlias = await Stories.GetStoryHeadAsync("s-b");

        Assert.NotNull(full?.SectionsJson);
        Assert.Equal(full! with { SectionsJson = null }, head);
        Assert.Equal(head, viaAlias);
        Assert.Null(await Stories.GetStoryHeadAsync("s-none"));
    }
}

using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Triangulate.Server.Ingest;
using Triangulate.Server.Stories;
using Triangulate.TestKit;

namespace Triangulate.Server.Tests.Browser;

/// <summary>The UI story page's pictures (issue #20 item 2): coverage timeline, figure-track step charts, lineage tree and
/// the coverage-by-lean bar with its blindspot flag, checked against the story's own data.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StoryPageChartTests(BrowserFixture fixture)
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [ChromiumFact]
    public async Task StoryPage_DrawsCoverageStepAndLineageCharts()
    {
        var problems = new List<string>();
        var page = await fixture.NewPageAsync(problems);
        var id = await fixture.Demo.FirstStoryIdAsync();
        var detail = (await fixture.Demo.Client.GetFromJsonAsync<StoryDetail>($"/api/stories/{id}", Web))!;
        await page.GotoAsync(fixture.Demo.BaseAddress.AbsoluteUri + "#/story/" + id);

        // Coverage: one dot per dated article, hollow rings for the copies inside a lineage.
        var coverage = page.Locator("#coverage-chart svg");
        await Assertions.Expect(coverage).ToBeVisibleAsync();
        Assert.Equal(detail.Articles.Count(a => a.Published is not null), await coverage.Locator("circle").CountAsync());
        var dated = detail.Articles.Where(a => a.Published is not null).ToDictionary(a => a.Id, a => a.Published!.Value);
        var copies = detail.Story.Lineages!.Where(l => l.ArticleIds.Count > 1)
            .Sum(l => l.ArticleIds.Count(a => a != Origin(l, dated) && dated.ContainsKey(a)));
        Assert.Equal(copies, await coverage.Locator(".cv-copy circle").CountAsync());

        // Each figure track as a step chart: the line and a dot per report and outlet.
        foreach (var track in detail.Story.FigureTracks!)
        {
            var chart = page.Locator($"#steps-{track.Id} svg");
            await Assertions.Expect(chart.Locator("path.st-line")).ToHaveCountAsync(1);
            Assert.Equal(track.Steps.Where(s => s.AsOf is not null).Sum(s => Math.Max(1, s.ArticleIds.Count)), await chart.Locator("circle").CountAsync());
        }

        // The lineage tree: an edge per copy drawn.
        var tree = page.Locator("#lineage-tree svg");
        await Assertions.Expect(tree).ToBeVisibleAsync();
        Assert.True(await tree.Locator("path.lt-edge").CountAsync() >= 2);

        // A dot opens its article.
        await coverage.Locator("a").First.ClickAsync();
        await Assertions.Expect(page.Locator("#article-text")).Not.ToBeEmptyAsync();
        Assert.Empty(problems);
    }

    /// <summary>The report site's rule (LineageRoles): the credited origin when it is a member, else the earliest dated member.</summary>
    private static string Origin(Triangulate.Core.Dossier.DossierLineage lineage, Dictionary<string, DateTimeOffset> dated) =>
        lineage.Origin?.ArticleId is { } credited && lineage.ArticleIds.Contains(credited)
            ? credited
            : lineage.ArticleIds.Where(dated.ContainsKey).OrderBy(a => dated[a]).FirstOrDefault() ?? lineage.ArticleIds[0];

    [ChromiumSharedDataFact("data/stories")]
    public async Task StoryPage_LeanBarCountsRatedOutletsAndFlagsTheBlindspot()
    {
        var problems = new List<string>();
        var page = await fixture.NewPageAsync(problems);
        var id = await RatedStoryAsync();
        await page.GotoAsync(fixture.Demo.BaseAddress.AbsoluteUri + "#/story/" + id);

        var bar = page.Locator("#lean-bar svg");
        await Assertions.Expect(bar).ToBeVisibleAsync();
        Assert.Equal("2", await bar.Locator("rect[data-lean='right']").GetAttributeAsync("data-count"));
        Assert.Equal("1", await bar.Locator("rect[data-lean='center']").GetAttributeAsync("data-count"));
        Assert.Equal(0, await bar.Locator("rect[data-lean='left'], rect[data-lean='lean left']").CountAsync());
        await Assertions.Expect(page.Locator("#blindspot")).ToContainTextAsync("no coverage from the left");
        Assert.Empty(problems);
    }

    /// <summary>The demo's one-article aquarium story, copied by two right-rated outlets and a centre one (names in the
    /// outlet registry, leans from the AllSides ratings in ../shared); idempotent, as the fixture is shared.</summary>
    private async Task<string> RatedStoryAsync()
    {
        var file = await File.ReadAllLinesAsync(Path.Combine(SharedData.RepoRoot, "samples", "demo", "bayline-news-aquarium.txt"));
        var body = string.Join('\n', file.SkipWhile(l => l.Length > 0).Skip(1));
        foreach (var (outlet, hours) in new[] { ("Fox News", 3), ("New York Post", 5), ("The Hill", 7) })
        {
            var response = await fixture.Demo.Writer.PostAsJsonAsync("/api/ingest", new IngestRequest
            {
                Format = "text",
                Content = body + "\n\nReported for " + outlet + ".",
                Title = "Aquarium welcomes two sea otter pups",
                Outlet = outlet,
                Published = new DateTimeOffset(2025, 10, 20, 10 + hours, 0, 0, TimeSpan.Zero),
            });
            response.EnsureSuccessStatusCode();
        }

        await fixture.Demo.FlushAsync();
        var stories = await fixture.Demo.Client.GetFromJsonAsync<StoryPage>("/api/stories?outlet=" + Uri.EscapeDataString("Fox News"), Web);
        return stories!.Items.Single().Id;
    }
}

using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Triangulate.Server.Stories;
using Triangulate.Server.Tests.Support;
using Triangulate.TestKit;

namespace Triangulate.Server.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed partial class UiBrowserTests(BrowserFixture fixture)
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [ChromiumFact]
    public async Task StoryPage_FollowCitation_HighlightsCitedSpan()
    {
        var problems = new List<string>();
        var page = await fixture.NewPageAsync(problems);
        await page.GotoAsync(fixture.Stories.BaseAddress.AbsoluteUri);
        await page.Locator("#story-list a").First.ClickAsync();

        var sources = await page.Locator("#independent-sources").TextContentAsync();
        Assert.Matches(SourcesLine(), sources);
        await Assertions.Expect(page.GetByText("credited as a source: \u201cWith inputs from Test Wire\u201d")).ToBeVisibleAsync();

        var detail = await fixture.Stories.Client.GetFromJsonAsync<StoryDetail>($"/api/stories/{await fixture.Stories.FirstStoryIdAsync()}", Web);
        var evidence = detail!.Story.Summary![0].Evidence[0];
        await Screenshot(page, "story-page.png");

        await page.Locator("#summary a.cite-link").First.ClickAsync();
        var cited = page.Locator("#cited");
        await Assertions.Expect(cited).ToBeVisibleAsync();
        var citedText = string.Concat(await page.Locator("mark.cite").AllTextContentsAsync());
        Assert.Equal(evidence.Text, citedText);
        Assert.True(await cited.EvaluateAsync<bool>("e => document.activeElement === e"), "the cited span should take focus");
        await Screenshot(page, "article-cited-span.png");
        Assert.Empty(problems);
    }

    [ChromiumFact]
    public async Task StoryPage_ShowsWhenItLastChangedAndHow()
    {
        var problems = new List<string>();
        var page = await fixture.NewPageAsync(problems);
        await page.GotoAsync(fixture.Stories.BaseAddress.AbsoluteUri);
        await Assertions.Expect(page.Locator("#story-list .change").First).ToContainTextAsync("updated ");
        await page.Locator("#story-list a").First.ClickAsync();

        var line = await page.Locator("#last-change").TextContentAsync();

        Assert.Matches(ChangeLine(), line);
        Assert.Empty(problems);
    }

    [GeneratedRegex(@"^updated (just now|\d+ min ago): (grew|merged|split|new|figure|went|quote|born)")]
    private static partial Regex ChangeLine();

    [ChromiumFact]
    public async Task Search_DemoWord_ShowsMarkedHitsAndOpensArticle()
    {
        var problems = new List<string>();
        var page = await fixture.NewPageAsync(problems);
        await page.GotoAsync(fixture.Stories.BaseAddress.AbsoluteUri);
        await page.GetByLabel("Search articles").FillAsync("bridge");
        await page.GetByLabel("Search articles").PressAsync("Enter");
        var hits = page.Locator("#search-results li");
        await Assertions.Expect(hits.First).ToBeVisibleAsync();
        Assert.True(await hits.CountAsync() >= 3);
        Assert.Contains("bridge", (await page.Locator("#search-results mark").First.TextContentAsync())!, StringComparison.OrdinalIgnoreCase);
        await Screenshot(page, "search.png");

        await page.Locator("#search-results a").First.ClickAsync();
        await Assertions.Expect(page.Locator("#article-text")).ToContainTextAsync(BridgeWord());
        Assert.Empty(problems);
    }

    [ChromiumFact]
    public async Task HostileArticle_ScriptAndJavascriptLink_ShownAsText()
    {
        var problems = new List<string>();
        var page = await fixture.NewPageAsync(problems);
        await page.GotoAsync(fixture.Stories.BaseAddress.AbsoluteUri + "#/article/" + fixture.HostileId);
        var text = page.Locator("#article-text");
        await Assertions.Expect(text).ToContainTextAsync("<script>window.__pwned=1</script>");
        await Assertions.Expect(text).ToContainTextAsync("href=\"javascript:window.__pwned=2\"");
        await Assertions.Expect(page.Locator("#article-title")).ToHaveTextAsync("<script>window.__pwned=4</script>Hostile");

        Assert.Equal(0, await page.Locator("#view script, #view img, #view a[href^='javascript:']").CountAsync());
        Assert.Equal(0, await page.Locator("a[href^='javascript:']").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => window.__pwned === undefined"));

        // In the story and search lists too.
        await page.GotoAsync(fixture.Stories.BaseAddress.AbsoluteUri + "#/search?q=Breaking");
        await Assertions.Expect(page.Locator("#search-results")).ToContainTextAsync("<script>window.__pwned=4</script>Hostile");
        Assert.True(await page.EvaluateAsync<bool>("() => window.__pwned === undefined"));
        Assert.Empty(problems);
    }

    [ChromiumFact]
    public async Task Home_NoStoryStage_SaysNoStoriesAndListsArticles()
    {
        var problems = new List<string>();
        var page = await fixture.NewPageAsync(problems);
        await page.GotoAsync(fixture.NoStories.BaseAddress.AbsoluteUri);
        await Assertions.Expect(page.Locator("#no-stories")).ToContainTextAsync("No stories yet");
        Assert.True(await page.Locator("#article-list li").CountAsync() >= 10);
        await page.Locator("#article-list a").First.ClickAsync();
        await Assertions.Expect(page.Locator("#article-text")).Not.ToBeEmptyAsync();
        Assert.Empty(problems);
    }

    [ChromiumFact]
    public async Task Keyboard_TabReachesSkipLinkThenNavigation()
    {
        var problems = new List<string>();
        var page = await fixture.NewPageAsync(problems);
        await page.GotoAsync(fixture.Stories.BaseAddress.AbsoluteUri);
        await Assertions.Expect(page.Locator("#story-list a").First).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));

        // Reach the first story by keyboard alone and open it with Enter.
        await page.Locator("#story-list a").First.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#independent-sources")).ToBeVisibleAsync();
        Assert.Empty(problems);
    }

    [ChromiumFact]
    public async Task ArticleView_AnnotationLayers_HighlightedAndToggleable()
    {
        var problems = new List<string>();
        var page = await fixture.NewPageAsync(problems);
        var id = (await fixture.Stories.Client.GetFromJsonAsync<StoryDetail>($"/api/stories/{await fixture.Stories.FirstStoryIdAsync()}", Web))!.Articles[0].Id;
        await page.GotoAsync(fixture.Stories.BaseAddress.AbsoluteUri + "#/article/" + id);
        var entities = page.Locator("#article-text .ann.entities");
        await Assertions.Expect(entities.First).ToBeVisibleAsync();
        await page.GetByLabel("entities").UncheckAsync();
        await Assertions.Expect(page.Locator("#article-text")).ToHaveClassAsync(HideEntities());
        Assert.Empty(problems);
    }

    /// <summary>Screenshots for docs/screenshots/, written only when asked (TRIANGULATE_SCREENSHOTS=1), so tests leave the tree clean.</summary>
    private static async Task Screenshot(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("TRIANGULATE_SCREENSHOTS") == "1")
        {
            var folder = Path.Combine(SharedData.RepoRoot, "docs", "screenshots");
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name), FullPage = false });
        }
    }

    [GeneratedRegex(@"^\d+ independent sources? \(\d+ articles?\)$")]
    private static partial Regex SourcesLine();

    [GeneratedRegex("bridge", RegexOptions.IgnoreCase)]
    private static partial Regex BridgeWord();

    [GeneratedRegex("hide-entities")]
    private static partial Regex HideEntities();
}

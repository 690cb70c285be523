using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Triangulate.Server.Stories;

namespace Triangulate.Server.Tests.Browser;

/// <summary>
/// The web UI defects of issue #20, each reproduced on the demo through the real pipeline (fixture.Demo) before it
/// was fixed: framing citations as raw URLs that widened the page, untitled articles shown as null / a file path / an
/// id, "1 articles", lineage labels with gaps, capitalised figures inside sentences, doubled quotation marks.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class StoryPageDefectTests(BrowserFixture fixture)
{
    private const int NarrowWindow = 1185;
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [ChromiumFact]
    public async Task Framing_CitationsAreLinksAndThePageFitsTheWindow()
    {
        var problems = new List<string>();
        var page = await fixture.NewPageAsync(problems, NarrowWindow);
        await OpenBiggestStory(page);
        var framing = page.Locator("#framing");
        await Assertions.Expect(framing).ToBeVisibleAsync();

        Assert.True(await framing.Locator("a.cite-link").CountAsync() > 0, "framing cells should cite with [n] links");
        Assert.DoesNotContain("#/article/", await framing.InnerTextAsync(), StringComparison.Ordinal);
        var pageWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(pageWidth <= NarrowWindow, $"the story page is {pageWidth} px wide in a {NarrowWindow} px window");
        Assert.Empty(problems);
    }

    [ChromiumFact]
    public async Task UntitledArticle_NeverShownAsNullPathOrId()
    {
        var problems = new List<string>();
        var page = await fixture.NewPageAsync(problems);
        var detail = await BiggestStory();
        var untitled = detail.Articles.First(a => a.Title is null);

        await OpenBiggestStory(page);
        AssertNoPlaceholderLeak(await page.Locator("#view").InnerTextAsync(), untitled.Id);
        await page.GotoAsync(fixture.Demo.BaseAddress.AbsoluteUri + "#/articles");
        await Assertions.Expect(page.Locator("#article-list")).ToContainTextAsync("Untitled article");
        AssertNoPlaceholderLeak(await page.Locator("#view").InnerTextAsync(), untitled.Id);

        await page.GotoAsync(fixture.Demo.BaseAddress.AbsoluteUri + "#/article/" + untitled.Id);
        await Assertions.Expect(page.Locator("#article-title")).ToHaveTextAsync("Untitled article");
        Assert.DoesNotContain("null", await page.TitleAsync(), StringComparison.Ordinal);
        AssertNoPlaceholderLeak(await page.Locator("#view").InnerTextAsync(), untitled.Id);
        Assert.Empty(problems);
    }

    [ChromiumFact]
    public async Task Counts_SingularWordsAndLineagesNumberedWithoutGaps()
    {
        var problems = new List<string>();
        var page = await fixture.NewPageAsync(problems);
        await OpenBiggestStory(page);
        var text = await page.Locator("#view").InnerTextAsync();
        Assert.DoesNotMatch(OnePlural(), text);
        Assert.Contains("1 article", text, StringComparison.Ordinal); // the demo has one-article lineages: the singular is exercised

        var labels = await page.Locator("#lineages .lineage-no").AllTextContentsAsync();
        Assert.True(labels.Count >= 5, "the demo story has at least five lineages");
        Assert.Equal(Enumerable.Range(1, labels.Count).Select(i => "L" + i), labels);
        Assert.Empty(problems);
    }

    [ChromiumFact]
    public async Task Summary_FiguresInsideSentencesKeepNoSentenceCapital()
    {
        var problems = new List<string>();
        var page = await fixture.NewPageAsync(problems);
        await OpenBiggestStory(page);
        var summary = await page.Locator("#summary").InnerTextAsync();
        Assert.Contains("Reports differ on", summary, StringComparison.Ordinal); // the sentence that carried the defect
        Assert.DoesNotMatch(CapitalisedNumberWord(), summary);
        Assert.Empty(problems);
    }

    [ChromiumFact]
    public async Task Quotes_NeverShowDoubledQuotationMarks()
    {
        var problems = new List<string>();
        var page = await fixture.NewPageAsync(problems);
        await OpenBiggestStory(page);
        var quotes = page.Locator("#view blockquote");
        Assert.True(await quotes.CountAsync() > 3);
        var text = await page.Locator("#view").InnerTextAsync();
        Assert.DoesNotMatch(DoubledMarks(), text);
        foreach (var quote in await quotes.AllTextContentsAsync())
        {
            Assert.StartsWith("\u201c", quote, StringComparison.Ordinal);
            Assert.EndsWith("\u201d", quote, StringComparison.Ordinal);
        }

        Assert.Empty(problems);
    }

    [ChromiumFact]
    public async Task Title_FollowsTheLatestFigureInListAndPage()
    {
        var problems = new List<string>();
        var page = await fixture.NewPageAsync(problems);
        var detail = await BiggestStory();
        var updated = detail.Story.FigureTracks!.First(t => t.Steps.Count > 1 && t.Steps[^1].Step == "update");
        var latest = updated.Steps[^1].Value.ToString(System.Globalization.CultureInfo.InvariantCulture);

        await page.GotoAsync(fixture.Demo.BaseAddress.AbsoluteUri);
        var listed = await page.Locator("#story-list a.card-title").First.TextContentAsync();
        await OpenBiggestStory(page);
        var heading = await page.Locator("#view h1").TextContentAsync();

        Assert.Equal(heading, listed);
        Assert.Contains(latest, heading, StringComparison.Ordinal); // "…injures 12" gave way once the toll reached 16
        Assert.Empty(problems);
    }

    private static void AssertNoPlaceholderLeak(string text, string untitledId)
    {
        Assert.DoesNotMatch(NullWord(), text);
        Assert.DoesNotContain("samples/demo", text, StringComparison.Ordinal);
        Assert.DoesNotContain(untitledId, text, StringComparison.Ordinal);
    }

    private async Task<StoryDetail> BiggestStory() =>
        (await fixture.Demo.Client.GetFromJsonAsync<StoryDetail>($"/api/stories/{await fixture.Demo.FirstStoryIdAsync()}", Web))!;

    private async Task OpenBiggestStory(IPage page)
    {
        await page.GotoAsync(fixture.Demo.BaseAddress.AbsoluteUri + "#/story/" + await fixture.Demo.FirstStoryIdAsync());
        await Assertions.Expect(page.Locator("#independent-sources")).ToBeVisibleAsync();
    }

    [GeneratedRegex(@"\b1 (articles|sources|reports|copies)\b")]
    private static partial Regex OnePlural();

    [GeneratedRegex(@"\b[a-z]+ (One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty|Dozens|Hundreds|Thousands)\b")]
    private static partial Regex CapitalisedNumberWord();

    [GeneratedRegex("[\"\u201c\u201d]\\s*[\u201c\u201d]|[\u201c\u201d]\\s*[\"\u201c\u201d]")]
    private static partial Regex DoubledMarks();

    [GeneratedRegex(@"\bnull\b")]
    private static partial Regex NullWord();
}

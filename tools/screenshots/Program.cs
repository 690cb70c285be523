using Microsoft.Playwright;

// Screenshots for docs/screenshots: the report site's story index, the top of its biggest story page and that page's
// coverage, figure and lineage charts; with a running server's address, also the web UI's story page and its charts.
// Usage: Triangulate.Screenshots SITE_FOLDER OUT_FOLDER [UI_URL] (run.sh builds the site and starts the server first).
if (args.Length is < 2 or > 3 || !File.Exists(Path.Combine(args[0], "index.html")))
{
    Console.Error.WriteLine("usage: Triangulate.Screenshots SITE_FOLDER OUT_FOLDER [UI_URL] (SITE_FOLDER holds index.html)");
    return 2;
}

const string Chromium = "/usr/bin/chromium";
var (site, outDir) = (Path.GetFullPath(args[0]), Path.GetFullPath(args[1]));
Directory.CreateDirectory(outDir);
var story = Directory.EnumerateFiles(Path.Combine(site, "stories"), "*.html")
    .Where(p => !p.EndsWith("_articles.html", StringComparison.Ordinal))
    .OrderByDescending(p => new FileInfo(p).Length).First();

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = Chromium,
    Headless = true,
    Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
});
var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1200, Height = 900 }, ColorScheme = ColorScheme.Light });
await page.GotoAsync(new Uri(Path.Combine(site, "index.html")).AbsoluteUri);
await Save(page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(outDir, "report-index.png") }), "report-index.png");
await page.GotoAsync(new Uri(story).AbsoluteUri);
await Save(page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(outDir, "report-story.png") }), "report-story.png");
foreach (var (selector, name) in new[] { ("#coverage figure", "coverage"), ("#figure-tracks figure", "figures"), ("#lineage figure", "lineage") })
{
    await Part(page, selector, outDir, $"report-story-{name}.png");
}

if (args.Length == 3)
{
    // The UI's biggest story (the story list is biggest first), photographed once its charts are drawn.
    await page.GotoAsync(args[2]);
    await page.Locator("#story-list a").First.ClickAsync();
    await page.Locator("#coverage-chart svg").WaitForAsync();
    await Save(page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(outDir, "ui-story.png") }), "ui-story.png");
    foreach (var (selector, name) in new[] { ("#coverage-chart", "coverage"), ("figure[id^='steps-']", "figures"), ("#lineage-tree", "lineage") })
    {
        await Part(page, selector, outDir, $"ui-story-{name}.png");
    }
}

return 0;

static async Task Part(IPage page, string selector, string outDir, string name)
{
    var part = page.Locator(selector);
    if (await part.CountAsync() > 0)
    {
        await Save(part.First.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(outDir, name) }), name);
    }
}

static async Task Save(Task<byte[]> shot, string name)
{
    var bytes = await shot;
    Console.WriteLine($"wrote {name} ({bytes.Length:N0} bytes)");
}

using Microsoft.Playwright;

// Screenshots of a report site for docs/screenshots: the story index, the top of the biggest story page, and its
// coverage and lineage charts. Usage: Triangulate.Screenshots SITE_FOLDER OUT_FOLDER (run.sh builds the site first).
if (args.Length != 2 || !File.Exists(Path.Combine(args[0], "index.html")))
{
    Console.Error.WriteLine("usage: Triangulate.Screenshots SITE_FOLDER OUT_FOLDER (SITE_FOLDER holds index.html)");
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
foreach (var part in new[] { "coverage", "lineage" })
{
    var section = page.Locator($"#{part} figure");
    if (await section.CountAsync() > 0)
    {
        await Save(section.First.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(outDir, $"report-story-{part}.png") }), $"report-story-{part}.png");
    }
}

return 0;

static async Task Save(Task<byte[]> shot, string name)
{
    var bytes = await shot;
    Console.WriteLine($"wrote {name} ({bytes.Length:N0} bytes)");
}

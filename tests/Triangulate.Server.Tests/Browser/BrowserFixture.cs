using Microsoft.Playwright;
using Triangulate.Server.Tests.Support;

namespace Triangulate.Server.Tests.Browser;

/// <summary>
/// One headless Debian chromium and three servers for all browser tests: one with (stand-in) story stages and
/// the demo corpus plus a hostile article, one without story stages, and one with the real pipeline over the demo
/// (the UI defects of issue #20 show only with real sections: framing, figures, quotes, an untitled article).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;
    public ServerHost Stories { get; private set; } = null!;
    public ServerHost NoStories { get; private set; } = null!;

    /// <summary>The demo through the full pipeline (real NLP and sections), as a user's <c>serve</c> shows it.</summary>
    public ServerHost Demo { get; private set; } = null!;
    public string HostileId { get; private set; } = "";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumFactAttribute.ExecutablePath))
        {
            return;
        }

        Stories = await ServerHost.StartAsync(FakeStages.WithStories());
        await Stories.LoadDemoAsync();
        HostileId = await Stories.IngestTextAsync(Security.XssApiTests.Hostile, title: "<script>window.__pwned=4</script>Hostile", outlet: "<b>Evil</b> Outlet");
        await Stories.FlushAsync();
        NoStories = await ServerHost.StartAsync(FakeStages.WithoutStories());
        await NoStories.LoadDemoAsync();
        Demo = await ServerHost.StartAsync(Triangulate.Engine.PipelineFactory.CreateFull());
        await Demo.LoadDemoAsync();
        await Demo.FlushAsync();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.ExecutablePath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
    }

    public async Task<IPage> NewPageAsync(List<string> problems, int width = 1200)
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add("console: " + message.Text + " at " + message.Location);
            }
        };
        page.PageError += (_, error) => problems.Add("page error: " + error);
        page.Dialog += async (_, dialog) =>
        {
            problems.Add("dialog: " + dialog.Message);
            await dialog.DismissAsync();
        };
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (Stories is not null)
        {
            await Stories.DisposeAsync();
        }

        if (NoStories is not null)
        {
            await NoStories.DisposeAsync();
        }

        if (Demo is not null)
        {
            await Demo.DisposeAsync();
        }
    }
}

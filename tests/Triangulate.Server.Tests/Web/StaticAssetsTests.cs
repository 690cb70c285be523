using System.Text.RegularExpressions;
using Triangulate.Server.Tests.Support;
using Triangulate.Server.Web;

namespace Triangulate.Server.Tests.Web;

public sealed partial class StaticAssetsTests
{
    /// <summary>The page budget from the issue: everything a page loads before data.</summary>
    private const long PageBudgetBytes = 300 * 1024;

    [Fact]
    public void Assets_WholeUi_UnderPageBudget()
    {
        var assets = new StaticAssets();
        var total = assets.Names.Sum(assets.SizeOf);
        Assert.InRange(total, 1, PageBudgetBytes);
    }

    [Fact]
    public async Task Index_NoInlineScriptOrStyleAndNoExternalOrigins()
    {
        await using var host = await ServerHost.StartAsync();
        var html = await host.Client.GetStringAsync("/");
        Assert.DoesNotMatch(InlineScript(), html);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" style=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("//cdn", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(ExternalSource(), html);
    }

    [Theory]
    [InlineData("/assets/app.js")]
    [InlineData("/assets/charts.js")]
    public async Task Script_NeverAssignsMarkup(string path)
    {
        await using var host = await ServerHost.StartAsync();
        var js = await host.Client.GetStringAsync(path);
        Assert.DoesNotContain("innerHTML", js, StringComparison.Ordinal);
        Assert.DoesNotContain("outerHTML", js, StringComparison.Ordinal);
        Assert.DoesNotContain("insertAdjacentHTML", js, StringComparison.Ordinal);
        Assert.DoesNotContain("document.write", js, StringComparison.Ordinal);
        Assert.DoesNotContain("eval(", js, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/assets/app.js", "text/javascript")]
    [InlineData("/assets/charts.js", "text/javascript")]
    [InlineData("/assets/app.css", "text/css")]
    public async Task Asset_ServedWithType(string path, string type)
    {
        await using var host = await ServerHost.StartAsync();
        var response = await host.Client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        Assert.Equal(type, response.Content.Headers.ContentType!.MediaType);
    }

    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex("(src|href)=\"(https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalSource();
}

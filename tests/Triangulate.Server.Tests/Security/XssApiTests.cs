using System.Net.Http.Json;
using Triangulate.Server.Api;
using Triangulate.Server.Tests.Support;

namespace Triangulate.Server.Tests.Security;

/// <summary>Article text is data: the API returns it as JSON strings, never as markup.</summary>
public sealed class XssApiTests
{
    public const string Hostile = "Breaking: <script>window.__pwned=1</script> read <a href=\"javascript:window.__pwned=2\">this link</a> and <img src=x onerror=\"window.__pwned=3\"> now.";

    [Fact]
    public async Task Article_WithScriptAndJavascriptLink_ReturnedVerbatimAsJson()
    {
        await using var host = await ServerHost.StartAsync();
        var id = await host.IngestTextAsync(Hostile, title: "<script>alert(1)</script>");
        var response = await host.Client.GetAsync($"/api/articles/{id}");
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);

        var raw = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>", raw, StringComparison.Ordinal); // escaped (\u003C) in the JSON text itself

        var view = await response.Content.ReadFromJsonAsync<ArticleView>();
        Assert.Contains("<script>window.__pwned=1</script>", view!.Article.Text, StringComparison.Ordinal);
        Assert.Contains("javascript:window.__pwned=2", view.Article.Text, StringComparison.Ordinal);
        Assert.Equal("<script>alert(1)</script>", view.Article.Title);
    }

    [Fact]
    public async Task Search_HostileText_SnippetIsJsonString()
    {
        await using var host = await ServerHost.StartAsync();
        await host.IngestTextAsync(Hostile);
        var result = await host.Client.GetFromJsonAsync<SearchResponse>("/api/search?q=Breaking");
        Assert.Single(result!.Hits);
    }
}

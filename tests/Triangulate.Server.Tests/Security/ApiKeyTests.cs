using System.Net;
using System.Net.Http.Json;
using Triangulate.Server.Ingest;
using Triangulate.Server.Security;
using Triangulate.Server.Tests.Support;

namespace Triangulate.Server.Tests.Security;

public sealed class ApiKeyTests
{
    private static readonly IngestRequest Sample = new() { Format = "text", Content = "A short article." };

    [Fact]
    public async Task Ingest_NoKey_Returns401()
    {
        await using var host = await ServerHost.StartAsync();
        var response = await host.Client.PostAsJsonAsync("/api/ingest", Sample);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("wrong")]
    [InlineData("")]
    [InlineData("test-key-12")]
    [InlineData("test-key-1234")]
    [InlineData("TEST-KEY-123")]
    public async Task Ingest_WrongKey_Returns401AndStoresNothing(string key)
    {
        await using var host = await ServerHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest") { Content = JsonContent.Create(Sample) };
        request.Headers.Add(ApiKeyCheck.HeaderName, key);
        var response = await host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, (await host.Client.GetFromJsonAsync<Triangulate.Server.Api.ArticleListPage>("/api/articles"))!.Total);
    }

    [Fact]
    public async Task Ingest_RightKey_Returns200()
    {
        await using var host = await ServerHost.StartAsync();
        var response = await host.Writer.PostAsJsonAsync("/api/ingest", Sample);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Ingest_NoKeyConfigured_WritesDisabledEvenFromLoopback()
    {
        await using var host = await ServerHost.StartAsync(apiKey: null);
        var response = await host.Client.PostAsJsonAsync("/api/ingest", Sample);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Writer.PostAsJsonAsync("/api/ingest", Sample)).StatusCode);
    }

    [Fact]
    public async Task Reads_NeedNoKey()
    {
        await using var host = await ServerHost.StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/api/stories")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/api/articles")).StatusCode);
    }

    [Theory]
    [InlineData("secret", "secret", true)]
    [InlineData("secret", "Secret", false)]
    [InlineData(null, "secret", false)]
    [InlineData("secret-and-more", "secret", false)]
    public void Matches_ComparesExactly(string? presented, string expected, bool result) =>
        Assert.Equal(result, ApiKeyCheck.Matches(presented, expected));
}

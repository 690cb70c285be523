using System.Net;
using System.Net.Http.Json;
using Triangulate.Server.Ingest;
using Triangulate.Server.Tests.Support;

namespace Triangulate.Server.Tests.Security;

public sealed class HeadersAndLimitsTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/api/stories")]
    [InlineData("/api/articles/missing")]
    [InlineData("/assets/app.js")]
    public async Task Response_HasStrictSecurityHeaders(string path)
    {
        await using var host = await ServerHost.StartAsync();
        var response = await host.Client.GetAsync(path);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task Ingest_BodyOverRequestLimit_Returns413()
    {
        await using var host = await ServerHost.StartAsync(maxRequestBytes: 64 * 1024);
        var response = await host.Writer.PostAsJsonAsync("/api/ingest", new IngestRequest { Format = "text", Content = new string('a', 200 * 1024) });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}

using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Triangulate.Ingest.Web;
using Triangulate.Server.Ingest;
using Triangulate.Server.Tests.Support;

namespace Triangulate.Server.Tests.Security;

/// <summary>URL ingest must never reach this machine's or its network's private services.</summary>
public sealed class SsrfTests
{
    [Theory]
    [InlineData("http://127.0.0.1:9/")]
    [InlineData("http://[::1]:9/")]
    [InlineData("http://10.0.0.1/")]
    [InlineData("http://192.168.0.1/")]
    [InlineData("http://172.16.5.4/")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://[fe80::1]/")]
    [InlineData("http://0.0.0.0/")]
    [InlineData("http://2130706433/")] // 127.0.0.1 as one decimal number
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.com/")]
    [InlineData("gopher://example.com/")]
    [InlineData("not a url")]
    public async Task IngestUrl_ForbiddenTarget_Refused(string url)
    {
        await using var host = await ServerHost.StartAsync();
        var problem = await RefusedAsync(host, url);
        Assert.NotNull(problem.Detail);
    }

    [Fact]
    public async Task IngestUrl_NameResolvingToLoopback_RefusedAfterDns()
    {
        await using var site = await TinyWebServer.StartAsync();
        await using var host = await ServerHost.StartAsync();
        var problem = await RefusedAsync(host, $"http://localhost:{site.Port}/article");
        Assert.Contains("resolves to", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IngestUrl_AllowedSite_StoresArticle()
    {
        await using var site = await TinyWebServer.StartAsync();
        await using var host = await ServerHost.StartAsync(fetch: OnlySite(site));
        var response = await host.Writer.PostAsJsonAsync("/api/ingest", new IngestRequest { Format = "url", Url = site.Url("/article") });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<IngestResponse>();
        Assert.Equal(1, body!.Added);
    }

    [Theory]
    [InlineData("http://127.0.0.1:{other}/article")]
    [InlineData("http://localhost:{other}/article")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://[::1]:{port}/article")]
    [InlineData("file:///etc/passwd")]
    public async Task IngestUrl_RedirectToForbiddenTarget_Refused(string target)
    {
        await using var site = await TinyWebServer.StartAsync();
        await using var host = await ServerHost.StartAsync(fetch: OnlySite(site));
        // Only the site's own endpoint (127.0.0.1:port) is allowed: a hop anywhere else must fail.
        var to = target.Replace("{other}", (site.Port == 65535 ? 65534 : site.Port + 1).ToString(), StringComparison.Ordinal)
            .Replace("{port}", site.Port.ToString(), StringComparison.Ordinal);
        await RefusedAsync(host, site.Url("/redirect?to=" + Uri.EscapeDataString(to)));
    }

    [Fact]
    public async Task IngestUrl_BodyOverLimit_Refused()
    {
        await using var site = await TinyWebServer.StartAsync();
        await using var host = await ServerHost.StartAsync(fetch: OnlySite(site, maxBytes: 1024 * 1024));
        var problem = await RefusedAsync(host, site.Url("/big"));
        Assert.Contains("larger than", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IngestUrl_SlowResponse_RefusedAfterTimeout()
    {
        await using var site = await TinyWebServer.StartAsync();
        await using var host = await ServerHost.StartAsync(fetch: OnlySite(site, timeout: TimeSpan.FromSeconds(1)));
        var problem = await RefusedAsync(host, site.Url("/slow"));
        Assert.Contains("did not arrive", problem.Detail, StringComparison.Ordinal);
    }

    private static UrlFetchOptions OnlySite(TinyWebServer site, long maxBytes = 4 * 1024 * 1024, TimeSpan? timeout = null) => new()
    {
        IsAllowed = ep => (IPAddress.IsLoopback(ep.Address) && ep.Address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork && ep.Port == site.Port) || AddressPolicy.IsPublic(ep),
        MaxBytes = maxBytes,
        Timeout = timeout ?? TimeSpan.FromSeconds(10),
    };

    private static async Task<ProblemDetails> RefusedAsync(ServerHost host, string url)
    {
        var response = await host.Writer.PostAsJsonAsync("/api/ingest", new IngestRequest { Format = "url", Url = url });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ProblemDetails>())!;
    }
}

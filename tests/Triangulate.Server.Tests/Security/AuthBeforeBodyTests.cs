using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Triangulate.Server.Security;
using Triangulate.Server.Tests.Support;

namespace Triangulate.Server.Tests.Security;

/// <summary>
/// Issue #19: authentication runs before anything reads the body. An unauthenticated write gets 401 problem+json
/// whatever its body or content type, and the server never asks for the body: with "Expect: 100-continue" Kestrel
/// sends "100 Continue" only when the endpoint starts reading, so a body stream the client never had to read proves
/// the server did not read a byte.
/// </summary>
public sealed class AuthBeforeBodyTests
{
    public static TheoryData<string?, string> Bodies => new()
    {
        { "application/json", """{"format":"text","content":"A short article."}""" },
        { "application/json", """{"format": "text", "content": """ },
        { "application/json", "\u0000\u0001 not json at all" },
        { "text/plain", "A short article." },
        { "application/xml", "<rss><channel/></rss>" },
        { "multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--x--" },
        { "application/x-www-form-urlencoded", "a=b&c=d" },
        { null, "raw bytes without a content type" },
        { "application/json", "" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task Ingest_Unauthenticated_AnyBodyOrContentType_Gets401ProblemJson(string? contentType, string body)
    {
        await using var host = await ServerHost.StartAsync();
        foreach (var key in new string?[] { null, "wrong-key" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest") { Content = Content(contentType, Encoding.UTF8.GetBytes(body)) };
            if (key is not null)
            {
                request.Headers.Add(ApiKeyCheck.HeaderName, key);
            }

            var response = await host.Client.SendAsync(request);

            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            await AssertProblemAsync(response, 401);
        }
    }

    [Fact]
    public async Task Ingest_Unauthenticated_BodyLargerThanTheLimit_Gets401Not413()
    {
        await using var host = await ServerHost.StartAsync(maxRequestBytes: 64 * 1024);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest") { Content = Content("application/json", new byte[256 * 1024]) };

        var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertProblemAsync(response, 401);
    }

    /// <summary>
    /// The request line and headers announce a 1 MB JSON body (under the 8 MiB limit), and no byte of it is ever sent. A server that read the
    /// body would wait for it; this one must answer 401 at once, so it cannot have read a byte.
    /// </summary>
    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task Ingest_Unauthenticated_AnswersWithoutReadingTheBody(string? key)
    {
        await using var host = await ServerHost.StartAsync();

        var status = await HeadersOnlyAsync(host.BaseAddress, key, TimeSpan.FromSeconds(20));

        Assert.Equal("401", status);
    }

    /// <summary>The same probe with the key: the server waits for the body it was promised, so the probe above can fail.</summary>
    [Fact]
    public async Task Ingest_Authenticated_WaitsForTheBody()
    {
        await using var host = await ServerHost.StartAsync();

        var status = await HeadersOnlyAsync(host.BaseAddress, ServerHost.Key, TimeSpan.FromSeconds(2));

        Assert.Null(status);
    }

    /// <summary>Sends only the head of a POST /api/ingest (Content-Length 1 MB) and returns the response's status code,
    /// or null when none came within <paramref name="wait"/>.</summary>
    private static async Task<string?> HeadersOnlyAsync(Uri address, string? key, TimeSpan wait)
    {
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port);
        var stream = tcp.GetStream();
        var head = $"POST /api/ingest HTTP/1.1\r\nHost: {address.Authority}\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n"
            + (key is null ? "" : $"{ApiKeyCheck.HeaderName}: {key}\r\n") + "\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        var buffer = new byte[4096];
        using var timeout = new CancellationTokenSource(wait);
        try
        {
            var read = await stream.ReadAsync(buffer, timeout.Token);
            var response = Encoding.ASCII.GetString(buffer, 0, read);
            Assert.StartsWith("HTTP/1.1 ", response, StringComparison.Ordinal);
            Assert.Contains("application/problem+json", response, StringComparison.Ordinal);
            return response.Substring(9, 3);
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>Every error the API can give is an RFC 7807 problem document, whichever layer produced it.</summary>
    [Fact]
    public async Task Errors_EveryKind_AreProblemJson()
    {
        await using var host = await ServerHost.StartAsync(maxRequestBytes: 64 * 1024);
        var cases = new (string What, Func<Task<HttpResponseMessage>> Send, int Status)[]
        {
            ("malformed JSON with the key", () => host.Writer.PostAsync("/api/ingest", Content("application/json", "{\"format\":"u8.ToArray())), 400),
            ("text/plain with the key", () => host.Writer.PostAsync("/api/ingest", Content("text/plain", "hello"u8.ToArray())), 415),
            ("over the body limit with the key", () => host.Writer.PostAsync("/api/ingest", Content("application/json", Encoding.UTF8.GetBytes($"{{\"format\":\"text\",\"content\":\"{new string('a', 100_000)}\"}}"))), 413),
            ("unknown route", () => host.Client.GetAsync("/api/nothing-here"), 404),
            ("missing article", () => host.Client.GetAsync("/api/articles/a-0000"), 404),
            ("missing story", () => host.Client.GetAsync("/api/stories/s-0000"), 404),
            ("wrong method", () => host.Client.GetAsync("/api/ingest"), 405),
            ("bad search", () => host.Client.GetAsync("/api/search?q="), 400),
            ("bad query value", () => host.Client.GetAsync("/api/articles?offset=abc"), 400),
        };
        foreach (var (what, send, status) in cases)
        {
            var response = await send();
            Assert.True((int)response.StatusCode == status, $"{what}: {(int)response.StatusCode}, expected {status}");
            await AssertProblemAsync(response, status, what);
        }
    }

    [Fact]
    public async Task Ingest_NoKeyConfigured_Gets403ProblemJson()
    {
        await using var host = await ServerHost.StartAsync(apiKey: null);

        var response = await host.Writer.PostAsync("/api/ingest", Content("text/plain", "x"u8.ToArray()));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await AssertProblemAsync(response, 403);
    }

    internal static async Task AssertProblemAsync(HttpResponseMessage response, int status, string? what = null)
    {
        Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json",
            $"{what}: content type {response.Content.Headers.ContentType}");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.RootElement.GetProperty("title").GetString()));
    }

    private static ByteArrayContent Content(string? contentType, byte[] body)
    {
        var content = new ByteArrayContent(body);
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        return content;
    }
}

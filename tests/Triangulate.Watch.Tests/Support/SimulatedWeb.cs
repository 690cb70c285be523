using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Triangulate.Watch.Tests.Support;

/// <summary>
/// Many outlets answered in process, without sockets: <c>outletH.example</c> hosts, each with feeds
/// <c>/feed/F.xml</c> (RSS with summaries) and article pages. <see cref="NextCycle"/> publishes one new article on
/// every tenth feed (a different tenth each time). Listings and pages carry ETags and answer 304 when unchanged;
/// robots.txt is absent (404). Used to measure the watcher's own cost per poll cycle.
/// </summary>
public sealed class SimulatedWeb(int hosts, int feedsPerHost) : HttpMessageHandler
{
    private int _cycle;
    private long _requests;

    public long Requests => Interlocked.Read(ref _requests);

    public IEnumerable<string> FeedUrls() =>
        from h in Enumerable.Range(0, hosts) from f in Enumerable.Range(0, feedsPerHost) select $"https://outlet{h}.example/feed/{f}.xml";

    public void NextCycle() => Interlocked.Increment(ref _cycle);

    /// <summary>Articles feed (h, f) has published by now: one at the start, then one each time its turn comes.</summary>
    private int ArticlesOf(int h, int f)
    {
        var cycle = Volatile.Read(ref _cycle);
        var index = (h * feedsPerHost) + f;
        return 1 + ((cycle + 9 - (index % 10)) / 10);
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        var uri = request.RequestUri!;
        var h = int.Parse(uri.Host["outlet".Length..uri.Host.IndexOf('.', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
        var parts = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        string? body = parts switch
        {
            ["feed", var file] => Feed(uri.Host, h, int.Parse(file[..^4], CultureInfo.InvariantCulture)),
            ["article", var f, var k] => Article(uri.Host, h, int.Parse(f, CultureInfo.InvariantCulture), int.Parse(k, CultureInfo.InvariantCulture)),
            _ => null,
        };
        if (body is null)
        {
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound) { RequestMessage = request });
        }

        var etag = new EntityTagHeaderValue("\"" + body.GetHashCode(StringComparison.Ordinal).ToString("x", CultureInfo.InvariantCulture) + body.Length.ToString(CultureInfo.InvariantCulture) + "\"");
        if (request.Headers.IfNoneMatch.Contains(etag))
        {
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotModified) { RequestMessage = request, Headers = { ETag = etag } });
        }

        var response = new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request, Content = new StringContent(body, Encoding.UTF8, parts[0] == "feed" ? "application/rss+xml" : "text/html") };
        response.Headers.ETag = etag;
        return Task.FromResult(response);
    }

    private string Feed(string host, int h, int f)
    {
        var xml = new StringBuilder($"<rss version=\"2.0\"><channel><title>Outlet {h} - News</title>");
        for (var k = ArticlesOf(h, f); k >= 1 && k > ArticlesOf(h, f) - 20; k--)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<item><title>Council vote {h}-{f}-{k}</title><link>https://{host}/article/{f}/{k}?utm_source=rss</link><description>Summary {k}.</description></item>");
        }

        return xml.Append("</channel></rss>").ToString();
    }

    private static string Article(string host, int h, int f, int k) => string.Create(CultureInfo.InvariantCulture, $"""
        <!doctype html><html><head><title>Council vote {h}-{f}-{k}</title><link rel="canonical" href="https://{host}/article/{f}/{k}">
        <meta property="og:site_name" content="Outlet {h}"></head><body><nav>Home News Sport</nav><article><h1>Council vote {h}-{f}-{k}</h1>
        <p>The town council of district {f} voted on Tuesday to approve a budget of {k + 3} million euros for road repairs, officials said.</p>
        <p>Seven members voted in favour and {k % 4} against, according to the minutes published after the session.</p>
        <p>"The roads have waited long enough," said council leader Mara Vint, who proposed the plan in March.</p>
        <p>Work on the first {k + 1} streets is expected to begin next month and last until the autumn.</p></article>
        <footer>All rights reserved.</footer></body></html>
        """);
}

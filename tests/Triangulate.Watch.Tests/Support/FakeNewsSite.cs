using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Triangulate.Watch.Tests.Support;

/// <summary>
/// A local news site (Kestrel on 127.0.0.1) whose content follows a <see cref="NewsSchedule"/> on the given clock:
/// robots.txt (disallows /private/, Crawl-delay 3), an RSS feed with summaries, a JSON Feed with full text, a news
/// sitemap behind a sitemap index (which also lists disallowed /private/ drafts), article pages with a canonical
/// link, tracking-tagged and AMP copies, 410 for removed articles, ETags and 304 on every listing, gzip/brotli;
/// and faults under /faults/: not-modified, 429 with Retry-After, 500, slow, 20 MB, a redirect loop, a redirect to a
/// private address, a malformed feed. Every request is logged with its time on the site's clock.
/// </summary>
public sealed class FakeNewsSite : IAsyncDisposable
{
    public const string Robots = "User-agent: *\nDisallow: /private/\n";
    private readonly WebApplication _app;
    private readonly TimeProvider _clock;
    private readonly SiteRequest[] _requests = new SiteRequest[200_000];
    private int _count;
    private int _rateLimited;

    private FakeNewsSite(WebApplication app, TimeProvider clock, NewsSchedule schedule)
    {
        _app = app;
        _clock = clock;
        Schedule = schedule;
    }

    public NewsSchedule Schedule { get; }

    public Uri Address { get; private set; } = null!;

    /// <summary>The robots.txt Crawl-delay in seconds (0: none).</summary>
    public int CrawlDelay { get; set; } = 3;

    /// <summary>Real time each article page takes to answer (the kill -9 test uses it to stop a run half-way).</summary>
    public TimeSpan PageDelay { get; set; }

    public IReadOnlyList<SiteRequest> Requests => _requests.AsSpan(0, Math.Min(Volatile.Read(ref _count), _requests.Length)).ToArray();

    public string Url(string path) => new Uri(Address, path).AbsoluteUri;

    public static async Task<FakeNewsSite> StartAsync(TimeProvider clock, NewsSchedule schedule)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddResponseCompression(o =>
        {
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        var app = builder.Build();
        var site = new FakeNewsSite(app, clock, schedule);
        app.Use(site.LogAsync);
        app.UseResponseCompression();
        site.Map(app);
        await app.StartAsync();
        site.Address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return site;
    }

    private async Task LogAsync(HttpContext context, RequestDelegate next)
    {
        var h = context.Request.Headers;
        var index = Interlocked.Increment(ref _count) - 1;
        // Interned strings in a preallocated array: the log itself must not look like a leak in the memory check.
        _requests[index] = new SiteRequest(_clock.GetUtcNow(), string.Intern(context.Request.Host.Value ?? ""), string.Intern(context.Request.Path + context.Request.QueryString),
            h.IfNoneMatch.Count > 0 || h.IfModifiedSince.Count > 0, string.Intern(h.AcceptEncoding.ToString()), string.Intern(h.UserAgent.ToString()));
        context.Response.OnStarting(() =>
        {
            _requests[index].Status = context.Response.StatusCode;
            _requests[index].ContentEncoding = string.Intern(context.Response.Headers.ContentEncoding.ToString());
            return Task.CompletedTask;
        });
        await next(context);
        _requests[index].Status = context.Response.StatusCode;
    }

    private void Map(WebApplication app)
    {
        app.MapGet("/robots.txt", () => Results.Text(Robots + (CrawlDelay > 0 ? "Crawl-delay: " + CrawlDelay.ToString(CultureInfo.InvariantCulture) + "\n" : "")));
        app.MapGet("/feed.xml", (HttpContext c) => Listing(c, "application/rss+xml", SiteListings.Rss(this, Now)));
        app.MapGet("/feed.json", (HttpContext c) => Listing(c, "application/feed+json", SiteListings.JsonFeed(this, Now)));
        app.MapGet("/sitemap-index.xml", (HttpContext c) => Listing(c, "application/xml", SiteListings.SitemapIndex(this)));
        app.MapGet("/news-sitemap.xml", (HttpContext c) => Listing(c, "application/xml", SiteListings.NewsSitemap(this, Now)));
        app.MapGet("/news/{n:int}", (HttpContext c, int n) => PageAsync(c, n, amp: false));
        app.MapGet("/amp/news/{n:int}", (HttpContext c, int n) => PageAsync(c, n, amp: true));
        app.MapGet("/private/{*rest}", () => Results.Text("never to be fetched"));
        app.MapGet("/faults/not-modified", (HttpContext c) => Listing(c, "application/rss+xml", "<rss version=\"2.0\"><channel><title>Static</title></channel></rss>"));
        app.MapGet("/faults/rate-limited", (HttpContext c) =>
        {
            if (Interlocked.Increment(ref _rateLimited) <= 2)
            {
                c.Response.Headers.RetryAfter = "90";
                return Results.StatusCode(429);
            }

            return Listing(c, "application/rss+xml", "<rss version=\"2.0\"><channel><title>Limited</title></channel></rss>");
        });
        app.MapGet("/faults/error", () => Results.StatusCode(500));
        app.MapGet("/faults/slow", async (CancellationToken ct) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(3), ct);
            return Results.Text("<rss version=\"2.0\"><channel><title>Slow</title></channel></rss>", "application/rss+xml");
        });
        app.MapGet("/faults/huge", async (HttpContext c) =>
        {
            c.Response.ContentType = "application/rss+xml";
            var chunk = Encoding.ASCII.GetBytes(new string('x', 64 * 1024));
            for (var sent = 0; sent < 20 * 1024 * 1024 && !c.RequestAborted.IsCancellationRequested; sent += chunk.Length)
            {
                await c.Response.Body.WriteAsync(chunk, c.RequestAborted);
            }
        });
        app.MapGet("/faults/loop", () => Results.Redirect("/faults/loop-back"));
        app.MapGet("/faults/loop-back", () => Results.Redirect("/faults/loop"));
        app.MapGet("/faults/private", () => Results.Redirect("http://10.255.255.1/feed.xml"));
        app.MapGet("/faults/malformed", () => Results.Text("<rss version=\"2.0\"><channel><title>Broken</title><item><title>no end", "application/rss+xml"));
    }

    private DateTimeOffset Now => _clock.GetUtcNow();

    private static IResult Listing(HttpContext context, string type, string body)
    {
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)).AsSpan(0, 8)) + "\"";
        context.Response.Headers.ETag = etag;
        if (context.Request.Headers.IfNoneMatch.ToString() == etag)
        {
            return Results.StatusCode(304);
        }

        return Results.Text(body, type + "; charset=utf-8");
    }

    private async Task<IResult> PageAsync(HttpContext context, int number, bool amp)
    {
        if (PageDelay > TimeSpan.Zero)
        {
            await Task.Delay(PageDelay, context.RequestAborted);
        }

        var article = Schedule.Articles.FirstOrDefault(a => a.Number == number);
        var now = Now;
        if (article is null || article.Published > now)
        {
            return Results.NotFound();
        }

        if (!article.IsPublished(now))
        {
            return Results.StatusCode(410);
        }

        return Listing(context, "text/html", NewsContent.Page(article, now, Address, amp));
    }

    /// <summary>The canonical address of article <paramref name="number"/>.</summary>
    public string ArticleUrl(int number) => Url("/news/" + number.ToString(CultureInfo.InvariantCulture));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Triangulate.Watch.Tests.Support;

/// <summary>The fake site's feeds and sitemaps at a moment of its clock.</summary>
public static class SiteListings
{
    public static string Rss(FakeNewsSite site, DateTimeOffset now)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Velmora Post - News</title>");
        foreach (var a in Live(site, now, "rss").Take(20))
        {
            xml.Append("<item><title>").Append(WebUtility.HtmlEncode(NewsContent.Title(a, now))).Append("</title>")
                .Append("<link>").Append(site.Url("/news/" + Num(a) + "?utm_source=rss&amp;utm_medium=feed")).Append("</link>")
                .Append("<pubDate>").Append(a.Published.ToString("r", CultureInfo.InvariantCulture)).Append("</pubDate>")
                .Append("<description>A crane failed at berth ").Append(Num(a)).Append(".</description></item>");
        }

        return xml.Append("</channel></rss>").ToString();
    }

    public static string JsonFeed(FakeNewsSite site, DateTimeOffset now) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["version"] = "https://jsonfeed.org/version/1.1",
        ["title"] = "Velmora Post",
        ["items"] = Live(site, now, "json").Take(20).Select(a => new Dictionary<string, string>
        {
            ["id"] = Num(a),
            ["url"] = site.Url("/news/" + Num(a)),
            ["title"] = NewsContent.Title(a, now),
            ["content_html"] = NewsContent.BodyHtml(a, now),
            ["date_published"] = a.Published.ToString("O", CultureInfo.InvariantCulture),
            ["date_modified"] = a.ListedUpdateAt(now).ToString("O", CultureInfo.InvariantCulture),
        }).ToList(),
    });

    public static string SitemapIndex(FakeNewsSite site) =>
        $"<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap><loc>{site.Url("/news-sitemap.xml")}</loc></sitemap></sitemapindex>";

    /// <summary>Every live article (feed-page ones at their canonical address, full-text ones at their AMP copy), and a disallowed draft for every fifth.</summary>
    public static string NewsSitemap(FakeNewsSite site, DateTimeOffset now)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">");
        foreach (var a in Live(site, now, null))
        {
            var loc = a.Section == "rss" ? "/news/" + Num(a) : "/amp/news/" + Num(a);
            xml.Append("<url><loc>").Append(site.Url(loc)).Append("</loc><lastmod>").Append(a.ListedUpdateAt(now).ToString("O", CultureInfo.InvariantCulture))
                .Append("</lastmod><news:news><news:publication><news:name>Velmora Post</news:name><news:language>en</news:language></news:publication>")
                .Append("<news:publication_date>").Append(a.Published.ToString("O", CultureInfo.InvariantCulture)).Append("</news:publication_date>")
                .Append("<news:title>").Append(WebUtility.HtmlEncode(NewsContent.Title(a, now))).Append("</news:title></news:news></url>");
            if (a.Number % 5 == 0)
            {
                xml.Append("<url><loc>").Append(site.Url("/private/draft-" + Num(a))).Append("</loc></url>");
            }
        }

        return xml.Append("</urlset>").ToString();
    }

    private static IEnumerable<ScheduledArticle> Live(FakeNewsSite site, DateTimeOffset now, string? section) =>
        site.Schedule.Articles.Where(a => a.IsPublished(now) && (section is null || a.Section == section)).OrderByDescending(a => a.Published);

    private static string Num(ScheduledArticle a) => a.Number.ToString(CultureInfo.InvariantCulture);
}

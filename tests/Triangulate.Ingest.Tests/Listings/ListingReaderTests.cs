using System.Text;
using Triangulate.Core.Ingest;
using Triangulate.Ingest.Listings;

namespace Triangulate.Ingest.Tests.Listings;

public sealed class ListingReaderTests
{
    private static readonly Uri Base = new("https://news.example/feeds/");

    private static Listing? Read(string text, out string? failure) => ListingReader.TryRead(Encoding.UTF8.GetBytes(text), Base, out failure);

    [Fact]
    public void TryRead_JsonFeed11_ContentAndSummaryItems()
    {
        const string json = """
            {"version": "https://jsonfeed.org/version/1.1", "title": "Velmora Post - News",
             "items": [
               {"id": "1", "url": "/news/1", "title": "Crane fails", "content_html": "<p>A crane failed.</p>",
                "date_published": "2025-03-01T10:00:00Z", "date_modified": "2025-03-01T11:00:00Z", "authors": [{"name": "Ana Pérez"}]},
               {"id": "2", "external_url": "https://news.example/news/2", "summary": "Short."},
               {"id": "3", "title": "no address"}
             ]}
            """;
        var listing = Read(json, out _)!;
        Assert.Equal(ListingKind.Feed, listing.Kind);
        Assert.Equal("Velmora Post", listing.Title);
        Assert.Equal(2, listing.Entries.Count);
        var first = listing.Entries[0];
        Assert.Equal("https://news.example/news/1", first.Url);
        Assert.False(first.IsSummary);
        Assert.Equal(DocumentFormat.Html, first.Format);
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 11, 0, 0, TimeSpan.Zero), first.Updated);
        Assert.Equal("Ana Pérez", first.Author);
        Assert.True(listing.Entries[1].IsSummary);
        Assert.Single(listing.Problems);
    }

    [Fact]
    public void TryRead_NewsSitemap_LocTitleDates()
    {
        const string xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
              <url><loc>https://news.example/news/7</loc><lastmod>2025-03-02T09:00:00Z</lastmod>
                <news:news><news:publication><news:name>Velmora Post</news:name><news:language>en</news:language></news:publication>
                <news:publication_date>2025-03-02T08:00:00Z</news:publication_date><news:title>Port reopens</news:title></news:news></url>
              <url><loc>relative/8</loc></url>
            </urlset>
            """;
        var listing = Read(xml, out _)!;
        Assert.Equal(ListingKind.Sitemap, listing.Kind);
        Assert.Equal(2, listing.Entries.Count);
        Assert.Equal("Port reopens", listing.Entries[0].Title);
        Assert.Equal(new DateTimeOffset(2025, 3, 2, 8, 0, 0, TimeSpan.Zero), listing.Entries[0].Published);
        Assert.Equal(new DateTimeOffset(2025, 3, 2, 9, 0, 0, TimeSpan.Zero), listing.Entries[0].Updated);
        Assert.Equal("https://news.example/feeds/relative/8", listing.Entries[1].Url);
    }

    [Fact]
    public void TryRead_SitemapIndex_ListsSitemaps()
    {
        var listing = Read("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap><loc>https://news.example/s1.xml</loc></sitemap><sitemap><loc>https://news.example/s2.xml</loc></sitemap></sitemapindex>", out _)!;
        Assert.Equal(ListingKind.SitemapIndex, listing.Kind);
        Assert.Equal(["https://news.example/s1.xml", "https://news.example/s2.xml"], listing.Entries.Select(e => e.Url));
    }

    [Fact]
    public void TryRead_Opml_NestedOutlines()
    {
        const string opml = """
            <opml version="2.0"><head><title>Outlets</title></head><body>
              <outline text="Europe"><outline text="Velmora Post" type="rss" xmlUrl="https://news.example/feed.xml"/></outline>
              <outline text="Wire" xmlUrl="https://wire.example/atom.xml"/>
            </body></opml>
            """;
        var listing = Read(opml, out _)!;
        Assert.Equal(ListingKind.Opml, listing.Kind);
        Assert.Equal(["https://news.example/feed.xml", "https://wire.example/atom.xml"], listing.Entries.Select(e => e.Url));
    }

    [Fact]
    public void TryRead_AddressList_CommentsAndBlanksSkipped()
    {
        var listing = Read("# outlets\n\nhttps://news.example/feed.xml\r\nhttps://wire.example/sitemap.xml\n", out _)!;
        Assert.Equal(ListingKind.UrlList, listing.Kind);
        Assert.Equal(2, listing.Entries.Count);
    }

    [Theory]
    [InlineData("The mayor said on https://news.example/x that the bridge is closed.")]
    [InlineData("<html><body><p>An article</p></body></html>")]
    [InlineData("{\"text\": \"a JSON Lines record\"}")]
    public void TryRead_NotAListing_Null(string text)
    {
        Assert.Null(Read(text, out var failure));
        Assert.Null(failure);
    }

    [Fact]
    public void TryRead_RssWithLinkOnlyItems_EntriesNeedPages()
    {
        var listing = Read("<rss version=\"2.0\"><channel><title>Wire</title><item><title>A</title><link>https://news.example/a?utm_source=rss</link></item><item><title>B</title><link>https://news.example/b</link><description>Short summary.</description></item></channel></rss>", out _)!;
        Assert.Equal(2, listing.Entries.Count);
        Assert.All(listing.Entries, e => Assert.True(e.IsSummary));
        Assert.Null(listing.Entries[0].Body);
    }

    [Fact]
    public void TryRead_MalformedSitemap_Failure()
    {
        Assert.Null(Read("<urlset><url><loc>https://news.example/a</loc>", out var failure));
        Assert.Contains("not well-formed", failure, StringComparison.Ordinal);
    }
}

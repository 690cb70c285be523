using Triangulate.Core.Diagnostics;

namespace Triangulate.Ingest.Tests.Listings;

/// <summary>Listing files given to ingest: a JSON Feed is read offline; a file of addresses needs the web, which this reader has not.</summary>
public sealed class ListingFileTests
{
    [Fact]
    public async Task ReadAsync_JsonFeedFile_OneDocumentPerItem()
    {
        using var folder = new TempFolder();
        var path = folder.Write("feed.json", """
            {"version": "https://jsonfeed.org/version/1", "title": "Velmora Post",
             "items": [{"id": "1", "url": "https://news.example/news/1", "title": "Crane fails", "content_text": "A crane failed at berth 4 on Monday."},
                       {"id": "2", "url": "https://news.example/news/2", "title": "Port reopens", "content_html": "<p>The port reopened.</p>"}]}
            """);

        var docs = (await Ingest.ReadAsync(path)).Documents();

        Assert.Equal(2, docs.Count);
        Assert.Equal("Crane fails", docs[0].Hints.Title);
        Assert.Equal("https://news.example/news/1", docs[0].Locator);
        Assert.Equal("Velmora Post", docs[1].Hints.Outlet);
    }

    [Theory]
    [InlineData("outlets.txt", "https://news.example/feed.xml\nhttps://wire.example/feed.xml\n")]
    [InlineData("outlets.opml", "<opml version=\"2.0\"><body><outline xmlUrl=\"https://news.example/feed.xml\"/></body></opml>")]
    [InlineData("sitemap.xml", "<urlset><url><loc>https://news.example/a</loc></url></urlset>")]
    public async Task ReadAsync_AddressFileWithoutWeb_Tri1010(string name, string content)
    {
        using var folder = new TempFolder();
        var path = folder.Write(name, content);

        var items = await Ingest.ReadAsync(path);

        Assert.Empty(items.Documents());
        Assert.Contains(ErrorCodes.UnsupportedFormat, items.Codes());
    }

    [Fact]
    public async Task ReadAsync_WebAddressWithoutWeb_Tri1101()
    {
        var items = await Ingest.ReadAsync("https://news.example/feed.xml");
        Assert.Equal([ErrorCodes.FetchFailed], items.Codes());
    }
}

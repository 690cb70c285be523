using System.Text;
using Triangulate.Core.Diagnostics;
using Triangulate.Core.Ingest;

namespace Triangulate.Ingest.Tests.Feeds;

public sealed class FeedReaderTests
{
    private const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel>
            <title>Example Wire</title>
            <link>https://wire.example/</link>
            <item>
              <title>Maduro writes to Trump</title>
              <link>https://wire.example/a1</link>
              <pubDate>Sun, 28 Sep 2025 10:41:00 GMT</pubDate>
              <dc:creator>Ana Pérez</dc:creator>
              <description>Short summary.</description>
              <content:encoded><![CDATA[<p>Full <b>HTML</b> body with “quotes”.</p>]]></content:encoded>
            </item>
            <item>
              <title>Second item</title>
              <guid isPermaLink="false">id-2</guid>
              <description>&lt;p&gt;Escaped HTML summary&lt;/p&gt;</description>
              <author>desk@wire.example (News Desk)</author>
            </item>
          </channel>
        </rss>
        """;

    [Fact]
    public async Task ReadAsync_Rss_OneDocumentPerItemWithHints()
    {
        using var folder = new TempFolder();
        var path = folder.Write("wire.xml", Rss);

        var items = await Ingest.ReadAsync(path);

        Assert.Empty(items.AllDiagnostics());
        var docs = items.Documents();
        Assert.Equal(2, docs.Count);
        var first = docs[0];
        Assert.Equal(DocumentFormat.Html, first.Format);
        Assert.Equal("<p>Full <b>HTML</b> body with “quotes”.</p>", first.Content);
        Assert.Equal("Maduro writes to Trump", first.Hints.Title);
        Assert.Equal("Example Wire", first.Hints.Outlet);
        Assert.Equal("https://wire.example/a1", first.Hints.Url);
        Assert.Equal("https://wire.example/a1", first.Locator);
        Assert.Equal(path + "#1", first.Input);
        Assert.Equal(path, first.Hints.Feed);
        Assert.Equal("Ana Pérez", first.Hints.Byline);
        Assert.Equal(new DateTimeOffset(2025, 9, 28, 10, 41, 0, TimeSpan.Zero), first.Hints.Published);

        var second = docs[1];
        Assert.Equal("wire.xml#2", second.Locator);
        Assert.Equal(DocumentFormat.Html, second.Format);
        Assert.Equal("<p>Escaped HTML summary</p>", second.Content);
        Assert.Equal("News Desk", second.Hints.Byline);
    }

    [Fact]
    public async Task ReadAsync_Atom_EntriesWithHtmlAndXhtmlContent()
    {
        const string atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title type="text">Atom Outlet</title>
              <entry>
                <title>Entry one</title>
                <link rel="alternate" href="https://atom.example/1"/>
                <link rel="self" href="https://atom.example/1.xml"/>
                <updated>2025-09-29T08:00:00Z</updated>
                <published>2025-09-28T08:00:00Z</published>
                <author><name>Jo Reporter</name></author>
                <summary>Summary only.</summary>
                <content type="html">&lt;p&gt;Entry &lt;em&gt;one&lt;/em&gt; body&lt;/p&gt;</content>
              </entry>
              <entry>
                <title>Entry two</title>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Two</p></div></content>
              </entry>
              <entry>
                <title>Entry three</title>
                <summary>Plain summary text</summary>
              </entry>
            </feed>
            """;
        using var folder = new TempFolder();
        var path = folder.Write("atom.atom", atom);

        var docs = (await Ingest.ReadAsync(path)).Documents();

        Assert.Equal(3, docs.Count);
        Assert.Equal("<p>Entry <em>one</em> body</p>", docs[0].Content);
        Assert.Equal(DocumentFormat.Html, docs[0].Format);
        Assert.Equal("https://atom.example/1", docs[0].Hints.Url);
        Assert.Equal("Jo Reporter", docs[0].Hints.Byline);
        Assert.Equal("Atom Outlet", docs[0].Hints.Outlet);
        Assert.Equal(new DateTimeOffset(2025, 9, 28, 8, 0, 0, TimeSpan.Zero), docs[0].Hints.Published);
        Assert.Contains("<p", docs[1].Content);
        Assert.Contains("Two", docs[1].Content);
        Assert.Equal(DocumentFormat.Html, docs[1].Format);
        Assert.Equal("Plain summary text", docs[2].Content);
        Assert.Equal(DocumentFormat.PlainText, docs[2].Format);
        Assert.Equal("atom.atom#3", docs[2].Locator);
    }

    [Fact]
    public async Task ReadAsync_RdfFeed_ItemsRead()
    {
        const string rdf = """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://rdf.example/"><title>RDF Outlet</title></channel>
              <item rdf:about="https://rdf.example/x"><title>X</title><link>https://rdf.example/x</link><description>Body X</description><dc:date>2025-09-01T00:00:00Z</dc:date></item>
            </rdf:RDF>
            """;
        using var folder = new TempFolder();
        var path = folder.Write("old.rdf", rdf);

        var docs = (await Ingest.ReadAsync(path)).Documents();

        var doc = Assert.Single(docs);
        Assert.Equal("RDF Outlet", doc.Hints.Outlet);
        Assert.Equal("https://rdf.example/x", doc.Locator);
        Assert.Equal(new DateTimeOffset(2025, 9, 1, 0, 0, 0, TimeSpan.Zero), doc.Hints.Published);
    }

    [Fact]
    public async Task ReadAsync_ItemWithoutBody_Tri1011AndOthersRead()
    {
        var feed = Rss.Replace("<description>Short summary.</description>", string.Empty, StringComparison.Ordinal)
            .Replace("<content:encoded><![CDATA[<p>Full <b>HTML</b> body with “quotes”.</p>]]></content:encoded>", string.Empty, StringComparison.Ordinal);
        using var folder = new TempFolder();
        var path = folder.Write("feed.rss", feed);

        var items = await Ingest.ReadAsync(path);

        Assert.Single(items.Documents());
        var diagnostic = Assert.Single(items.AllDiagnostics());
        Assert.Equal(ErrorCodes.MalformedFeedItem, diagnostic.Code);
        Assert.Equal(path + "#1", diagnostic.Input);
    }

    [Fact]
    public async Task ReadAsync_OneItemNotWellFormed_Tri1011AndOthersRead()
    {
        var feed = Rss.Replace("<title>Second item</title>", "<title>Broken <b>item</title>", StringComparison.Ordinal)
            .Replace("</channel>", "<item><title>Third</title><description>Body three &nbsp; R&D</description></item></channel>", StringComparison.Ordinal);
        using var folder = new TempFolder();
        var path = folder.Write("feed.xml", feed);

        var items = await Ingest.ReadAsync(path);

        var docs = items.Documents();
        Assert.Equal(2, docs.Count);
        Assert.Equal("Maduro writes to Trump", docs[0].Hints.Title);
        Assert.Equal("Example Wire", docs[0].Hints.Outlet);
        Assert.Equal("Body three \u00A0 R&D", docs[1].Content);
        var diagnostic = Assert.Single(items.AllDiagnostics());
        Assert.Equal(ErrorCodes.MalformedFeedItem, diagnostic.Code);
        Assert.Equal(path + "#2", diagnostic.Input);
    }

    /// <summary>Found by fuzzing (tools/fuzz/regressions/atom): a self-closed entry followed by more markup up to the
    /// next closing tag made the item-by-item recovery throw out of the reader.</summary>
    [Fact]
    public async Task ReadAsync_BrokenFeedWithSelfClosedEntry_ItemReportedNotThrown()
    {
        using var folder = new TempFolder();
        var path = folder.Write("broken.atom", """
            <?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>&bogus;
            <entry/><id>urn:1</id><title>One</title></entry>
            <entry><title>Two</title><summary>Second body.</summary></entry></feed>
            """);

        var items = await Ingest.ReadAsync(path);

        Assert.Equal("Second body.", Assert.Single(items.Documents()).Content);
        Assert.Contains(ErrorCodes.MalformedFeedItem, items.Codes());
    }

    /// <summary>Found by fuzzing (tools/fuzz/regressions/rss): a reserved namespace prefix on the root of a broken feed
    /// threw while the recovery set up its namespaces.</summary>
    [Fact]
    public async Task ReadAsync_BrokenFeedWithReservedPrefix_ItemsStillRead()
    {
        using var folder = new TempFolder();
        var path = folder.Write("broken.rss", """
            <?xml version="1.0"?><rss version="2.0" xmlns:xmlns="http://example.org/x" xmlns:xml="http://example.org/y"><channel><title>T</title>&nbsp;
            <item><title>One</title><description>First body.</description></item></channel></rss>
            """);

        var items = await Ingest.ReadAsync(path);

        Assert.Equal("First body.", Assert.Single(items.Documents()).Content);
    }

    [Fact]
    public async Task ReadAsync_WhollyMalformedFeed_Tri1007()
    {
        using var folder = new TempFolder();
        var path = folder.Write("broken.xml", "<?xml version=\"1.0\"?>\n<rss><channel><title>Oops</title><ite");

        var items = await Ingest.ReadAsync(path);

        Assert.Empty(items.Documents());
        Assert.Equal([ErrorCodes.MalformedFeed], items.Codes());
    }

    [Fact]
    public async Task ReadAsync_XmlThatIsNotAFeed_Tri1010()
    {
        using var folder = new TempFolder();
        var path = folder.Write("data.xml", "<?xml version=\"1.0\"?>\n<catalog><book>A</book></catalog>");

        var items = await Ingest.ReadAsync(path);

        Assert.Equal([ErrorCodes.UnsupportedFormat], items.Codes());
    }

    [Fact]
    public async Task ReadAsync_FeedWithDoctype_ReadWithoutResolvingIt()
    {
        var feed = Rss.Replace("<rss version", "<!DOCTYPE rss SYSTEM \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n<rss version", StringComparison.Ordinal);
        using var folder = new TempFolder();
        var path = folder.Write("netscape.xml", feed);

        var items = await Ingest.ReadAsync(path);

        Assert.Equal(2, items.Documents().Count);
        var diagnostic = Assert.Single(items.AllDiagnostics());
        Assert.Equal(ErrorCodes.MalformedFeed, diagnostic.Code);
        Assert.Equal(DiagnosticLevel.Warning, diagnostic.Level);
    }

    [Fact]
    public async Task ReadAsync_Latin1DeclaredFeed_DecodedFromDeclaration()
    {
        var xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Caf\u00E9</title><item><title>t</title><description>D\u00E9j\u00E0 vu</description></item></channel></rss>";
        using var folder = new TempFolder();
        var path = folder.Write("latin.xml", Encoding.Latin1.GetBytes(xml));

        var items = await Ingest.ReadAsync(path);

        Assert.Empty(items.AllDiagnostics());
        var doc = Assert.Single(items.Documents());
        Assert.Equal("Déjà vu", doc.Content);
        Assert.Equal("Café", doc.Hints.Outlet);
    }

    [Fact]
    public async Task ReadAsync_FeedSavedAsTxt_SniffedAsFeed()
    {
        using var folder = new TempFolder();
        var path = folder.Write("saved.txt", Rss);

        var docs = (await Ingest.ReadAsync(path)).Documents();

        Assert.Equal(2, docs.Count);
        Assert.Equal("Example Wire", docs[0].Hints.Outlet);
    }
}

using Triangulate.Core.Ingest;
using Triangulate.Extraction.Html;
using Triangulate.Extraction.Tests.Html;

namespace Triangulate.Extraction.Tests;

/// <summary>The outlet naming order (docs/outlets.md): JSON-LD publisher, og:site_name, the registry's entry for the
/// canonical URL's domain, the container's name, then the weaker signs. Real pages through the real extractor.</summary>
public sealed class OutletNamingTests
{
    private const string Publisher = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"PUB\"}}</script>";

    private readonly ArticleExtractor _extractor = new(new HtmlExtractor());

    private string? OutletOf(string head, DocumentHints? hints = null)
    {
        var html = $"<html><head>{head}</head><body><article><p>{Pages.Para1}</p><p>{Pages.Para2}</p></article></body></html>";
        var document = new RawDocument("page.html", "page.html", DocumentFormat.Html, html, hints ?? DocumentHints.None);
        return _extractor.Extract(document, default).Article!.Metadata.Outlet;
    }

    private static string Meta(string property, string content) => $"<meta property='{property}' content='{content}'>";

    private static string Canonical(string url) => $"<link rel='canonical' href='{url}'>";

    [Fact]
    public void Outlet_PublisherBeforeSiteNameBeforeRegistryBeforeHeader()
    {
        var header = new DocumentHints { Outlet = "Header Outlet" };
        var all = Publisher.Replace("PUB", "Ledger Publisher", StringComparison.Ordinal) + Meta("og:site_name", "Ledger Site") + Canonical("https://www.reuters.com/world/x");

        Assert.Equal("Ledger Publisher", OutletOf(all, header));
        Assert.Equal("Ledger Site", OutletOf(Meta("og:site_name", "Ledger Site") + Canonical("https://www.reuters.com/world/x"), header));
        Assert.Equal("Reuters", OutletOf(Canonical("https://www.reuters.com/world/x"), header));
        Assert.Equal("Header Outlet", OutletOf(Canonical("https://ledger.example/x"), header));
    }

    [Theory]
    [InlineData("https://thecaucus.blogs.nytimes.com/2012/01/02/a", "The New York Times")]
    [InlineData("https://edition.cnn.com/2024/a", "CNN")]
    [InlineData("https://www.huffingtonpost.com/entry/a", "HuffPost")]
    [InlineData("https://hosted.ap.org/a", "Associated Press")]
    public void Outlet_UnnamedPageOnAListedDomain_RegistryName(string url, string expected)
    {
        Assert.Equal(expected, OutletOf(string.Empty, new DocumentHints { Url = url, Outlet = "code-name" }));
    }

    [Theory]
    [InlineData("WSJ", "https://www.wsj.com/articles/a", "The Wall Street Journal")]
    [InlineData("TheHill", "https://thehill.com/a", "The Hill")]
    [InlineData("@politifact", "https://www.politifact.com/a", "PolitiFact")]
    [InlineData(" The Jerusalem Post | JPost.com ", "https://www.jpost.com/a", "The Jerusalem Post")]
    [InlineData("Business Insider Deutschland", "https://www.businessinsider.com/a", "Business Insider Deutschland")]
    public void Outlet_SiteNameOfAListedDomain_WrittenAsTheRegistryWritesIt(string siteName, string url, string expected)
    {
        Assert.Equal(expected, OutletOf(Meta("og:site_name", siteName) + Canonical(url)));
    }

    [Fact]
    public void Outlet_AgencyPublisherOnAnotherOutletsPage_SiteNameWins()
    {
        var head = Publisher.Replace("PUB", "Associated Press", StringComparison.Ordinal) + Meta("og:site_name", "Houston Chronicle") + Canonical("https://www.chron.com/news/a");

        Assert.Equal("Houston Chronicle", OutletOf(head));
    }

    [Fact]
    public void Outlet_AgencyPublisherOnItsOwnPage_Kept()
    {
        var head = Publisher.Replace("PUB", "Associated Press", StringComparison.Ordinal) + Meta("og:site_name", "AP News") + Canonical("https://apnews.com/article/a");

        Assert.Equal("Associated Press", OutletOf(head));
    }

    [Fact]
    public void Outlet_AmbiguousNameOnAnUnlistedDomain_PagesOwnWords()
    {
        Assert.Equal("Express", OutletOf(Meta("og:site_name", "Express") + Canonical("https://express.example/a")));
        Assert.Equal("The Wall Street Journal", OutletOf(Meta("og:site_name", "Wall Street Journal")));
    }

    [Fact]
    public void Outlet_NothingButTheUrl_Host()
    {
        Assert.Equal("valley.example", OutletOf(string.Empty, new DocumentHints { Url = "https://www.Valley.example/a" }));
    }
}

using Triangulate.Ingest.Web;

namespace Triangulate.Ingest.Tests.Web;

public sealed class CanonicalUrlTests
{
    [Theory]
    [InlineData("HTTPS://News.Example:443/a/b?utm_source=rss&id=3&fbclid=x#top", "https://news.example/a/b?id=3")]
    [InlineData("http://news.example:8080/a?UTM_MEDIUM=x", "http://news.example:8080/a")]
    [InlineData("https://news.example", "https://news.example/")]
    public void Normalize_DropsTrackingFragmentDefaultPort(string url, string expected) =>
        Assert.Equal(expected, CanonicalUrl.Normalize(url));

    [Fact]
    public void Resolve_RelCanonicalOnSameSite_Wins()
    {
        const string html = "<html><head><link rel=\"stylesheet\" href=\"/s.css\"><link rel=\"canonical\" href=\"https://www.news.example/news/5?utm_campaign=x\"></head><body></body></html>";
        Assert.Equal("https://www.news.example/news/5", CanonicalUrl.Resolve(new Uri("https://m.news.example/news/5?ref_src=t"), html, out var amp));
        Assert.False(amp);
    }

    [Fact]
    public void Resolve_CanonicalOnAnotherSite_Ignored()
    {
        const string html = "<head><link rel=canonical href=\"https://other.example/stolen\"></head>";
        Assert.Equal("https://news.example/a", CanonicalUrl.Resolve(new Uri("https://news.example/a"), html, out _));
    }

    [Fact]
    public void Resolve_AmpPageWithCanonical_GivesCanonical()
    {
        const string html = "<!doctype html><html amp lang=en><head><link rel=\"canonical\" href=\"https://news.example/news/5\"></head></html>";
        Assert.Equal("https://news.example/news/5", CanonicalUrl.Resolve(new Uri("https://news.example/amp/news/5"), html, out var amp));
        Assert.True(amp);
    }

    [Theory]
    [InlineData("https://news.example/news/5/amp", "https://news.example/news/5")]
    [InlineData("https://amp.news.example/news/5?amp=1", "https://news.example/news/5")]
    [InlineData("https://news.example/news/5?outputType=amp&id=2", "https://news.example/news/5?id=2")]
    public void Resolve_AmpPageWithoutCanonical_UndoesAmpAddress(string url, string expected) =>
        Assert.Equal(expected, CanonicalUrl.Resolve(new Uri(url), "<html ⚡><head></head></html>", out _));

    [Fact]
    public void Resolve_OgUrlWhenNoLink() =>
        Assert.Equal("https://news.example/b", CanonicalUrl.Resolve(new Uri("https://news.example/b?x=utm"), "<head><meta property=\"og:url\" content=\"https://news.example/b\"></head>", out _));

    [Theory]
    [InlineData("bbc.co.uk", "www.bbc.co.uk", true)]
    [InlineData("news.example", "other.example", false)]
    [InlineData("a.news.example", "b.news.example", true)]
    public void SameSite_RegistrableDomain(string a, string b, bool expected) =>
        Assert.Equal(expected, CanonicalUrl.SameSite(new Uri("https://" + a + "/"), new Uri("https://" + b + "/")));
}

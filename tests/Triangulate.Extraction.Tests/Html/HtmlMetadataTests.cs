using Triangulate.Extraction.Html;

namespace Triangulate.Extraction.Tests.Html;

public class HtmlMetadataTests
{
    private readonly HtmlExtractor extractor = new();

    private HtmlExtraction Extract(string html, string? url = null) => extractor.Extract(html, url, CancellationToken.None);

    private static string Head(string head, string body = "") =>
        $"<html lang=\"fr\"><head>{head}</head><body>{body}<div><p>{Pages.Para1}</p><p>{Pages.Para2}</p></div></body></html>";

    [Fact]
    public void Extract_OgTitleWithSiteSuffix_SuffixRemoved()
    {
        var html = Head("<meta property='og:site_name' content='Riverside Post'><meta property='og:title' content='Old bridge to reopen | Riverside Post'><title>ignored</title>");

        Assert.Equal("Old bridge to reopen", Extract(html).Title);
    }

    [Fact]
    public void Extract_TitleTagOnly_ShortSiteSuffixRemoved()
    {
        Assert.Equal("Old bridge to reopen after two years", Extract(Head("<title>Old bridge to reopen after two years - BBC News</title>")).Title);
    }

    [Theory]
    [InlineData("Old bridge to reopen - RiversidePost.com—Official Web Site of the Riverside Post", "Old bridge to reopen")]
    [InlineData("RiversidePost.com: Old bridge to reopen after two years", "Old bridge to reopen after two years")]
    [InlineData("riversidepost.com -- Old bridge to reopen after two years", "Old bridge to reopen after two years")]
    [InlineData("RiversidePost.com > News > Local > Old bridge to reopen after two years", "Old bridge to reopen after two years")]
    [InlineData("Welcome to www.riversidepost.com - Local - Old bridge to reopen after two years", "Old bridge to reopen after two years")]
    [InlineData("Old bridge to reopen after two years on RiversidePost.com", "Old bridge to reopen after two years")]
    public void Extract_TitleTagWithWebAddress_AddressSideDropped(string titleTag, string expected)
    {
        Assert.Equal(expected, Extract(Head($"<title>{titleTag}</title>")).Title);
    }

    [Fact]
    public void Extract_GenericTitleTag_HeadingAboveStoryIsTheTitle()
    {
        var html = Head("<title>Sports Wire</title>", "<div><h2>Latest</h2></div><div><h1>Old bridge to reopen after two years</h1>");

        Assert.Equal("Old bridge to reopen after two years", Extract(html).Title);
    }

    [Fact]
    public void Extract_DeclaredOgTitle_KeptOverHeadingAboveStory()
    {
        var html = Head("<meta property='og:title' content='Bridge reopens'><title>Sports Wire</title>", "<div><h1>Old bridge to reopen after two years of repairs</h1>");

        Assert.Equal("Bridge reopens", Extract(html).Title);
    }

    [Fact]
    public void Extract_JsonLdHeadline_UsedWhenNoOgTitle()
    {
        var html = Head("<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Bridge reopens\"}</script><title>Other</title>");

        Assert.Equal("Bridge reopens", Extract(html).Title);
    }

    [Fact]
    public void Extract_LogoH1AndHeadlineInTitleTag_HeadingFoundInTitleWins()
    {
        var html = Head("<title>Daily Example - Ferry service to resume in spring</title>", "<h1>Daily Example</h1><h2>Ferry service to resume in spring</h2>");

        Assert.Equal("Ferry service to resume in spring", Extract(html).Title);
    }

    [Fact]
    public void Extract_H1WithoutMeta_UsedAsTitle()
    {
        Assert.Equal("The headline", Extract(Head(string.Empty, "<h1> The  headline </h1>")).Title);
    }

    [Fact]
    public void Extract_JsonLdAuthorsInGraph_JoinedByline()
    {
        var html = Head("<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"WebPage\"},{\"@type\":[\"NewsArticle\"],\"author\":[{\"@type\":\"Person\",\"name\":\"Ann Example\"},{\"name\":\"Bo Sample\"}]}]}</script>");

        Assert.Equal("Ann Example, Bo Sample", Extract(html).Byline);
    }

    [Fact]
    public void Extract_AuthorMetaWithOutletAfterBar_OutletRemoved()
    {
        Assert.Equal("Amy Kuperinsky", Extract(Head("<meta name='author' content='Amy Kuperinsky | NJ Advance Media for NJ.com'>")).Byline);
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("jdadmin")]
    [InlineData("Editorial")]
    public void Extract_AuthorMetaIsCmsAccount_NoByline(string author)
    {
        Assert.Null(Extract(Head($"<meta name='author' content='{author}'>")).Byline);
    }

    [Fact]
    public void Parse_ClockTimeZoneThenDate_Parsed()
    {
        var parsed = DateValues.Parse("01:38:07 PM IST Nov 20, 2019");

        Assert.Equal(new DateOnly(2019, 11, 20), parsed is { } p ? DateOnly.FromDateTime(p.DateTime) : default);
    }

    [Fact]
    public void Extract_BylineElement_ByPrefixRemoved()
    {
        Assert.Equal("Ann Example", Extract(Head(string.Empty, "<div class='byline'>By  Ann Example</div>")).Byline);
    }

    [Fact]
    public void Extract_AuthorMetaIsUrl_NotUsedAsByline()
    {
        Assert.Null(Extract(Head("<meta property='article:author' content='https://facebook.com/someone'>")).Byline);
    }

    [Fact]
    public void Extract_JsonLdDates_PublishedAndUpdated()
    {
        var html = Head("<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"2019-11-18T20:51:19Z\",\"dateModified\":\"2019-11-19T08:00:00+01:00\"}</script>");

        var result = Extract(html);

        Assert.Equal(new DateTimeOffset(2019, 11, 18, 20, 51, 19, TimeSpan.Zero), result.Published);
        Assert.Equal(new DateTimeOffset(2019, 11, 19, 8, 0, 0, TimeSpan.FromHours(1)), result.Updated);
    }

    [Fact]
    public void Extract_ArticlePublishedTimeMeta_Read()
    {
        var result = Extract(Head("<meta property='article:published_time' content='2008-01-15T10:30:00-05:00'>"));

        Assert.Equal(new DateTimeOffset(2008, 1, 15, 10, 30, 0, TimeSpan.FromHours(-5)), result.Published);
    }

    [Fact]
    public void Extract_TimeElement_Read()
    {
        var result = Extract(Head(string.Empty, "<article><time datetime='2020-03-04'>4 March</time></article>"));

        Assert.Equal(new DateTimeOffset(2020, 3, 4, 0, 0, 0, TimeSpan.Zero), result.Published);
    }

    [Fact]
    public void Extract_DateOnlyInUrl_Read()
    {
        var result = Extract(Head(string.Empty), "https://example.com/news/2019/11/18/bridge-reopens.html");

        Assert.Equal(new DateTimeOffset(2019, 11, 18, 0, 0, 0, TimeSpan.Zero), result.Published);
    }

    [Fact]
    public void Extract_NoDateAnywhere_PublishedIsNull()
    {
        var result = Extract(Head(string.Empty), "https://example.com/news/bridge-reopens");

        Assert.Null(result.Published);
        Assert.Null(result.Updated);
    }

    [Fact]
    public void Extract_SiteName_FromOgThenJsonLdThenHost()
    {
        Assert.Equal("Riverside Post", Extract(Head("<meta property='og:site_name' content='Riverside Post'>")).SiteName);
        Assert.Equal("Daily Example", Extract(Head("<script type='application/ld+json'>{\"@type\":\"Article\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"Daily Example\"}}</script>")).SiteName);
        Assert.Equal("example.com", Extract(Head(string.Empty), "https://www.example.com/a").SiteName);
    }

    [Fact]
    public void Extract_HtmlLang_Language()
    {
        Assert.Equal("fr", Extract(Head(string.Empty)).Language);
    }

    [Fact]
    public void Extract_RelativeCanonical_ResolvedAgainstUrl()
    {
        var result = Extract(Head("<link rel='canonical' href='/news/bridge'>"), "https://www.example.com/news/bridge?utm=x");

        Assert.Equal("https://www.example.com/news/bridge", result.CanonicalUrl);
    }

    [Fact]
    public void Extract_NoMetadata_FieldsNull()
    {
        var result = Extract("<html><body><p>" + Pages.Para1 + "</p></body></html>");

        Assert.Null(result.Title);
        Assert.Null(result.Byline);
        Assert.Null(result.SiteName);
        Assert.Null(result.Language);
        Assert.Null(result.CanonicalUrl);
    }
}

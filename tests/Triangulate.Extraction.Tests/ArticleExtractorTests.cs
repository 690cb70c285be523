using Triangulate.Core.Diagnostics;
using Triangulate.Core.Ingest;
using Triangulate.Core.Model;
using Triangulate.Extraction.Html;
using Triangulate.Extraction.Tests.Fakes;
using static Triangulate.Extraction.Tests.Cleaning.CleanerFixtures;

namespace Triangulate.Extraction.Tests;

public sealed class ArticleExtractorTests
{
    private static readonly DateTimeOffset PagePublished = new(2025, 9, 28, 10, 41, 0, TimeSpan.FromHours(2));

    [Fact]
    public void Extract_PlainText_BuildsArticleWithTitleAndId()
    {
        var (extractor, html) = Create(FakeHtmlExtractor.Page(""));
        var doc = Plain($"Storm closes ferry route\n\n{Lead}\n\nWith inputs from Reuters", new DocumentHints { Outlet = "Harbour Times" });

        var article = extractor.Extract(doc, default).Article!;

        Assert.Equal(0, html.Calls);
        Assert.Equal("Storm closes ferry route", article.Metadata.Title);
        Assert.False(article.Metadata.TitleDerived);
        Assert.Equal("Harbour Times", article.Metadata.Outlet);
        Assert.Equal(Lead, article.Text);
        Assert.Equal(["Reuters"], article.Metadata.CreditedSources);
        Assert.Equal([new RemovedText(RemovedKinds.SourceCredit, "With inputs from Reuters")], article.Removed);
        Assert.Equal(ArticleId.Compute("Harbour Times", doc.Locator, Lead), article.Id);
        Assert.Equal(doc.Input, article.Source.Input);
    }

    [Fact]
    public void Extract_SameDocumentTwice_SameId()
    {
        var (extractor, _) = Create(FakeHtmlExtractor.Page(""));
        var doc = Plain(Lead, DocumentHints.None);

        Assert.Equal(extractor.Extract(doc, default).Article!.Id, extractor.Extract(doc, default).Article!.Id);
    }

    [Fact]
    public void Extract_NoDateAnywhere_PublishedStaysNull()
    {
        var (extractor, _) = Create(FakeHtmlExtractor.Page(""));

        var article = extractor.Extract(Plain(Lead, DocumentHints.None), default).Article!;

        Assert.Null(article.Metadata.Published);
        Assert.Null(article.Metadata.Outlet);
        Assert.Null(article.Metadata.Language);
    }

    [Fact]
    public void Extract_TimestampLine_GivesPublishedAndDateline()
    {
        var (extractor, _) = Create(FakeHtmlExtractor.Page(""));

        var article = extractor.Extract(Plain($"10:41 28.09.2025 •\n\n{Lead}", DocumentHints.None), default).Article!;

        Assert.Equal(new DateTimeOffset(2025, 9, 28, 0, 0, 0, TimeSpan.Zero), article.Metadata.Published);
        Assert.Equal("10:41 28.09.2025 •", article.Metadata.Dateline);
    }

    [Fact]
    public void Extract_HintPublished_WinsOverDateline()
    {
        var (extractor, _) = Create(FakeHtmlExtractor.Page(""));
        var hints = new DocumentHints { Published = PagePublished };

        var article = extractor.Extract(Plain($"10:41 01.01.2020\n\n{Lead}", hints), default).Article!;

        Assert.Equal(PagePublished, article.Metadata.Published);
    }

    [Fact]
    public void Extract_Html_UsesPageMetadataAndCleansText()
    {
        var page = new HtmlExtraction($"{Lead}\n\nShare this article\n\n{Tail}", "Storm closes ferry route", "Amara Okafor",
            PagePublished, null, "The Harbour Times", "en", "https://www.harbourtimes.example/storm", []);
        var (extractor, html) = Create(page);

        var article = extractor.Extract(Html(DocumentHints.None), default).Article!;

        Assert.Equal(1, html.Calls);
        Assert.Equal($"{Lead}\n\n{Tail}", article.Text);
        Assert.Equal([new RemovedText(RemovedKinds.Share, "Share this article")], article.Removed);
        Assert.Equal("Storm closes ferry route", article.Metadata.Title);
        Assert.Equal("Amara Okafor", article.Metadata.Byline);
        Assert.Equal(PagePublished, article.Metadata.Published);
        Assert.Equal("The Harbour Times", article.Metadata.Outlet);
        Assert.Equal("en", article.Metadata.Language);
        Assert.Equal("https://www.harbourtimes.example/storm", article.Source.Url);
    }

    [Fact]
    public void Extract_Html_SourceCreditFromDroppedFurniture_CreditedAndListedAsRemoved()
    {
        var page = new HtmlExtraction(Lead, null, null, null, null, null, null, null, [], ["With inputs from Harbour Wire"]);
        var (extractor, _) = Create(page);

        var article = extractor.Extract(Html(DocumentHints.None), default).Article!;

        Assert.Equal(Lead, article.Text);
        Assert.Equal(["Harbour Wire"], article.Metadata.CreditedSources);
        Assert.Equal([new RemovedText(RemovedKinds.SourceCredit, "With inputs from Harbour Wire")], article.Removed);
    }

    [Fact]
    public void Extract_Html_HintsWinOverPageExceptTheOutletThePageDeclares()
    {
        var page = new HtmlExtraction(Lead, "Page title", "Page Author", PagePublished, null, "Page Site", "en", null, []);
        var (extractor, html) = Create(page);
        var published = new DateTimeOffset(2025, 9, 29, 0, 0, 0, TimeSpan.Zero);
        var hints = new DocumentHints
        {
            Title = "Feed title",
            Outlet = "Feed Outlet",
            Byline = "Feed Author",
            Published = published,
            Language = "fr",
            Url = "https://feed.example/a",
            Feed = "https://feed.example/rss",
        };

        var article = extractor.Extract(Html(hints), default).Article!;

        Assert.Equal("https://feed.example/a", html.LastUrl);
        Assert.Equal("Feed title", article.Metadata.Title);
        // The page's own name for its outlet comes before the container's (docs/outlets.md, naming order).
        Assert.Equal("Page Site", article.Metadata.Outlet);
        Assert.Equal("Feed Author", article.Metadata.Byline);
        Assert.Equal(published, article.Metadata.Published);
        Assert.Equal("fr", article.Metadata.Language);
        Assert.Equal("https://feed.example/rss", article.Source.Feed);
    }

    [Fact]
    public void Extract_Html_BodyRepeatingPageTitle_RepeatRemoved()
    {
        var page = new HtmlExtraction($"Storm closes ferry route\n\n{Lead}", "Storm closes ferry route", null, null, null, null, null, null, []);
        var (extractor, _) = Create(page);

        var article = extractor.Extract(Html(DocumentHints.None), default).Article!;

        Assert.Equal(Lead, article.Text);
    }

    [Theory]
    [InlineData("https://www.harbourtimes.example/a/b", "harbourtimes.example")]
    [InlineData("https://news.valley.example/x", "news.valley.example")]
    public void Extract_NoOutletOrSiteName_OutletFromUrlHost(string url, string outlet)
    {
        var (extractor, _) = Create(FakeHtmlExtractor.Page(Lead));

        var article = extractor.Extract(Html(new DocumentHints { Url = url }), default).Article!;

        Assert.Equal(outlet, article.Metadata.Outlet);
        Assert.Equal(ArticleId.Compute(outlet, "page.html", Lead), article.Id);
    }

    [Fact]
    public void Extract_OnlyCopyrightNamesOutlet_OutletFromCopyright()
    {
        var (extractor, _) = Create(FakeHtmlExtractor.Page(""));

        var article = extractor.Extract(Plain($"{Lead}\n© 2024 Valley Courier. All rights reserved.", DocumentHints.None), default).Article!;

        Assert.Equal("Valley Courier", article.Metadata.Outlet);
    }

    [Fact]
    public void Extract_HtmlDiagnostics_GetInputName()
    {
        var page = new HtmlExtraction(Lead, null, null, null, null, null, null, null,
            [Diagnostic.Warning("", ErrorCodes.HtmlTooComplex, "too deep")]);
        var (extractor, _) = Create(page);

        var result = extractor.Extract(Html(DocumentHints.None), default);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("pages/page.html", diagnostic.Input);
        Assert.Equal(ErrorCodes.HtmlTooComplex, diagnostic.Code);
        Assert.NotNull(result.Article);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\n ")]
    [InlineData("Share this article\n\n© 2024 Valley Courier. All rights reserved.")]
    public void Extract_NoText_NoArticleAndNoArticleTextDiagnostic(string content)
    {
        var (extractor, _) = Create(FakeHtmlExtractor.Page(""));

        var result = extractor.Extract(Plain(content, DocumentHints.None), default);

        Assert.Null(result.Article);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(ErrorCodes.NoArticleText, diagnostic.Code);
        Assert.Equal("pages/a.txt", diagnostic.Input);
        Assert.Contains("no article text found", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_HtmlWithoutText_NoArticle()
    {
        var (extractor, _) = Create(FakeHtmlExtractor.Page(""));

        var result = extractor.Extract(Html(DocumentHints.None), default);

        Assert.Null(result.Article);
        Assert.Equal(ErrorCodes.NoArticleText, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Extract_TextOverCap_CutAtParagraphWithWarning()
    {
        var extractor = new ArticleExtractor(new FakeHtmlExtractor(FakeHtmlExtractor.Page("")), options: new ArticleExtractorOptions { MaxTextChars = 700 });
        var content = string.Join("\n\n", Lead, Tail, Lead, Tail);

        var result = extractor.Extract(Plain(content, DocumentHints.None), default);

        Assert.Equal($"{Lead}\n\n{Tail}", result.Article!.Text);
        Assert.Equal(ErrorCodes.TextTruncated, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Extract_OneHugeLineOverCap_CutAtWordBoundary()
    {
        var extractor = new ArticleExtractor(new FakeHtmlExtractor(FakeHtmlExtractor.Page("")), options: new ArticleExtractorOptions { MaxTextChars = 1000 });
        var content = string.Concat(Enumerable.Repeat("harbour ", 5000));

        var result = extractor.Extract(Plain(content, DocumentHints.None), default);

        Assert.True(result.Article!.Text.Length <= 1000);
        Assert.EndsWith("harbour", result.Article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_Cancelled_Throws()
    {
        var (extractor, _) = Create(FakeHtmlExtractor.Page(""));

        Assert.Throws<OperationCanceledException>(() => extractor.Extract(Plain(Lead, DocumentHints.None), new CancellationToken(canceled: true)));
    }

    [Fact]
    public void NameAndVersion_AreSet()
    {
        var (extractor, _) = Create(FakeHtmlExtractor.Page(""));

        Assert.Equal("extraction", extractor.Name);
        Assert.False(string.IsNullOrEmpty(extractor.Version));
    }

    private static (ArticleExtractor Extractor, FakeHtmlExtractor Html) Create(HtmlExtraction page)
    {
        var html = new FakeHtmlExtractor(page);
        return (new ArticleExtractor(html), html);
    }

    private static RawDocument Plain(string content, DocumentHints hints) =>
        new("pages/a.txt", "a.txt", DocumentFormat.PlainText, content, hints);

    private static RawDocument Html(DocumentHints hints) =>
        new("pages/page.html", "page.html", DocumentFormat.Html, "<html></html>", hints);
}

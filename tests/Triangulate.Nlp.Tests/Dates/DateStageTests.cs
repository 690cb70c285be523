using Triangulate.Core.Annotations;
using Triangulate.Core.Model;
using Triangulate.Nlp.Dates;

namespace Triangulate.Nlp.Tests.Dates;

public sealed class DateStageTests
{
    [Fact]
    public void Process_PublishedArticle_DatesLayerResolvedAgainstPublication()
    {
        var article = new Article("a1", new ArticleSource("test"), new ArticleMetadata { Published = new DateTimeOffset(2025, 9, 28, 10, 41, 0, TimeSpan.Zero) }, "Trump spoke yesterday.");
        new DateStage().Process(article, CancellationToken.None);
        var t = Assert.Single(article.Annotations.Get(Layers.Dates));
        Assert.Equal("2025-09-27", t.Value);
    }

    [Fact]
    public void Process_NoPublicationDate_RelativeValuesStayUnknown()
    {
        var article = new Article("a1", new ArticleSource("test"), new ArticleMetadata(), "Trump spoke yesterday.");
        new DateStage().Process(article, CancellationToken.None);
        Assert.Null(Assert.Single(article.Annotations.Get(Layers.Dates)).Value);
    }

    [Fact]
    public void Process_NoPublicationDateButDatedUrl_RelativeValuesReadAgainstTheUrlsDay()
    {
        // Sunday 14 September 2014 in the path; "on Friday" is the 12th.
        var source = new ArticleSource("test", "https://news.example.org/2014/09/14/pier-storm-damage/");
        var article = new Article("a1", source, new ArticleMetadata(), "The pier was damaged in a storm on Friday.");
        new DateStage().Process(article, CancellationToken.None);
        Assert.Equal("2014-09-12", Assert.Single(article.Annotations.Get(Layers.Dates)).Value);
    }

    [Fact]
    public void Process_PublishedAndDatedUrl_PublicationWins()
    {
        var source = new ArticleSource("test", "https://news.example.org/2014/09/14/pier-storm-damage/");
        var article = new Article("a1", source, new ArticleMetadata { Published = new DateTimeOffset(2014, 9, 22, 8, 0, 0, TimeSpan.Zero) }, "The pier was damaged in a storm on Friday.");
        new DateStage().Process(article, CancellationToken.None);
        Assert.Equal("2014-09-19", Assert.Single(article.Annotations.Get(Layers.Dates)).Value);
    }
}

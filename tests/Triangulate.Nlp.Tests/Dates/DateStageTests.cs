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
}

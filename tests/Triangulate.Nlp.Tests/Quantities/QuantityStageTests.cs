using Triangulate.Core.Annotations;
using Triangulate.Core.Model;
using Triangulate.Nlp.Dates;
using Triangulate.Nlp.Quantities;

namespace Triangulate.Nlp.Tests.Quantities;

public sealed class QuantityStageTests
{
    [Fact]
    public void Process_Article_QuantitiesLayerWithoutDates()
    {
        var article = new Article("a1", new ArticleSource("test"), new ArticleMetadata(), "On September 6, 2025 the strike killed 11 people.");
        new QuantityStage().Process(article, CancellationToken.None);
        var q = Assert.Single(article.Annotations.Get(Layers.Quantities));
        Assert.Equal(11, q.Value);
        Assert.Equal("people", q.Unit);
    }

    [Fact]
    public void Process_DatesLayerPresent_ReusedToSkipDates()
    {
        var article = new Article("a1", new ArticleSource("test"), new ArticleMetadata(), "Seven warships arrived on 6 September.");
        new DateStage().Process(article, CancellationToken.None);
        new QuantityStage().Process(article, CancellationToken.None);
        var q = Assert.Single(article.Annotations.Get(Layers.Quantities));
        Assert.Equal(7, q.Value);
    }

    [Fact]
    public void Stage_Declaration_ProducesQuantities()
    {
        var stage = new QuantityStage();
        Assert.Equal([Layers.Quantities.Name], stage.Produces);
        Assert.Equal([Layers.Text], stage.Requires);
    }
}

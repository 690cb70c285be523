using Triangulate.Core.Annotations;
using Triangulate.Core.Model;

namespace Triangulate.Engine.Tests;

/// <summary>Annotating a stored article runs the same stages, and skips the same ones, as the pipeline runner.</summary>
public class ArticleAnnotatorTests
{
    private const string Portuguese =
        "A câmara municipal votou na terça-feira a reabertura da velha ponte de pedra, que estava fechada para obras desde as " +
        "cheias da primavera. \"Os trabalhos terminaram antes do prazo\", disse o presidente da câmara no dia 19 de outubro. " +
        "Doze pessoas ficaram feridas quando a ponte caiu, segundo os bombeiros da cidade.";

    private const string English =
        "The council voted on Tuesday to reopen the old stone bridge, which had been closed since the spring floods. " +
        "\"The work finished early,\" Mayor Jose Nunez said on October 19. Twelve people were injured when it fell.";

    private static Article Annotate(string text)
    {
        var article = new Article("a-1", new ArticleSource("a.txt"), new ArticleMetadata(), text);
        new ArticleAnnotator(PipelineFactory.CreateFull()).Annotate(article, CancellationToken.None);
        return article;
    }

    [Fact]
    public void Annotate_PortugueseArticle_LanguageFilledAndEnglishStagesSkipped()
    {
        var article = Annotate(Portuguese);

        Assert.Equal("pt", article.Metadata.Language);
        Assert.True(article.Annotations.Has(Layers.Tokens));
        Assert.False(article.Annotations.Has(Layers.Quotes));
        Assert.False(article.Annotations.Has(Layers.Quantities));
        Assert.Equal(["sentences", "entities", "quotes", "dates", "quantities"],
            article.Outcomes.Where(o => o.Status == StageStatus.Skipped).Select(o => o.Stage));
    }

    [Fact]
    public void Annotate_EnglishArticle_EveryStageRuns()
    {
        var article = Annotate(English);

        Assert.Equal("en", article.Metadata.Language);
        Assert.DoesNotContain(article.Outcomes, o => o.Status == StageStatus.Skipped);
        Assert.NotEmpty(article.Annotations.Get(Layers.Quotes));
    }
}

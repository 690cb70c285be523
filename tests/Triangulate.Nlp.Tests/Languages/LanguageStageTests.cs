using Triangulate.Core.Annotations;
using Triangulate.Core.Diagnostics;
using Triangulate.Core.Ingest;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;
using Triangulate.Nlp.Dates;
using Triangulate.Nlp.Entities;
using Triangulate.Nlp.Languages;
using Triangulate.Nlp.Quantities;
using Triangulate.Nlp.Quotes;
using Triangulate.Nlp.Sentences;
using Triangulate.Nlp.Tokens;

namespace Triangulate.Nlp.Tests.Languages;

public sealed class LanguageStageTests
{
    private const string Portuguese =
        "A câmara municipal de Porto Alcena votou na terça-feira a reabertura da velha ponte de pedra, que estava fechada " +
        "para obras desde as cheias da primavera. \"Os trabalhos terminaram antes do prazo\", disse o presidente da câmara, " +
        "José Núñez, no dia 19 de outubro. Doze pessoas ficaram feridas quando a ponte caiu, segundo os bombeiros da cidade.";

    private const string English =
        "The council of Port Alcena voted on Tuesday to reopen the old stone bridge, which had been closed since the spring " +
        "floods. \"The work finished early,\" Mayor José Núñez said on October 19. Twelve people were injured when it fell.";

    private static Article Article(string text, string? declared = null) =>
        new("a-1", new ArticleSource("a.txt"), new ArticleMetadata { Language = declared }, text);

    [Fact]
    public void Process_TextLanguageWinsOverTheDeclaredOne()
    {
        var article = Article(English, declared: "de");

        new LanguageStage().Process(article, default);

        Assert.Equal("en", article.Metadata.Language);
        Assert.Null(article.Metadata.LanguageReason);
    }

    [Fact]
    public void Process_TooShortButDeclared_DeclaredPrimaryTag()
    {
        var article = Article("Ponte reabre.", declared: "pt-BR");

        new LanguageStage().Process(article, default);

        Assert.Equal("pt", article.Metadata.Language);
    }

    [Fact]
    public void Process_TooShortUndeclared_UndWithReason_AndRunningAgainChangesNothing()
    {
        var article = Article("Bridge reopens.");
        var stage = new LanguageStage();

        stage.Process(article, default);
        stage.Process(article, default);

        Assert.Equal("und", article.Metadata.Language);
        Assert.Contains("too little text", article.Metadata.LanguageReason, StringComparison.Ordinal);
    }

    private static PipelineRunner Runner(bool identify)
    {
        IEnumerable<IArticleStage> stages =
        [
            new TokenizerStage(), new SentenceStage(), new EntityStage(), new QuoteStage(), new DateStage(), new QuantityStage(),
        ];
        return new PipelineRunner(Pipeline.Create(new PlainExtractor(), identify ? stages.Prepend(new LanguageStage()) : stages, []));
    }

    [Fact]
    public void Pipeline_PortugueseArticle_EnglishStagesSkippedWithOneDiagnostic()
    {
        var result = Runner(identify: true).ProcessOne(0, IngestItem.Of(PlainExtractor.Document(Portuguese)));
        var article = result.Article!;

        Assert.Equal("pt", article.Metadata.Language);
        Assert.True(article.Annotations.Has(Layers.Tokens));
        foreach (var layer in new ILayerKey[] { Layers.Sentences, Layers.Entities, Layers.Quotes, Layers.Dates, Layers.Quantities })
        {
            Assert.False(article.Annotations.Has(layer), layer.Name);
        }

        var skipped = article.Outcomes.Where(o => o.Status == StageStatus.Skipped).Select(o => o.Stage).ToList();
        Assert.Equal(["sentences", "entities", "quotes", "dates", "quantities"], skipped);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(ErrorCodes.LanguageNotSupported, diagnostic.Code);
        Assert.Equal(DiagnosticLevel.Info, diagnostic.Level);
        Assert.Contains("'pt'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pipeline_EnglishArticle_EveryStageRuns()
    {
        var result = Runner(identify: true).ProcessOne(0, IngestItem.Of(PlainExtractor.Document(English)));

        Assert.Equal("en", result.Article!.Metadata.Language);
        Assert.DoesNotContain(result.Article.Outcomes, o => o.Status != StageStatus.Succeeded);
        Assert.NotEmpty(result.Article.Annotations.Get(Layers.Quotes));
        Assert.NotEmpty(result.Article.Annotations.Get(Layers.Quantities));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Pipeline_WithoutLanguageStage_DeclaredLanguageSkipsNothing()
    {
        var document = PlainExtractor.Document(Portuguese) with { Hints = new DocumentHints { Language = "pt" } };

        var result = Runner(identify: false).ProcessOne(0, IngestItem.Of(document));

        Assert.DoesNotContain(result.Article!.Outcomes, o => o.Status == StageStatus.Skipped);
    }

    /// <summary>Plain text in, article out: the pipeline runner needs an extractor, and this test is about stages.</summary>
    private sealed class PlainExtractor : IDocumentExtractor
    {
        public string Name => "plain";
        public string Version => "1";

        public static RawDocument Document(string text) => new("a.txt", "a.txt", DocumentFormat.PlainText, text, DocumentHints.None);

        public ExtractionResult Extract(RawDocument document, CancellationToken cancellationToken) =>
            new(new Article("a-1", new ArticleSource(document.Input), new ArticleMetadata { Language = document.Hints.Language }, document.Content), []);
    }
}

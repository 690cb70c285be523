using Triangulate.Core.Annotations;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;

namespace Triangulate.Nlp.Quotes;

/// <summary>
/// Pipeline stage: writes the <see cref="Layers.Quotes"/> layer from the text and its tokens layer; when an
/// entities stage ran earlier, its PERSON mentions guide pronoun resolution (the stage reads the layer
/// if present, so order the entities stage first to benefit).
/// </summary>
public sealed class QuoteStage(QuoteDetector? detector = null) : IArticleStage, ILanguageScoped
{
    private readonly QuoteDetector _detector = detector ?? new QuoteDetector();

    public string Name => "quotes";
    public string Version => "1.1";
    public IReadOnlyList<string> Languages => StageLanguages.English;
    public IReadOnlyList<string> Requires { get; } = [Layers.Tokens.Name];
    public IReadOnlyList<string> Produces { get; } = [Layers.Quotes.Name];

    public void Process(Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        var entities = article.Annotations.Has(Layers.Entities) ? article.Annotations.Get(Layers.Entities) : null;
        var tokens = AnnotationSpans.Of(article.Annotations.Get(Layers.Tokens));
        var quotes = article.Annotations.Has(Layers.Sentences)
            ? _detector.Detect(article.Text, tokens, AnnotationSpans.Of(article.Annotations.Get(Layers.Sentences)), entities, cancellationToken)
            : _detector.Detect(article.Text, tokens, entities, cancellationToken);
        article.Annotations.Set(Layers.Quotes, quotes);
    }
}

using Triangulate.Core.Annotations;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;

namespace Triangulate.Nlp.Languages;

/// <summary>
/// Fills <see cref="ArticleMetadata.Language"/> with the text's language (ISO 639-1), always: "und" with
/// <see cref="ArticleMetadata.LanguageReason"/> when the text cannot tell, unless the source declared a language
/// (an HTML lang attribute, a feed or JSON Lines field), which then stands. What the text says wins over what the
/// page declares: templates declare "en" on German posts and "de" on English ones. Runs first, so that
/// <see cref="Pipeline.Skips"/> can keep English-only stages off other languages.
/// </summary>
public sealed class LanguageStage(LanguageIdentifier? identifier = null) : IArticleStage
{
    private readonly LanguageIdentifier _identifier = identifier ?? LanguageIdentifier.Default;

    public string Name => "language";
    public string Version => "1";
    public IReadOnlyList<string> Requires { get; } = [];
    public IReadOnlyList<string> Produces { get; } = [Layers.Language];

    public void Process(Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        var guess = _identifier.Identify(article.Text);
        var declared = LanguageTags.Primary(article.Metadata.Language);
        var (code, reason) = guess.IsKnown || declared is null ? (guess.Code, guess.Reason) : (declared, null);
        article.Metadata = article.Metadata with { Language = code, LanguageReason = reason };
    }
}

using Triangulate.Core.Annotations;
using Triangulate.Core.Model;
using Triangulate.Core.Text;

namespace Triangulate.Nlp.Sentences;

/// <summary>
/// Sentence spans for an article: its sentences layer when the sentence stage ran (English), else the same
/// sentence splitter over its tokens layer, or over the one tokenizer's tokens when it has none (a language the
/// stage skips, an article read back from a store without layers). Every reader of an article's sentences that
/// cannot require the layer comes here, so no stage or tool splits sentences its own way.
/// </summary>
public static class ArticleSentences
{
    public static IReadOnlyList<TextSpan> For(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.Annotations.Has(Layers.Sentences))
        {
            return AnnotationSpans.Of(article.Annotations.Get(Layers.Sentences));
        }

        var tokens = article.Annotations.Has(Layers.Tokens)
            ? AnnotationSpans.Of(article.Annotations.Get(Layers.Tokens))
            : (IReadOnlyList<TextSpan>)Tokenizer.Default.Tokenize(article.Text);
        return SentenceSplitter.Default.Split(article.Text, tokens);
    }
}

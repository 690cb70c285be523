using Triangulate.Core.Annotations;
using Triangulate.Core.Model;
using Triangulate.Nlp.Sentences;
using Triangulate.Nlp.Tokens;

namespace Triangulate.Stories.Timeline;

/// <summary>
/// Sentence spans for an article: its sentences layer when the sentence stage ran (English), else the same
/// sentence splitter over its tokens (a language the stage skips: its English rules still frame an event).
/// </summary>
internal static class ArticleSentences
{
    public static IReadOnlyList<TextSpan> For(Article article)
    {
        if (article.Annotations.Has(Layers.Sentences))
        {
            return article.Annotations.Get(Layers.Sentences).Select(s => s.Span).ToList();
        }

        var tokens = article.Annotations.Has(Layers.Tokens)
            ? AnnotationSpans.Of(article.Annotations.Get(Layers.Tokens))
            : (IReadOnlyList<TextSpan>)Tokenizer.Default.Tokenize(article.Text);
        return SentenceSplitter.Default.Split(article.Text, tokens);
    }
}

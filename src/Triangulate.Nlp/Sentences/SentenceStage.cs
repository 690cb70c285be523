using Triangulate.Core.Annotations;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;

namespace Triangulate.Nlp.Sentences;

/// <summary>Adds <see cref="Layers.Sentences"/> from the article's tokens with <see cref="SentenceSplitter"/>.</summary>
public sealed class SentenceStage(SentenceSplitter? splitter = null) : IArticleStage, ILanguageScoped
{
    private readonly SentenceSplitter _splitter = splitter ?? SentenceSplitter.Default;

    public string Name => "sentences";
    public string Version => "1";
    public IReadOnlyList<string> Languages => StageLanguages.English;
    public IReadOnlyList<string> Requires { get; } = [Layers.Tokens.Name];
    public IReadOnlyList<string> Produces { get; } = [Layers.Sentences.Name];

    public void Process(Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        var sentences = _splitter.Split(article.Text, AnnotationSpans.Of(article.Annotations.Get(Layers.Tokens)));
        var layer = new Sentence[sentences.Count];
        for (var i = 0; i < layer.Length; i++)
        {
            layer[i] = new Sentence(sentences[i]);
        }

        article.Annotations.Set(Layers.Sentences, layer);
    }
}

using Triangulate.Core.Annotations;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;

namespace Triangulate.Nlp.Entities;

/// <summary>Adds <see cref="Layers.Entities"/> with <see cref="NerTagger"/> (default: the embedded model).</summary>
public sealed class EntityStage : IArticleStage
{
    private readonly Lazy<NerTagger> _tagger;

    public EntityStage(NerTagger? tagger = null) =>
        _tagger = tagger is null ? new Lazy<NerTagger>(() => NerTagger.Default) : new Lazy<NerTagger>(tagger);

    public string Name => "entities";
    public string Version => "1";
    public IReadOnlyList<string> Requires { get; } = [Layers.Tokens.Name, Layers.Sentences.Name];
    public IReadOnlyList<string> Produces { get; } = [Layers.Entities.Name];

    public void Process(Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        var tokens = article.Annotations.Get(Layers.Tokens);
        var sentences = article.Annotations.Get(Layers.Sentences);
        var tokenSpans = new TextSpan[tokens.Count];
        for (var i = 0; i < tokenSpans.Length; i++)
        {
            tokenSpans[i] = tokens[i].Span;
        }

        var sentenceSpans = new TextSpan[sentences.Count];
        for (var i = 0; i < sentenceSpans.Length; i++)
        {
            sentenceSpans[i] = sentences[i].Span;
        }

        article.Annotations.Set(Layers.Entities, _tagger.Value.Tag(article.Text, tokenSpans, sentenceSpans, cancellationToken));
    }
}

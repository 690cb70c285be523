using Triangulate.Core.Annotations;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;

namespace Triangulate.Nlp.PartsOfSpeech;

/// <summary>Adds <see cref="Layers.PartsOfSpeech"/>: one tag per token, tagged sentence by sentence with <see cref="PosTagger"/>.</summary>
public sealed class PosStage : IArticleStage
{
    /// <summary>Longer sentences are tagged in pieces of this many tokens (a table read as one sentence must not
    /// allocate without bound; the tagger only looks two tokens around).</summary>
    private const int MaxSentenceTokens = 512;

    private readonly Lazy<PosTagger> _tagger;

    public PosStage(PosTagger? tagger = null) =>
        _tagger = tagger is null ? new Lazy<PosTagger>(() => PosTagger.Default) : new Lazy<PosTagger>(tagger);

    public string Name => "pos";
    public string Version => "1.0";
    public IReadOnlyList<string> Requires { get; } = [Layers.Tokens.Name, Layers.Sentences.Name];
    public IReadOnlyList<string> Produces { get; } = [Layers.PartsOfSpeech.Name];

    public void Process(Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        var tokens = article.Annotations.Get(Layers.Tokens);
        var sentences = article.Annotations.Get(Layers.Sentences);
        var result = new List<PartOfSpeech>(tokens.Count);
        var words = new List<string>(64);
        var spans = new List<TextSpan>(64);
        var s = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            var span = tokens[t].Span;
            while (s < sentences.Count && sentences[s].Span.End <= span.Start)
            {
                s++;
            }

            var sentenceEnd = s < sentences.Count ? sentences[s].Span.End : int.MaxValue;
            words.Add(article.Text.Substring(span.Start, span.Length));
            spans.Add(span);
            var lastOfSentence = t + 1 == tokens.Count || tokens[t + 1].Span.Start >= sentenceEnd;
            if (lastOfSentence || words.Count == MaxSentenceTokens)
            {
                Flush(words, spans, result);
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        article.Annotations.Set(Layers.PartsOfSpeech, result);
    }

    private void Flush(List<string> words, List<TextSpan> spans, List<PartOfSpeech> result)
    {
        var tags = _tagger.Value.Tag(words.ToArray());
        for (var i = 0; i < tags.Length; i++)
        {
            result.Add(new PartOfSpeech(spans[i], tags[i]));
        }

        words.Clear();
        spans.Clear();
    }
}

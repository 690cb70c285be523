using Triangulate.Core.Annotations;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;

namespace Triangulate.Nlp.PartsOfSpeech;

/// <summary>
/// Adds <see cref="Layers.PartsOfSpeech"/>, tagged sentence by sentence with <see cref="PosTagger"/>, for the tokens
/// of the sentences that hold a temporal expression: the timeline reads its event clauses there and nothing else
/// reads tags yet, and tagging every sentence cost a third more article-stage time on newsdocs.
/// </summary>
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
    public IReadOnlyList<string> Requires { get; } = [Layers.Tokens.Name, Layers.Sentences.Name, Layers.Dates.Name];
    public IReadOnlyList<string> Produces { get; } = [Layers.PartsOfSpeech.Name];

    public void Process(Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        var tokens = article.Annotations.Get(Layers.Tokens);
        var sentences = article.Annotations.Get(Layers.Sentences);
        var dated = Dated(sentences, article.Annotations.Get(Layers.Dates));
        var result = new List<PartOfSpeech>();
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

            if (s >= sentences.Count || !dated[s] || span.Start < sentences[s].Span.Start)
            {
                continue;
            }

            var sentenceEnd = sentences[s].Span.End;
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

    /// <summary>Which sentences hold a temporal expression (both lists are in text order).</summary>
    private static bool[] Dated(IReadOnlyList<Sentence> sentences, IReadOnlyList<TimeExpression> dates)
    {
        var dated = new bool[sentences.Count];
        var s = 0;
        foreach (var d in dates)
        {
            while (s < sentences.Count && sentences[s].Span.End <= d.Span.Start)
            {
                s++;
            }

            if (s < sentences.Count && sentences[s].Span.Overlaps(d.Span))
            {
                dated[s] = true;
            }
        }

        return dated;
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

using Triangulate.Core.Annotations;
using Triangulate.Core.Model;

namespace Triangulate.Nlp.Entities;

/// <summary>
/// Finds PERSON / ORG / LOCATION / MISC mentions with a <see cref="NerModel"/>. One call tags one
/// document (article), so document-level features see the whole text. Thread-safe.
/// </summary>
public sealed class NerTagger
{
    private static readonly Lazy<NerTagger> DefaultTagger = new(() => new NerTagger(NerModel.Default));
    private readonly NerModel _model;

    public NerTagger(NerModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
    }

    /// <summary>A tagger over the embedded model.</summary>
    public static NerTagger Default => DefaultTagger.Value;

    /// <summary>The model's word statistics from unlabelled news (for post-passes that ask "is this a word?").</summary>
    internal WordClusters Clusters => _model.Clusters;

    /// <summary>Entity mentions of <paramref name="text"/>, given its tokens and sentences (both sorted by start).</summary>
    public IReadOnlyList<EntityMention> Tag(string text, IReadOnlyList<TextSpan> tokens, IReadOnlyList<TextSpan> sentences, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        var groups = Group(text, tokens, sentences);
        var tags = _model.Decode(groups, cancellationToken);
        var mentions = new List<EntityMention>();
        for (var k = 0; k < groups.Count; k++)
        {
            AddMentions(groups[k].Tokens, tags[k], mentions);
        }

        return mentions;
    }

    /// <summary>Tags one pre-tokenized document (for evaluation on CoNLL files): IOB2 tags per sentence.</summary>
    public IReadOnlyList<string[]> TagTokens(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var groups = new List<(string Text, TextSpan[] Tokens)>(sentences.Count);
        foreach (var s in sentences)
        {
            groups.Add(Join(s));
        }

        var tags = _model.Decode(groups, CancellationToken.None);
        var result = new string[tags.Length][];
        for (var k = 0; k < tags.Length; k++)
        {
            result[k] = Array.ConvertAll(tags[k], t => NerLabels.Names[t]);
        }

        return result;
    }

    /// <summary>Joins tokens with single spaces; the spans point into the joined string.</summary>
    internal static (string Text, TextSpan[] Tokens) Join(IReadOnlyList<string> tokens)
    {
        var spans = new TextSpan[tokens.Count];
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(' ');
            }

            spans[i] = new TextSpan(sb.Length, tokens[i].Length);
            sb.Append(tokens[i]);
        }

        return (sb.ToString(), spans);
    }

    internal static List<(string Text, TextSpan[] Tokens)> Group(string text, IReadOnlyList<TextSpan> tokens, IReadOnlyList<TextSpan> sentences)
    {
        var groups = new List<(string, TextSpan[])>(sentences.Count + 1);
        var current = new List<TextSpan>();
        var s = 0;
        foreach (var token in tokens)
        {
            while (s < sentences.Count && sentences[s].End <= token.Start)
            {
                Flush();
                s++;
            }

            current.Add(token);
        }

        Flush();
        return groups;

        void Flush()
        {
            if (current.Count > 0)
            {
                groups.Add((text, current.ToArray()));
                current.Clear();
            }
        }
    }

    private static void AddMentions(TextSpan[] tokens, int[] tags, List<EntityMention> mentions)
    {
        var start = -1;
        for (var i = 0; i <= tags.Length; i++)
        {
            var tag = i < tags.Length ? tags[i] : 0;
            var continues = tag != 0 && !NerLabels.IsBegin(tag) && start >= 0 && NerLabels.TypeOf(tags[start]) == NerLabels.TypeOf(tag);
            if (start >= 0 && !continues)
            {
                var type = NerLabels.ToEntityType(NerLabels.TypeOf(tags[start]));
                mentions.Add(new EntityMention(TextSpan.FromBounds(tokens[start].Start, tokens[i - 1].End), type));
                start = -1;
            }

            if (tag != 0 && !continues)
            {
                start = i;
            }
        }
    }
}

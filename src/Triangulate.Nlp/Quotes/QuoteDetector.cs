using Triangulate.Core.Annotations;
using Triangulate.Core.Model;
using Triangulate.Core.Text;
using Triangulate.Nlp.Sentences;

namespace Triangulate.Nlp.Quotes;

/// <summary>
/// Finds reported speech in an article's text and who it is attributed to: direct quotations (straight,
/// curly, guillemets, nested, running over paragraphs), partial quotations, indirect speech and
/// "according to" attributions. Works on the text alone; an entities layer, when given, supplies the
/// people that pronouns resolve to. Linear in the text length; thread-safe (no mutable state).
/// </summary>
public sealed class QuoteDetector(QuoteDetectorOptions? options = null)
{
    private readonly QuoteDetectorOptions _options = options ?? new QuoteDetectorOptions();

    public QuoteDetectorOptions Options => _options;

    /// <summary>Quotes in <paramref name="text"/>, sorted by content start. Spans index into <paramref name="text"/>.</summary>
    /// <param name="text">The article text; null or empty gives no quotes.</param>
    /// <param name="entities">The article's entity mentions when an entities stage ran, else null.</param>
    /// <param name="cancellationToken">Checked between phases; a very long text stops early with what it has.</param>
    public List<QuoteAnnotation> Detect(string? text, IReadOnlyList<EntityMention>? entities = null, CancellationToken cancellationToken = default) =>
        string.IsNullOrEmpty(text) ? [] : Detect(text, Tokenizer.Default.Tokenize(text), entities, cancellationToken);

    /// <summary>Quotes in <paramref name="text"/> given its <paramref name="tokens"/>; its sentences come from the one
    /// sentence splitter over those tokens.</summary>
    public List<QuoteAnnotation> Detect(string text, IReadOnlyList<TextSpan> tokens, IReadOnlyList<EntityMention>? entities = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        return Detect(text, tokens, SentenceSplitter.Default.Split(text, tokens), entities, cancellationToken);
    }

    /// <summary>Quotes in <paramref name="text"/> given its <paramref name="tokens"/> and <paramref name="sentences"/> (the
    /// tokens and sentences layers, in order): the stage's path, so the text is tokenized and split once for every stage.</summary>
    public List<QuoteAnnotation> Detect(string text, IReadOnlyList<TextSpan> tokens, IReadOnlyList<TextSpan> sentences, IReadOnlyList<EntityMention>? entities = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        if (text.Length == 0)
        {
            return [];
        }

        var d = new QuoteDocument(text, Math.Min(text.Length, _options.MaxTextLength), tokens, sentences);
        cancellationToken.ThrowIfCancellationRequested();
        var raws = new List<RawQuote>();
        var segmentDone = new bool[d.Segments.Count];
        DirectQuoteAttributor.Attribute(d, _options, raws, segmentDone);
        if (_options.IncludeIndirect)
        {
            var usedCues = new HashSet<int>();
            foreach (var r in raws)
            {
                for (int c = r.CueStart; c >= 0 && c <= r.CueEnd; c++)
                {
                    usedCues.Add(c);
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            IndirectSpeechFinder.Find(d, raws, segmentDone, usedCues);
        }

        raws.Sort(static (a, b) => a.ContentStart != b.ContentStart ? a.ContentStart.CompareTo(b.ContentStart) : a.ContentEnd.CompareTo(b.ContentEnd));
        RemoveOverlaps(raws);
        cancellationToken.ThrowIfCancellationRequested();
        return ToAnnotations(d, entities, raws);
    }

    /// <summary>An indirect content that overlaps a direct quote is a misparse around it: the quote wins.</summary>
    private static void RemoveOverlaps(List<RawQuote> raws)
    {
        int lastDirectEnd = -1;
        int write = 0;
        for (int i = 0; i < raws.Count; i++)
        {
            var r = raws[i];
            bool keep = r.Kind != QuoteKinds.Indirect || r.ContentStart >= lastDirectEnd;
            if (keep && r.Kind == QuoteKinds.Indirect)
            {
                for (int k = i + 1; k < raws.Count && raws[k].ContentStart < r.ContentEnd; k++)
                {
                    if (raws[k].Kind == QuoteKinds.Direct)
                    {
                        keep = false;
                        break;
                    }
                }
            }

            if (r.Kind == QuoteKinds.Direct)
            {
                lastDirectEnd = Math.Max(lastDirectEnd, r.ContentEnd);
            }

            if (keep)
            {
                raws[write++] = r;
            }
        }

        raws.RemoveRange(write, raws.Count - write);
    }

    private static List<QuoteAnnotation> ToAnnotations(QuoteDocument d, IReadOnlyList<EntityMention>? entities, List<RawQuote> raws)
    {
        var result = new List<QuoteAnnotation>(raws.Count);
        if (raws.Count == 0)
        {
            return result;
        }

        var persons = PersonFinder.Find(d, entities);
        var done = new List<RawQuote>(raws.Count);
        foreach (var r in raws)
        {
            TextSpan? speaker = null;
            TextSpan? cue = null;
            string? name = null;
            TextSpan? antecedent = null;
            if (r.HasSpeaker)
            {
                speaker = TextSpan.FromBounds(d.Toks[r.SpeakerStart].Start, d.Toks[r.SpeakerEnd].End);
                var (n, a0, a1) = SpeakerResolver.Resolve(d, persons, r, done);
                name = n;
                if (a0 >= 0)
                {
                    antecedent = TextSpan.FromBounds(d.Toks[a0].Start, d.Toks[a1].End);
                }
            }

            if (r.CueStart >= 0)
            {
                cue = TextSpan.FromBounds(d.Toks[r.CueStart].Start, d.Toks[r.CueEnd].End);
            }

            result.Add(new QuoteAnnotation(TextSpan.FromBounds(r.ContentStart, r.ContentEnd), r.Kind, speaker, cue, name, antecedent));
            done.Add(r);
        }

        return result;
    }
}

using Triangulate.Core.Model;
using Triangulate.Nlp.Sentences;

namespace Triangulate.Nlp.Quotes;

/// <summary>
/// The scanned article: tokens, paired quotation marks, and sentences. The sentences are the sentence
/// splitter's (<see cref="Sentences.SentenceSplitter"/>, the sentences layer) regrouped for quotations: a
/// break inside a quotation is ignored, so a multi-sentence quotation and its attribution stay in one sentence,
/// and a quotation that ends with a full stop ends its sentence unless an attribution follows it.
/// </summary>
internal sealed class QuoteDocument
{
    /// <param name="sentences">The sentences of the text over the same <paramref name="tokens"/> (the sentences layer).</param>
    public QuoteDocument(string text, int length, IReadOnlyList<TextSpan> tokens, IReadOnlyList<TextSpan> sentences)
    {
        Text = text;
        Toks = QuoteTokens.From(text, length, tokens);
        Segments = QuoteMarkScanner.Scan(text, Toks);
        QuoteOf = new int[Toks.Count];
        Array.Fill(QuoteOf, -1);
        for (int s = 0; s < Segments.Count; s++)
        {
            var seg = Segments[s];
            for (int k = seg.Open; k <= seg.Close && k < Toks.Count; k++)
            {
                QuoteOf[k] = s;
            }
        }

        GroupSentences(SentenceEnds.Mark(Toks, sentences));
        int si = 0;
        foreach (var seg in Segments)
        {
            while (si < Sentences.Count - 1 && Sentences[si].End <= seg.Open)
            {
                si++;
            }

            seg.Sentence = si;
        }
    }

    public string Text { get; }
    public List<Tok> Toks { get; }
    public List<QuoteSegment> Segments { get; }

    /// <summary>Per token: the index of the quotation it lies in (marks included), or -1.</summary>
    public int[] QuoteOf { get; }

    public List<SentenceRange> Sentences { get; } = [];

    public ReadOnlySpan<char> Word(int i) => Text.AsSpan(Toks[i].Start, Toks[i].Length);

    public bool IsWord(int i) => i >= 0 && i < Toks.Count && Toks[i].Kind == TokKind.Word;

    public bool IsPunct(int i, char c) => i >= 0 && i < Toks.Count && Toks[i].Kind == TokKind.Punct && Text[Toks[i].Start] == c;

    /// <summary>Regroups the splitter's sentences for quotations (see the type's summary).</summary>
    private void GroupSentences(bool[] splitterEnds)
    {
        int start = 0;
        int paragraph = 0;
        for (int i = 0; i < Toks.Count; i++)
        {
            var t = Toks[i];
            if (t.Kind == TokKind.Paragraph)
            {
                Close(start, i, paragraph);
                start = i + 1;
                paragraph++;
                continue;
            }

            if (QuoteOf[i] >= 0 && IsClosingAfterFullStop(i) && !AttributionFollows(i + 1))
            {
                // "…you." She says …: a quotation that ends with a full stop ends its sentence too.
                Close(start, i + 1, paragraph);
                start = i + 1;
                continue;
            }

            if (splitterEnds[i] && QuoteOf[i] < 0)
            {
                Close(start, i + 1, paragraph);
                start = i + 1;
            }
        }

        Close(start, Toks.Count, paragraph);
    }

    private void Close(int start, int end, int paragraph)
    {
        if (end > start)
        {
            Sentences.Add(new SentenceRange(start, end, paragraph));
        }
    }

    private bool IsClosingAfterFullStop(int i)
    {
        var seg = Segments[QuoteOf[i]];
        return seg.Close == i && !seg.RunsOn && i + 1 < Toks.Count && IsPunct(i - 1, '.') && Toks[i + 1].Kind == TokKind.Word && Toks[i + 1].Capital;
    }

    /// <summary>"Name said." / "Trump said Tuesday." right after the quotation: it belongs to that quotation.</summary>
    private bool AttributionFollows(int from)
    {
        for (int k = from; k < Toks.Count && k < from + 7; k++)
        {
            if (Toks[k].Kind != TokKind.Word)
            {
                return false;
            }

            if (!SpeechLexicon.IsQuoteCue(Word(k)))
            {
                continue;
            }

            for (int m = k + 1; m < Toks.Count && m <= k + 4; m++)
            {
                if (Toks[m].Kind == TokKind.Paragraph || IsPunct(m, '.') || IsPunct(m, '!'))
                {
                    return true;
                }

                if (Toks[m].Kind != TokKind.Word)
                {
                    return false;
                }
            }

            return k + 1 >= Toks.Count;
        }

        return false;
    }
}

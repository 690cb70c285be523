using Triangulate.Core.Model;

namespace Triangulate.Nlp.Quotes;

/// <summary>
/// The scanned article: tokens, paired quotation marks, and sentences. Sentence breaks inside a
/// quotation are ignored, so a multi-sentence quotation and its attribution stay in one sentence.
/// </summary>
internal sealed class QuoteDocument
{
    public QuoteDocument(string text, int length, IReadOnlyList<TextSpan> tokens)
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

        SplitSentences();
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

    private void SplitSentences()
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

            if (t.Kind == TokKind.Punct && QuoteOf[i] < 0 && IsTerminal(Text[t.Start]) && EndsSentence(i))
            {
                int end = i + 1;
                while (end < Toks.Count && Toks[end].Kind is TokKind.DoubleQuote or TokKind.SingleQuote && QuoteOf[end] < 0 && !QuoteMarkScanner.OpenerContext(Text, Toks[end].Start))
                {
                    end++;
                }

                Close(start, end, paragraph);
                start = end;
                i = end - 1;
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

    private static bool IsTerminal(char c) => c is '.' or '!' or '?';

    private bool EndsSentence(int i)
    {
        int next = i + 1;
        while (next < Toks.Count && Toks[next].Kind == TokKind.Punct && IsTerminal(Text[Toks[next].Start]))
        {
            next++;
        }

        if (next >= Toks.Count || Toks[next].Kind is TokKind.Paragraph or TokKind.DoubleQuote or TokKind.SingleQuote)
        {
            return true;
        }

        if (Toks[next].Kind != TokKind.Word || !Toks[next].Capital)
        {
            return false;
        }

        if (Text[Toks[i].Start] != '.' || !IsWord(i - 1) || Toks[i - 1].End != Toks[i].Start)
        {
            return true;
        }

        var prev = Word(i - 1);
        bool abbreviation = SpeechLexicon.IsTitleAbbreviation(prev) || (prev.Length == 1 && char.IsUpper(prev[0]));
        return !abbreviation;
    }
}

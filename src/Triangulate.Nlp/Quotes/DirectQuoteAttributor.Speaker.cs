namespace Triangulate.Nlp.Quotes;

/// <summary>Finding the speaker of a quotation from the words right after it (with an appositive) or right before it.</summary>
internal static partial class DirectQuoteAttributor
{
    /// <summary>"…," Maduro said / "…," said Maduro / "…," a White House official said in a statement / "…," according to X.</summary>
    private static bool TryAfter(QuoteDocument d, int from, int to, RawQuote raw)
    {
        int j = from;
        while (j < to && d.Toks[j].Kind == TokKind.Punct && d.Text[d.Toks[j].Start] is ',' or '\u2014' or '\u2013' or '-')
        {
            j++;
        }

        if (j >= to || !d.IsWord(j))
        {
            return false;
        }

        var first = d.Word(j);
        if (first is "according" && j + 1 < to && d.IsWord(j + 1) && d.Word(j + 1) is "to")
        {
            return SetAfter(d, raw, j, j + 1, j + 2, to);
        }

        if (SpeechLexicon.IsQuoteCue(first))
        {
            return SetAfter(d, raw, j, j, j + 1, to);
        }

        for (int k = j + 1; k < to && k <= j + MaxTailTokens; k++)
        {
            if (!d.IsWord(k))
            {
                if (d.IsPunct(k, '.') && d.IsWord(k - 1) && (SpeechLexicon.IsTitleAbbreviation(d.Word(k - 1)) || IsInitial(d.Word(k - 1))))
                {
                    continue;
                }

                return d.IsPunct(k, ',') && TryAppositive(d, j, k, to, raw);
            }

            // "White House press secretary Josh Earnest said": descriptors may precede the name.
            if (SpeechLexicon.IsQuoteCue(d.Word(k)) && SpeakerPhrases.TryBefore(d, k, j, out int ss, out int se))
            {
                raw.SpeakerStart = ss;
                raw.SpeakerEnd = se;
                raw.CueStart = raw.CueEnd = k;
                return true;
            }
        }

        return false;
    }

    /// <summary>"…," Fred Kagan, director of the Critical Threats Project, said.</summary>
    private static bool TryAppositive(QuoteDocument d, int nameStart, int comma, int to, RawQuote raw)
    {
        for (int k = comma + 1; k < to && k < comma + MaxAppositiveTokens; k++)
        {
            if (d.IsPunct(k, ',') && k + 1 < to && d.IsWord(k + 1) && SpeechLexicon.IsQuoteCue(d.Word(k + 1)))
            {
                raw.SpeakerStart = nameStart;
                raw.SpeakerEnd = comma - 1;
                raw.CueStart = raw.CueEnd = k + 1;
                return true;
            }

            if (d.Toks[k].Kind is TokKind.DoubleQuote or TokKind.Paragraph)
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsInitial(ReadOnlySpan<char> w) => w.Length == 1 && char.IsUpper(w[0]);

    private static bool SetAfter(QuoteDocument d, RawQuote raw, int cueStart, int cueEnd, int npFrom, int to)
    {
        if (!SpeakerPhrases.TryAfter(d, npFrom, to, out int ss, out int se))
        {
            return false;
        }

        raw.SpeakerStart = ss;
        raw.SpeakerEnd = se;
        raw.CueStart = cueStart;
        raw.CueEnd = cueEnd;
        return true;
    }

    /// <summary>He said: "…" / Maduro, for his part, insisted, "…" / stating, "…" / told Bloomberg that "…".</summary>
    private static bool TryBefore(QuoteDocument d, int from, int open, int sentenceStart, RawQuote raw, int reach)
    {
        int j = open - 1;
        if (d.IsPunct(j, ':') || d.IsPunct(j, ','))
        {
            j--;
        }

        if (d.IsWord(j) && d.Word(j) is "that")
        {
            j--;
        }

        if (d.IsWord(j) && d.Word(j) is "it" && d.IsWord(j - 1) && d.Word(j - 1) is "put")
        {
            raw.CueStart = j - 1; // "as Tom Ridge put it: …"
            raw.CueEnd = j;
            if (SpeakerPhrases.TryBefore(d, j - 1, sentenceStart, out int ps, out int pe))
            {
                raw.SpeakerStart = ps;
                raw.SpeakerEnd = pe;
                return true;
            }

            raw.CueStart = raw.CueEnd = -1;
        }

        // Allow a short object or time phrase after the verb: "told CBS News this week that".
        for (int k = j; k >= from && k > j - reach; k--)
        {
            if (!d.IsWord(k))
            {
                if (reach < int.MaxValue)
                {
                    break;
                }

                continue;
            }

            var w = d.Word(k);
            if (!SpeechLexicon.IsQuoteCue(w))
            {
                continue;
            }

            raw.CueStart = raw.CueEnd = k;
            if (SpeechLexicon.IsParticiple(w))
            {
                return SentenceSubject(d, sentenceStart, k, raw);
            }

            if (SpeakerPhrases.TryBefore(d, k, sentenceStart, out int ss, out int se))
            {
                raw.SpeakerStart = ss;
                raw.SpeakerEnd = se;
                return true;
            }

            if (k + 1 < open && SpeakerPhrases.TryAfter(d, k + 1, open, out ss, out se) && d.Toks[ss].Capital)
            {
                raw.SpeakerStart = ss; // "Said Trump: …" in inverted order
                raw.SpeakerEnd = se;
                return true;
            }

            if (d.IsWord(k - 1) && d.Word(k - 1) is "and" or "but")
            {
                return SentenceSubject(d, sentenceStart, k, raw); // "he agrees … and said "…"": the shared subject
            }

            raw.CueStart = raw.CueEnd = -1;
            return false;
        }

        return TryAccordingTo(d, from, open, raw);
    }
}

namespace Triangulate.Nlp.Quotes;

/// <summary>
/// Attributes each quotation from the words around it, in the order news writing uses: a verb after
/// it ("…," Maduro said / "…," said Maduro), a verb before it (he said: "…" / adding, "…" / told Bloomberg
/// that "…"), or, for a quotation standing alone in its sentence, the speaker of the quotation before it.
/// Quotations inside the writer's own sentence are left to <see cref="IndirectSpeechFinder"/>, which
/// marks the ones inside reported speech as partial.
/// </summary>
internal static class DirectQuoteAttributor
{
    private const int MaxTailTokens = 10;

    public static void Attribute(QuoteDocument d, QuoteDetectorOptions options, List<RawQuote> output, bool[] segmentDone)
    {
        RawQuote? lastAttributed = null;
        int lastParagraph = -1;
        for (int s = 0; s < d.Segments.Count; s++)
        {
            var seg = d.Segments[s];
            var sentence = d.Sentences[seg.Sentence];
            int before = s > 0 && d.Segments[s - 1].Sentence == seg.Sentence ? d.Segments[s - 1].Close + 1 : sentence.Start;
            int after = s + 1 < d.Segments.Count && d.Segments[s + 1].Sentence == seg.Sentence ? d.Segments[s + 1].Open : sentence.End;
            bool startsClause = !HasWords(d, before, seg.Open) || EndsWithIntroducer(d, before, seg.Open);
            bool endsClause = !HasWords(d, seg.Close + 1, after) || StartsWithAttribution(d, seg.Close + 1, after);
            if (!startsClause || !endsClause)
            {
                continue; // inside the writer's sentence: a partial quote or a scare quote
            }

            var raw = new RawQuote { ContentStart = seg.ContentStart, ContentEnd = seg.ContentEnd, Kind = QuoteKinds.Direct, Sentence = seg.Sentence };
            if (!TryAfter(d, seg.Close + 1, after, raw) && !TryBefore(d, before, seg.Open, sentence.Start, raw) && !TryHeadline(d, before, seg, sentence, raw))
            {
                bool standalone = !HasWords(d, before, seg.Open) && !HasWords(d, seg.Close + 1, after) && IsAlone(d, seg, sentence);
                if (standalone && lastAttributed is not null && sentence.Paragraph - lastParagraph <= options.ContinuationParagraphs)
                {
                    raw.SpeakerStart = lastAttributed.SpeakerStart;
                    raw.SpeakerEnd = lastAttributed.SpeakerEnd;
                    raw.Inherited = true;
                }
                else if (!standalone || seg.Words < options.MinStandaloneWords)
                {
                    continue;
                }
            }

            segmentDone[s] = true;
            output.Add(raw);
            if (raw.HasSpeaker)
            {
                lastAttributed = raw;
                lastParagraph = sentence.Paragraph;
            }
        }
    }

    /// <summary>True when the quote is the whole sentence apart from other quotes: no words of the writer's at all.</summary>
    private static bool IsAlone(QuoteDocument d, QuoteSegment seg, SentenceRange sentence)
    {
        for (int i = sentence.Start; i < sentence.End; i++)
        {
            if (d.QuoteOf[i] < 0 && d.Toks[i].Kind == TokKind.Word)
            {
                return false;
            }
        }

        return seg.Words > 0;
    }

    private static bool HasWords(QuoteDocument d, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (d.Toks[i].Kind == TokKind.Word)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The writer's words before the quote end in "said:", "adding,", "told X that" or similar.</summary>
    private static bool EndsWithIntroducer(QuoteDocument d, int from, int open)
    {
        int j = open - 1;
        if (j < from)
        {
            return true;
        }

        if (d.IsPunct(j, ':') || d.IsPunct(j, ','))
        {
            return true;
        }

        return d.IsWord(j) && (SpeechLexicon.IsQuoteCue(d.Word(j)) || d.Word(j) is "that");
    }

    private static bool StartsWithAttribution(QuoteDocument d, int from, int to)
    {
        int j = from;
        while (j < to && d.Toks[j].Kind == TokKind.Punct && d.Text[d.Toks[j].Start] is ',' or '\u2014' or '\u2013' or '-')
        {
            j++;
        }

        if (j >= to || !d.IsWord(j))
        {
            return !HasWords(d, j, to);
        }

        for (int k = j; k < to && k < j + MaxTailTokens; k++)
        {
            if (d.IsWord(k) && (SpeechLexicon.IsQuoteCue(d.Word(k)) || d.Word(k) is "according"))
            {
                return true;
            }

            if (d.Toks[k].Kind != TokKind.Word && !d.IsPunct(k, '.'))
            {
                return false;
            }
        }

        return false;
    }

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
                if (d.IsPunct(k, '.') && d.IsWord(k - 1) && SpeechLexicon.IsTitleAbbreviation(d.Word(k - 1)))
                {
                    continue;
                }

                return false;
            }

            if (SpeechLexicon.IsQuoteCue(d.Word(k)) && SpeakerPhrases.TryBefore(d, k, j, out int ss, out int se) && ss == j)
            {
                raw.SpeakerStart = ss;
                raw.SpeakerEnd = se;
                raw.CueStart = raw.CueEnd = k;
                return true;
            }
        }

        return false;
    }

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
    private static bool TryBefore(QuoteDocument d, int from, int open, int sentenceStart, RawQuote raw)
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

        // Allow a short object or time phrase after the verb: "told CBS News this week that".
        for (int k = j; k >= from && k > j - 6; k--)
        {
            if (!d.IsWord(k))
            {
                break;
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

            raw.CueStart = raw.CueEnd = -1;
            return false;
        }

        return false;
    }

    /// <summary>A headline "Mayor: 'We will find out'": the name before the colon is the speaker.</summary>
    private static bool TryHeadline(QuoteDocument d, int from, QuoteSegment seg, SentenceRange sentence, RawQuote raw)
    {
        const int MaxHeadlineChars = 250;
        if (sentence.Paragraph != 0 || d.Toks[Math.Max(0, sentence.End - 1)].End - d.Toks[sentence.Start].Start > MaxHeadlineChars || !d.IsPunct(seg.Open - 1, ':'))
        {
            return false;
        }

        int end = seg.Open - 2;
        int start = end;
        while (start - 1 >= from && d.IsWord(start - 1) && d.Toks[start - 1].Capital)
        {
            start--;
        }

        if (end < from || !d.IsWord(end) || !d.Toks[start].Capital)
        {
            return false;
        }

        raw.SpeakerStart = start;
        raw.SpeakerEnd = end;
        return true;
    }

    /// <summary>For "…, adding, "…"": the speaker is the subject that opens the sentence.</summary>
    private static bool SentenceSubject(QuoteDocument d, int sentenceStart, int cue, RawQuote raw)
    {
        int j = sentenceStart;
        while (j < cue && !d.IsWord(j))
        {
            j++;
        }

        if (j < cue && SpeakerPhrases.TryAfter(d, j, cue, out int ss, out int se))
        {
            raw.SpeakerStart = ss;
            raw.SpeakerEnd = se;
            return true;
        }

        raw.CueStart = raw.CueEnd = -1;
        return false;
    }
}

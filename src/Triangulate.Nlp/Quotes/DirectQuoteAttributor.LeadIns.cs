namespace Triangulate.Nlp.Quotes;

/// <summary>
/// The lead-ins that introduce a quotation before it: colons ("he demurred: …", "Clinton: …", a paragraph
/// ending "Cruz continued:"), "according to X, …", and the sentence subject a participle ("adding, …") shares.
/// </summary>
internal static partial class DirectQuoteAttributor
{
    /// <summary>
    /// "Kelly responded pointedly, with a smile: "…"" / "he demurred: "…"": a colon after a clause whose
    /// subject is a pronoun or a name introduces that subject's words. Limited to short lead-ins, where
    /// PolNeAR train showed the subject was the speaker far more often than not.
    /// </summary>
    private static bool TrySubjectColon(QuoteDocument d, int from, QuoteSegment seg, int after, SentenceRange sentence, RawQuote raw)
    {
        const int MaxLeadIn = 25;
        if (!d.IsPunct(seg.Open - 1, ':') || HasWords(d, seg.Close + 1, after) || seg.Open - from > MaxLeadIn || from != sentence.Start)
        {
            return false;
        }

        int j = SkipIntro(d, from, seg.Open - 1);
        if (j >= seg.Open - 1 || !d.IsWord(j) || !SpeakerPhrases.TryAfter(d, j, seg.Open - 1, out int ss, out int se))
        {
            return false;
        }

        bool pronoun = ss == se && SpeechLexicon.IsPronoun(d.Word(ss)) && d.Word(ss) is not ("it" or "It" or "you" or "You");
        if (!pronoun && !d.Toks[ss].Capital)
        {
            return false;
        }

        raw.SpeakerStart = ss;
        raw.SpeakerEnd = se;
        return true;
    }

    /// <summary>"Clinton: "Our goal is …"": a short name and a colon introduce the quotation.</summary>
    private static bool TryNameColon(QuoteDocument d, int from, QuoteSegment seg, RawQuote raw)
    {
        const int MaxNameWords = 5;
        int colon = seg.Open - 1;
        if (!d.IsPunct(colon, ':'))
        {
            return false;
        }

        int start = colon;
        while (start - 1 >= from && colon - start < MaxNameWords && (d.IsWord(start - 1) && d.Toks[start - 1].Capital || d.IsPunct(start - 1, '.')))
        {
            start--;
        }

        if (start != FirstWordFrom(d, from) || start >= colon || !d.IsWord(start) || !d.IsWord(colon - 1))
        {
            return false;
        }

        raw.SpeakerStart = start;
        raw.SpeakerEnd = colon - 1;
        return true;
    }

    private static int FirstWordFrom(QuoteDocument d, int from)
    {
        while (from < d.Toks.Count && !d.IsWord(from))
        {
            from++;
        }

        return from;
    }

    /// <summary>A quotation opening its paragraph after one that ends "Cruz continued:" / "Transcript as follows:".</summary>
    private static bool TryPreviousParagraphColon(QuoteDocument d, QuoteSegment seg, RawQuote raw)
    {
        int colon = seg.Open - 2;
        if (colon < 1 || d.Toks[seg.Open - 1].Kind != TokKind.Paragraph || !d.IsPunct(colon, ':'))
        {
            return false;
        }

        int si = seg.Sentence - 1;
        while (si > 0 && d.Sentences[si].Start > colon)
        {
            si--;
        }

        var prev = d.Sentences[si];
        if (TryBefore(d, prev.Start, colon + 1, prev.Start, raw, int.MaxValue))
        {
            return true;
        }

        int start = FirstWordFrom(d, prev.Start);
        if (start < colon && colon - start <= 4 && d.Toks[start].Capital)
        {
            raw.SpeakerStart = start; // "Partial transcript as follows:" / "Clinton:"
            raw.SpeakerEnd = colon - 1;
            return true;
        }

        // "… — Cruz called them on it:" / "The Clinton Foundation describes itself in the following way:":
        // the subject of the clause that ends in the colon.
        int clause = colon - 1;
        while (clause > prev.Start && !(d.Toks[clause - 1].Kind == TokKind.Punct && d.Text[d.Toks[clause - 1].Start] is ',' or ';' or '\u2014' or '\u2013' or '!' or '?') && d.QuoteOf[clause - 1] < 0)
        {
            clause--;
        }

        clause = SkipIntro(d, clause, colon);
        if (colon - clause > 16 || !d.IsWord(clause) || !SpeakerPhrases.TryAfter(d, clause, colon, out int ss, out int se))
        {
            return false;
        }

        bool pronoun = ss == se && SpeechLexicon.IsPronoun(d.Word(ss)) && d.Word(ss) is not ("it" or "It" or "you" or "You");
        if (!pronoun && !d.Toks[ss].Capital && !(SpeechLexicon.IsDeterminer(d.Word(ss)) && d.Toks[ss + 1].Capital))
        {
            return false;
        }

        raw.SpeakerStart = ss;
        raw.SpeakerEnd = se;
        return true;
    }

    /// <summary>"According to the newspaper, "…"".</summary>
    private static bool TryAccordingTo(QuoteDocument d, int from, int open, RawQuote raw)
    {
        int a = FirstWordFrom(d, from);
        if (a + 2 >= open || d.Word(a) is not ("According" or "according") || !d.IsWord(a + 1) || d.Word(a + 1) is not "to" || !d.IsPunct(open - 1, ','))
        {
            return false;
        }

        if (!SpeakerPhrases.TryAfter(d, a + 2, open - 1, out int ss, out int se) || se != open - 2)
        {
            return false;
        }

        raw.SpeakerStart = ss;
        raw.SpeakerEnd = se;
        raw.CueStart = a;
        raw.CueEnd = a + 1;
        return true;
    }

    /// <summary>
    /// Skips what precedes a sentence's subject: a dateline ("WASHINGTON (AP) —") and an opening
    /// adverbial that ends in a comma ("In a statement, …", "Speaking at the rally, …").
    /// </summary>
    internal static int SkipIntro(QuoteDocument d, int j, int limit)
    {
        while (j < limit && (!d.IsWord(j) || IsAllCaps(d.Word(j)) || d.QuoteOf[j] >= 0))
        {
            j = d.QuoteOf[j] >= 0 ? Math.Max(j + 1, d.Segments[d.QuoteOf[j]].Close + 1) : j + 1; // a quotation is never the subject
        }

        if (j < limit && d.IsWord(j) && d.Word(j) is "And" or "But" or "So" or "Yet" or "Or" or "Then" or "Still" or "Meanwhile" && !d.IsPunct(j + 1, ','))
        {
            j++; // "And Mr. Christie gloated: …"
        }

        if (j < limit && d.IsWord(j) && (NameLexicon.IsStarter(d.Word(j)) && !SpeechLexicon.IsPronoun(d.Word(j)) && !SpeechLexicon.IsDeterminer(d.Word(j)) || d.Word(j).EndsWith("ing", StringComparison.Ordinal)))
        {
            int k = j;
            while (k < limit && !d.IsPunct(k, ','))
            {
                k++;
            }

            if (k + 1 < limit)
            {
                j = k + 1;
            }
        }

        return j;
    }

    private static bool IsAllCaps(ReadOnlySpan<char> w)
    {
        if (w.Length < 2)
        {
            return false;
        }

        foreach (char c in w)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>For "…, adding, "…"": the speaker is the subject that opens the sentence.</summary>
    private static bool SentenceSubject(QuoteDocument d, int sentenceStart, int cue, RawQuote raw)
    {
        // ""…," Cruz said, adding: "…"": the participle shares the subject of the verb just before it.
        int f = cue - 1;
        while (f > sentenceStart && d.Toks[f].Kind == TokKind.Punct && d.Text[d.Toks[f].Start] == ',')
        {
            f--;
        }

        for (int k = f; k >= sentenceStart && k > f - 4 && d.IsWord(k) && d.QuoteOf[k] < 0; k--)
        {
            if (SpeechLexicon.IsQuoteCue(d.Word(k)) && !SpeechLexicon.IsParticiple(d.Word(k)))
            {
                if (SpeakerPhrases.TryBefore(d, k, sentenceStart, out int fs, out int fe) || SpeakerPhrases.TryAfter(d, k + 1, cue, out fs, out fe))
                {
                    raw.SpeakerStart = fs;
                    raw.SpeakerEnd = fe;
                    return true;
                }

                break;
            }
        }

        int j = SkipIntro(d, sentenceStart, cue);

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

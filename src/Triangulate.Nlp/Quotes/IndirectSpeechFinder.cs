namespace Triangulate.Nlp.Quotes;

/// <summary>
/// Reported speech outside quotation marks, one sentence at a time: "X said (that) …", "X told
/// reporters …", "…, X said.", "according to X, …". The content runs to the end of the clause. A
/// quotation inside that content and not already a direct quote becomes a partial quote of the same
/// speaker ("he has "been engaging" with …").
/// </summary>
internal static partial class IndirectSpeechFinder
{
    private const int MinContentWords = 3;
    private const int MaxTail = 5;

    public static void Find(QuoteDocument d, List<RawQuote> output, bool[] segmentDone, HashSet<int> usedCues)
    {
        for (int si = 0; si < d.Sentences.Count; si++)
        {
            var s = d.Sentences[si];
            for (int i = s.Start; i < s.End; i++)
            {
                if (d.QuoteOf[i] >= 0 || !d.IsWord(i) || usedCues.Contains(i))
                {
                    continue;
                }

                var w = d.Word(i);
                if ((w is "according" or "According") && d.IsWord(i + 1) && d.Word(i + 1) is "to")
                {
                    if (According(d, si, i, output))
                    {
                        i++;
                    }

                    continue;
                }

                if (SpeechLexicon.IsCue(w))
                {
                    if (SpeechLexicon.IsParticiple(w))
                    {
                        Participle(d, si, i, output);
                    }
                    else
                    {
                        Finite(d, si, i, output);
                    }
                }
            }
        }

        MarkPartials(d, output, segmentDone);
    }

    private static bool According(QuoteDocument d, int si, int i, List<RawQuote> output)
    {
        var s = d.Sentences[si];
        if (!SpeakerPhrases.TryAfter(d, i + 2, s.End, out int ss, out int se))
        {
            return false;
        }

        int contentStart;
        int contentEnd;
        if (FirstWord(d, s.Start) == i)
        {
            // According to X, clause.
            int k = se + 1;
            while (k < s.End && !d.IsPunct(k, ','))
            {
                k++;
            }

            contentStart = k + 1;
            contentEnd = s.End;
        }
        else
        {
            contentStart = AfterLeadingReport(d, s.Start, i);
            contentEnd = d.IsPunct(i - 1, ',') ? i - 1 : i;
        }

        return Add(d, si, contentStart, contentEnd, ss, se, i, i + 1, output);
    }

    /// <summary>
    /// "Bloomberg detailed that the offer was …, according to people familiar": the content those people
    /// vouch for starts after the clause's own "X detailed that", which is a report of its own.
    /// </summary>
    private static int AfterLeadingReport(QuoteDocument d, int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            if (d.IsWord(k) && d.QuoteOf[k] < 0 && SpeechLexicon.IsCue(d.Word(k)) && !SpeechLexicon.IsParticiple(d.Word(k))
                && SpeakerPhrases.TryBefore(d, k, start, out int ss, out _) && ss == FirstWord(d, start))
            {
                return k + 1 < end && d.IsWord(k + 1) && d.Word(k + 1) is "that" ? k + 2 : k + 1;
            }
        }

        return start;
    }

    private static void Finite(QuoteDocument d, int si, int cue, List<RawQuote> output)
    {
        var s = d.Sentences[si];
        if (!SpeakerPhrases.TryBefore(d, cue, s.Start, out int ss, out int se))
        {
            if (d.IsPunct(cue - 1, ',') && SpeakerPhrases.TryAfter(d, cue + 1, s.End, out ss, out se) && TailEnds(d, se + 1, s.End))
            {
                Add(d, si, s.Start, cue - 1, ss, se, cue, cue, output); // "…, said the people."
                return;
            }

            // "The senator served five years in prison and says such methods are cruel": the speaker is
            // the subject that opens the sentence, before its first verb.
            if (!d.IsWord(cue - 1) || d.Word(cue - 1) is not "and" || !SentenceSubject(d, s, cue, out ss, out se))
            {
                return;
            }
        }

        if (d.IsPunct(ss - 1, ',') && TailEnds(d, cue + 1, s.End))
        {
            Add(d, si, s.Start, ss - 1, ss, se, cue, cue, output); // "…, sources told Reuters."
            return;
        }

        if (d.IsPunct(ss - 1, ',') && d.IsPunct(cue + 1, ','))
        {
            // "The emails were on many topics, the Times said, including …": the content runs on both sides
            // of the parenthetical, as two parts sharing the cue (like a quotation split by "he said").
            Add(d, si, s.Start, ss - 1, ss, se, cue, cue, output);
            Add(d, si, cue + 2, TrimTail(d, cue + 2, s.End), ss, se, cue, cue, output);
            return;
        }

        int c = SkipObject(d, cue, s.End);
        if (c < s.End && d.IsWord(c) && d.Word(c) is "that")
        {
            c++;
        }

        if (c >= s.End || (d.QuoteOf[c] >= 0 && c == d.Segments[d.QuoteOf[c]].Open && IsDirectSegment(d, output, d.QuoteOf[c])))
        {
            return;
        }

        if (!d.IsWord(c) && d.Toks[c].Kind != TokKind.DoubleQuote && d.Toks[c].Kind != TokKind.SingleQuote)
        {
            return;
        }

        if (d.IsWord(c) && SpeechLexicon.IsNpStop(d.Word(c)) && d.Word(c) is not ("it" or "there" or "all" or "more" or "both" or "no" or "only" or "if" or "how" or "what" or "why"))
        {
            return;
        }

        Add(d, si, c, TrimTail(d, c, s.End), ss, se, cue, cue, output);
    }

    /// <summary>The speaker phrase opening the sentence (after any introductory phrase), followed by a lower-case word (its verb).</summary>
    private static bool SentenceSubject(QuoteDocument d, SentenceRange s, int cue, out int ss, out int se)
    {
        int j = DirectQuoteAttributor.SkipIntro(d, s.Start, cue);
        ss = se = -1;

        // A sentence-initial "The" is capitalised, which the phrase reader takes for a loose opener.
        var article = j < cue && d.IsWord(j) && d.Word(j) is "The" or "A" or "An";
        if (j >= cue || !SpeakerPhrases.TryAfter(d, article ? j + 1 : j, cue, out ss, out se) || se + 1 >= cue || !d.IsWord(se + 1) || d.Toks[se + 1].Capital)
        {
            return false;
        }

        ss = article ? j : ss;
        return true;
    }

    /// <summary>"…, saying (that) it was swayed …": the speaker is the subject that opens the sentence.</summary>
    private static void Participle(QuoteDocument d, int si, int cue, List<RawQuote> output)
    {
        var s = d.Sentences[si];
        if (!d.IsPunct(cue - 1, ','))
        {
            return; // "a book saying …" or "without saying": not a clause-final participle
        }

        int j = DirectQuoteAttributor.SkipIntro(d, s.Start, cue);
        if (j >= cue || !SpeakerPhrases.TryAfter(d, j, cue, out int ss, out int se))
        {
            return;
        }

        int c = SkipObject(d, cue, s.End);
        if (c < s.End && d.IsWord(c) && d.Word(c) is "that")
        {
            c++;
        }

        if (c >= s.End || d.QuoteOf[c] >= 0 && c == d.Segments[d.QuoteOf[c]].Open && IsDirectSegment(d, output, d.QuoteOf[c]))
        {
            return;
        }

        if (d.IsWord(c) && SpeechLexicon.IsNpStop(d.Word(c)) && d.Word(c) is not ("it" or "there" or "all" or "more" or "both" or "no" or "only" or "if" or "how" or "what" or "why"))
        {
            return;
        }

        Add(d, si, c, TrimTail(d, c, s.End), ss, se, cue, cue, output);
    }
}

namespace Triangulate.Nlp.Quotes;

/// <summary>
/// Reported speech outside quotation marks, one sentence at a time: "X said (that) …", "X told
/// reporters …", "…, X said.", "according to X, …". The content runs to the end of the clause. A
/// quotation inside that content and not already a direct quote becomes a partial quote of the same
/// speaker ("he has "been engaging" with …").
/// </summary>
internal static class IndirectSpeechFinder
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

    /// <summary>After "told", skip its object ("told Reuters", "told reporters on Monday") to reach the content.</summary>
    private static int SkipObject(QuoteDocument d, int cue, int end)
    {
        int c = cue + 1;
        var verb = d.Word(cue);
        if (verb is "told" or "tells" or "tell" or "telling" or "asked" or "asking" or "assured" or "warned" or "warning" or "reminded")
        {
            if (c < end && d.IsWord(c) && d.Word(c) is "reporters" or "journalists" or "supporters" or "lawmakers" or "voters" or "students" or "me" or "us" or "him" or "her" or "them" or "viewers" or "listeners")
            {
                c++;
            }
            else if (SpeakerPhrases.TryAfter(d, c, end, out _, out int oe))
            {
                c = oe + 1;
            }
        }

        int guard = 0;
        while (c < end && d.IsWord(c) && SpeechLexicon.IsTimeWord(d.Word(c)) && d.Word(c) is not ("in" or "at") && guard++ < 4)
        {
            c++;
        }

        return c;
    }

    private static bool IsDirectSegment(QuoteDocument d, List<RawQuote> output, int segment)
    {
        var seg = d.Segments[segment];
        foreach (var q in output)
        {
            if (q.ContentStart == seg.ContentStart && q.Kind == QuoteKinds.Direct)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when only a short object or time phrase and final punctuation follow ("told Reuters.").</summary>
    private static bool TailEnds(QuoteDocument d, int from, int end)
    {
        if (from < end && d.IsWord(from) && !d.Toks[from].Capital && !SpeechLexicon.IsTimeWord(d.Word(from)) && d.Word(from) is not ("reporters" or "journalists" or "to" or "during"))
        {
            return false; // "acknowledged the possibility of talks." has an object clause, not a tail
        }

        int words = 0;
        for (int k = from; k < end; k++)
        {
            if (d.Toks[k].Kind == TokKind.Word)
            {
                if (++words > MaxTail)
                {
                    return false;
                }
            }
            else if (!(d.Toks[k].Kind == TokKind.Punct && d.Text[d.Toks[k].Start] is '.' or '!' or '?'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The content ends before a trailing ", X said" / ", according to X" and the final punctuation.</summary>
    private static int TrimTail(QuoteDocument d, int from, int end)
    {
        for (int k = from; k < end - 1; k++)
        {
            if (d.IsPunct(k, ',') && d.QuoteOf[k] < 0 && d.IsWord(k + 1))
            {
                var w = d.Word(k + 1);
                if (w is "according" || SpeechLexicon.IsParticiple(w))
                {
                    return k;
                }
            }
        }

        return end;
    }

    private static bool Add(QuoteDocument d, int si, int fromTok, int toTok, int ss, int se, int cueStart, int cueEnd, List<RawQuote> output)
    {
        // Trim punctuation (but not quotation marks) at both ends.
        while (fromTok < toTok && d.Toks[fromTok].Kind is TokKind.Punct or TokKind.Paragraph)
        {
            fromTok++;
        }

        while (toTok > fromTok && d.Toks[toTok - 1].Kind is TokKind.Punct or TokKind.Paragraph)
        {
            toTok--;
        }

        int words = 0;
        for (int k = fromTok; k < toTok; k++)
        {
            if (d.Toks[k].Kind == TokKind.Word)
            {
                words++;
            }

            if (k >= ss && k <= se)
            {
                return false; // the speaker inside its own content: not a parse we trust
            }
        }

        if (words < MinContentWords)
        {
            return false;
        }

        output.Add(new RawQuote
        {
            ContentStart = d.Toks[fromTok].Start,
            ContentEnd = d.Toks[toTok - 1].End,
            Kind = QuoteKinds.Indirect,
            Sentence = si,
            SpeakerStart = ss,
            SpeakerEnd = se,
            CueStart = cueStart,
            CueEnd = cueEnd,
        });
        return true;
    }

    private static int FirstWord(QuoteDocument d, int from)
    {
        while (from < d.Toks.Count && !d.IsWord(from))
        {
            from++;
        }

        return from;
    }

    /// <summary>Both lists are in text order, so one merge pass pairs each quotation with the reported speech around it.</summary>
    private static void MarkPartials(QuoteDocument d, List<RawQuote> output, bool[] segmentDone)
    {
        var indirect = new List<RawQuote>();
        foreach (var r in output)
        {
            if (r.Kind == QuoteKinds.Indirect)
            {
                indirect.Add(r);
            }
        }

        indirect.Sort(static (a, b) => a.ContentStart.CompareTo(b.ContentStart));
        int q = 0;
        int reach = -1; // index of the indirect content reaching furthest so far
        for (int s = 0; s < d.Segments.Count; s++)
        {
            var seg = d.Segments[s];
            while (q < indirect.Count && indirect[q].ContentStart <= seg.ContentStart)
            {
                if (reach < 0 || indirect[q].ContentEnd >= indirect[reach].ContentEnd)
                {
                    reach = q;
                }

                q++;
            }

            if (segmentDone[s] || reach < 0 || indirect[reach].ContentEnd < seg.ContentEnd)
            {
                continue;
            }

            var r = indirect[reach];
            output.Add(new RawQuote
            {
                ContentStart = seg.ContentStart,
                ContentEnd = seg.ContentEnd,
                Kind = QuoteKinds.Partial,
                Sentence = seg.Sentence,
                SpeakerStart = r.SpeakerStart,
                SpeakerEnd = r.SpeakerEnd,
                CueStart = r.CueStart,
                CueEnd = r.CueEnd,
            });
            segmentDone[s] = true;
        }
    }
}

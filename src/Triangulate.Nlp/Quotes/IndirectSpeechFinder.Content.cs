namespace Triangulate.Nlp.Quotes;

/// <summary>The content of a report: where it starts after the cue and its object, where its tail ends, how it is trimmed and added, and the partial quotes inside it.</summary>
internal static partial class IndirectSpeechFinder
{
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

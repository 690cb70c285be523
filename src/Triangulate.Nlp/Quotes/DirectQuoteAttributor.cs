namespace Triangulate.Nlp.Quotes;

/// <summary>
/// Attributes each quotation from the words around it, in the order news writing uses: a verb after
/// it ("…," Maduro said / "…," said Maduro), a verb before it (he said: "…" / adding, "…" / told Bloomberg
/// that "…"), or, for a quotation standing alone in its sentence, the speaker of the quotation before it.
/// Quotations inside the writer's own sentence are left to <see cref="IndirectSpeechFinder"/>, which
/// marks the ones inside reported speech as partial.
/// </summary>
internal static partial class DirectQuoteAttributor
{
    private const int MaxTailTokens = 10;
    private const int MaxAppositiveTokens = 20;

    public static void Attribute(QuoteDocument d, QuoteDetectorOptions options, List<RawQuote> output, bool[] segmentDone)
    {
        var bySegment = new RawQuote?[d.Segments.Count];
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
            if (startsClause && !endsClause && EndsUtterance(d, seg) && ContinuesWriterClause(d, seg.Close + 1, after))
            {
                endsClause = true; // "wrote, "It's time …," and shared a link": a whole quotation, then the writer goes on
            }

            if (!startsClause || !endsClause)
            {
                continue; // inside the writer's sentence: a partial quote or a scare quote
            }

            var raw = new RawQuote { ContentStart = seg.ContentStart, ContentEnd = seg.ContentEnd, Kind = QuoteKinds.Direct, Sentence = seg.Sentence };
            bool standalone = !HasWords(d, before, seg.Open) && !HasWords(d, seg.Close + 1, after) && IsAlone(d, sentence);
            if (!TryAfter(d, seg.Close + 1, after, raw)
                && !TryBefore(d, before, seg.Open, sentence.Start, raw, 6)
                && !TryNameColon(d, before, seg, raw)
                && !(standalone && TryPreviousParagraphColon(d, seg, raw))
                && !TrySubjectColon(d, before, seg, after, sentence, raw))
            {
                var previous = s > 0 ? bySegment[s - 1] : null;
                if (previous is { HasSpeaker: true } && d.Segments[s - 1].RunsOn)
                {
                    Inherit(raw, previous, sameAttribution: true); // the same quotation, reopened in a new paragraph
                }
                else if (standalone && lastAttributed is not null && sentence.Paragraph - lastParagraph <= options.ContinuationParagraphs)
                {
                    // In the same paragraph it is the same attribution going on (one cue); a paragraph later, a new one.
                    Inherit(raw, lastAttributed, sameAttribution: sentence.Paragraph == lastParagraph);
                }
                else if (!standalone || seg.Words < options.MinStandaloneWords)
                {
                    continue;
                }
            }

            bySegment[s] = raw;
            if (raw.HasSpeaker)
            {
                lastAttributed = raw;
                lastParagraph = sentence.Paragraph;
            }
        }

        // A quotation running over paragraphs is often attributed only at its end ("…," he said).
        for (int s = d.Segments.Count - 2; s >= 0; s--)
        {
            if (bySegment[s] is { HasSpeaker: false } open && d.Segments[s].RunsOn && bySegment[s + 1] is { HasSpeaker: true } next)
            {
                Inherit(open, next, sameAttribution: true);
            }
        }

        for (int s = 0; s < d.Segments.Count; s++)
        {
            if (bySegment[s] is { } raw && (raw.HasSpeaker || options.KeepUnattributedQuotes))
            {
                segmentDone[s] = true;
                output.Add(raw);
            }
        }
    }

    private static void Inherit(RawQuote raw, RawQuote from, bool sameAttribution = false)
    {
        raw.SpeakerStart = from.SpeakerStart;
        raw.SpeakerEnd = from.SpeakerEnd;
        raw.Inherited = true;
        if (sameAttribution)
        {
            raw.CueStart = from.CueStart; // one quotation over several paragraphs: one attribution, one cue
            raw.CueEnd = from.CueEnd;
        }
    }

    /// <summary>The quotation closes on the punctuation of a finished utterance (",", ".", "!", "?").</summary>
    private static bool EndsUtterance(QuoteDocument d, QuoteSegment seg) => d.Text[seg.ContentEnd - 1] is ',' or '.' or '!' or '?';

    /// <summary>After the quotation: ", and …" / "and …" / a time phrase ("on Friday afternoon").</summary>
    private static bool ContinuesWriterClause(QuoteDocument d, int from, int to)
    {
        int j = from;
        if (d.IsPunct(j, ','))
        {
            j++;
        }

        if (d.IsWord(j) && d.Word(j) is "and" or "but")
        {
            return true;
        }

        for (int k = j; k < to; k++)
        {
            if (d.IsWord(k) && !SpeechLexicon.IsTimeWord(d.Word(k)) && !NameLexicon.IsCalendarWord(d.Word(k)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the quote is the whole sentence apart from other quotes: no words of the writer's at all.</summary>
    private static bool IsAlone(QuoteDocument d, SentenceRange sentence)
    {
        for (int i = sentence.Start; i < sentence.End; i++)
        {
            if (d.QuoteOf[i] < 0 && d.Toks[i].Kind == TokKind.Word)
            {
                return false;
            }
        }

        return true;
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

        if (d.IsPunct(j, ':') || d.IsPunct(j, ',') || d.IsPunct(j, '(') || d.IsPunct(j, '\u2014') || d.IsPunct(j, '\u2013') || d.IsPunct(j, '-'))
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

        if (d.Word(j) is "and" or "but" or "or" or "while" or "as" or "because")
        {
            return false; // "said "…" and promised to …": the quotation sits inside the writer's sentence
        }

        for (int k = j; k < to && k < j + MaxTailTokens + MaxAppositiveTokens; k++)
        {
            if (d.IsWord(k) && (SpeechLexicon.IsQuoteCue(d.Word(k)) || d.Word(k) is "according"))
            {
                return true;
            }

            // Words, and the commas or brackets of an appositive ("Ramos, 58, told AFP"), but no other clause.
            if (d.Toks[k].Kind != TokKind.Word && !d.IsPunct(k, '.') && !d.IsPunct(k, ',') && !d.IsPunct(k, '(') && !d.IsPunct(k, ')') && !d.IsPunct(k, '-'))
            {
                return false;
            }
        }

        return false;
    }
}

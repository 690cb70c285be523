namespace Triangulate.Nlp.Quotes;

/// <summary>
/// Turns the words that name a speaker into a name: a pronoun to the nearest compatible person before
/// it (the subject of the clause, then of earlier sentences), a surname to the full name given earlier,
/// "the spokesperson" to the earlier "a White House spokesperson", and anything else to its own words
/// without the article.
/// </summary>
internal static class SpeakerResolver
{
    private const int SentencesBack = 5;

    public static (string? Name, int AntecedentStart, int AntecedentEnd) Resolve(QuoteDocument d, List<PersonMention> persons, RawQuote q, List<RawQuote> earlier)
    {
        if (!q.HasSpeaker)
        {
            return (null, -1, -1);
        }

        var first = d.Word(q.SpeakerStart);
        if (q.SpeakerStart == q.SpeakerEnd && SpeechLexicon.IsPronoun(first))
        {
            return Pronoun(d, persons, q, first);
        }

        for (int k = 0; k < persons.Count; k++)
        {
            var p = persons[k];
            if (p.Start >= q.SpeakerStart && p.End == q.SpeakerEnd)
            {
                var full = FullName(persons, p, k);
                return (full.Name, full.Start == p.Start ? -1 : full.Start, full.Start == p.Start ? -1 : full.End);
            }
        }

        if (!d.Toks[q.SpeakerStart].Capital && SpeechLexicon.IsDeterminer(first) && first is "the" or "The")
        {
            var head = d.Word(q.SpeakerEnd);
            for (int k = earlier.Count - 1; k >= 0 && k >= earlier.Count - 20; k--)
            {
                var e = earlier[k];
                if (e.HasSpeaker && e.SpeakerEnd < q.SpeakerStart && e.SpeakerEnd != q.SpeakerEnd && d.Word(e.SpeakerEnd).Equals(head, StringComparison.OrdinalIgnoreCase))
                {
                    return (Plain(d, e.SpeakerStart, e.SpeakerEnd), e.SpeakerStart, e.SpeakerEnd);
                }
            }
        }

        return (Plain(d, q.SpeakerStart, q.SpeakerEnd), -1, -1);
    }

    /// <summary>The speaker's words without a leading article or possessive pronoun.</summary>
    private static string Plain(QuoteDocument d, int start, int end)
    {
        if (start < end && d.IsWord(start) && !d.Toks[start].Capital && SpeechLexicon.IsDeterminer(d.Word(start)))
        {
            start++;
        }

        while (start < end && d.IsWord(start) && NameLexicon.IsTitle(d.Word(start)) && d.Toks[start + 1].Capital)
        {
            start++;
        }

        return d.Text[d.Toks[start].Start..d.Toks[end].End];
    }

    /// <summary>A lone surname resolves to the nearest full name with that surname, earlier first.</summary>
    private static PersonMention FullName(List<PersonMention> persons, PersonMention p, int index)
    {
        if (p.Start < p.End)
        {
            return p;
        }

        for (int k = index - 1; k >= 0 && k >= index - 300; k--)
        {
            if (persons[k].LastName == p.LastName && persons[k].Start < persons[k].End)
            {
                return persons[k];
            }
        }

        for (int k = index + 1; k < persons.Count && k <= index + 300; k++)
        {
            if (persons[k].LastName == p.LastName && persons[k].Start < persons[k].End)
            {
                return persons[k];
            }
        }

        return p;
    }

    private static (string?, int, int) Pronoun(QuoteDocument d, List<PersonMention> persons, RawQuote q, ReadOnlySpan<char> pronoun)
    {
        char want = pronoun is "he" or "He" ? 'm' : pronoun is "she" or "She" ? 'f' : 'x';
        if (want == 'x')
        {
            return (null, -1, -1);
        }

        int at = q.SpeakerStart;
        int sentence = q.Sentence;
        int best = -1;

        // Same sentence: only a subject before the pronoun ("Maduro, for his part, insisted, "…," he wrote").
        for (int k = FirstIn(persons, sentence); k < persons.Count && persons[k].Start < at; k++)
        {
            var p = persons[k];
            if (p.Sentence == sentence && p.Subjectish && Compatible(p, want) && CanSpeak(d, p, q))
            {
                best = k;
                break;
            }
        }

        for (int s = sentence - 1; best < 0 && s >= 0 && s >= sentence - SentencesBack; s--)
        {
            int lastInSentence = -1;
            for (int k = FirstIn(persons, s); k < persons.Count && persons[k].Sentence == s; k++)
            {
                var p = persons[k];
                if (!Compatible(p, want) || !CanSpeak(d, p, q))
                {
                    continue;
                }

                if (p.Subjectish)
                {
                    best = k;
                    break;
                }

                lastInSentence = k;
            }

            if (best < 0 && lastInSentence >= 0)
            {
                best = lastInSentence;
            }
        }

        if (best < 0)
        {
            return (null, -1, -1);
        }

        var full = FullName(persons, persons[best], best);
        return (full.Name, persons[best].Start, persons[best].End);
    }

    /// <summary>Index of the first person mentioned in sentence <paramref name="s"/> or later (persons are in text order).</summary>
    private static int FirstIn(List<PersonMention> persons, int s)
    {
        int lo = 0;
        int hi = persons.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (persons[mid].Sentence < s)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static bool Compatible(PersonMention p, char want) => p.Gender == '?' || p.Gender == want;

    /// <summary>
    /// Whether a person mention can be what "he"/"she" before a quote points back to: not a name inside
    /// a quotation (quoted speakers name others), not a possessor ("many who claim Maduro's days are
    /// numbered"), and not someone the quote itself names in the third person ("I've sat across from
    /// Nicolás Maduro" is not Maduro speaking).
    /// </summary>
    private static bool CanSpeak(QuoteDocument d, PersonMention p, RawQuote q)
    {
        if (d.QuoteOf[p.Start] >= 0)
        {
            return false;
        }

        var last = d.Word(p.End);
        if (last.EndsWith("'s", StringComparison.Ordinal) || last.EndsWith("\u2019s", StringComparison.Ordinal)
            || (p.End + 1 < d.Toks.Count && d.Word(p.End + 1) is "'s" or "\u2019s"))
        {
            return false;
        }

        return !NamesInside(d.Text.AsSpan(q.ContentStart, q.ContentEnd - q.ContentStart), p.LastName);
    }

    private static bool NamesInside(ReadOnlySpan<char> content, string name)
    {
        for (var at = content.IndexOf(name, StringComparison.Ordinal); at >= 0; at = NextIndex(content, name, at))
        {
            var before = at == 0 || !char.IsLetter(content[at - 1]);
            var after = at + name.Length >= content.Length || !char.IsLetter(content[at + name.Length]);
            if (before && after)
            {
                return true;
            }
        }

        return false;
    }

    private static int NextIndex(ReadOnlySpan<char> content, string name, int at)
    {
        var next = content[(at + 1)..].IndexOf(name, StringComparison.Ordinal);
        return next < 0 ? -1 : at + 1 + next;
    }
}

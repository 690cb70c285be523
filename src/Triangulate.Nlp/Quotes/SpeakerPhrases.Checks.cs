namespace Triangulate.Nlp.Quotes;

/// <summary>The word tests behind speaker phrases: is this a name, a description before a name, a plausible speaker at all.</summary>
internal static partial class SpeakerPhrases
{
    /// <summary>
    /// Rejects what the word-class rules let through but no reader would call a speaker: a lone article
    /// ("The"), a lone lowercase non-noun ("now", "heard"), or a lowercase run with no determiner and no
    /// speaker noun ("discuss internal strategy").
    /// </summary>
    private static bool IsPlausible(QuoteDocument d, int start, int end)
    {
        var first = d.Word(start);
        var last = d.Word(end);
        if (start == end)
        {
            if (SpeechLexicon.IsPronoun(first))
            {
                return true;
            }

            if (SpeechLexicon.IsDeterminer(first) || SpeechLexicon.IsNpStop(first))
            {
                return false;
            }

            return d.Toks[start].Capital || SpeechLexicon.IsSpeakerNoun(first) || SpeechLexicon.IsRoleNoun(first) || (first.Length > 3 && first[^1] == 's' && !first.EndsWith("ss", StringComparison.Ordinal));
        }

        if (d.Toks[end].Capital || SpeechLexicon.IsDeterminer(first) && !d.Toks[start].Capital)
        {
            return true;
        }

        for (int k = start; k <= end; k++)
        {
            if (d.IsWord(k) && (d.Toks[k].Capital || SpeechLexicon.IsSpeakerNoun(d.Word(k)) || SpeechLexicon.IsRoleNoun(d.Word(k))))
            {
                return true; // "sources familiar with the matter"
            }
        }

        return SpeechLexicon.IsSpeakerNoun(last) || SpeechLexicon.IsRoleNoun(last) || (last.Length > 3 && last[^1] == 's');
    }

    /// <summary>Two to four capitalised words and nothing else: a person's name.</summary>
    private static bool IsBareName(QuoteDocument d, int from, int to)
    {
        if (to - from < 1 || to - from > 3)
        {
            return false;
        }

        for (int k = from; k <= to; k++)
        {
            if (!d.IsWord(k) || !d.Toks[k].Capital)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Up to three lowercase descriptive words (not function words or verbs) and then a capitalised word.</summary>
    private static bool DescribesName(QuoteDocument d, int j, int limit)
    {
        for (int k = j; k < limit && k < j + 4; k++)
        {
            if (!d.IsWord(k))
            {
                return false;
            }

            if (d.Toks[k].Capital)
            {
                return k > j;
            }

            var w = d.Word(k);
            if (SpeechLexicon.IsNpStop(w) || SpeechLexicon.IsCue(w) || SpeechLexicon.IsPronoun(w))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A capitalised word that opens sentences or names a date ("When", "From", "Dec"), never a speaker's first word.</summary>
    private static bool IsLooseCapital(QuoteDocument d, int i)
    {
        if (!d.IsWord(i) || !d.Toks[i].Capital)
        {
            return false;
        }

        var w = d.Word(i);
        return (NameLexicon.IsStarter(w) && !SpeechLexicon.IsPronoun(w) && !SpeechLexicon.IsDeterminer(w)) || NameLexicon.IsCalendarWord(w);
    }

    /// <summary>"PATA director Ingrid Halvorsen", "White House press secretary Josh Earnest": role words after a capitalised modifier.</summary>
    private static bool RoleBetweenCapitals(QuoteDocument d, int j, int limit)
    {
        int k = j;
        while (k >= limit && k > j - 3 && d.IsWord(k) && !d.Toks[k].Capital && SpeechLexicon.IsRoleNoun(d.Word(k)))
        {
            k--;
        }

        return k < j && (k < limit || !d.IsWord(k) || d.Toks[k].Capital || SpeechLexicon.IsDeterminer(d.Word(k)));
    }

    private static bool DeterminerWithin(QuoteDocument d, int j, int limit, int reach)
    {
        for (int k = j; k >= limit && k > j - reach - 1; k--)
        {
            if (!d.IsWord(k) || d.Toks[k].Capital)
            {
                return false;
            }

            var w = d.Word(k);
            if (SpeechLexicon.IsDeterminer(w))
            {
                return true;
            }

            if (SpeechLexicon.IsNpStop(w) || SpeechLexicon.IsCue(w))
            {
                return false;
            }
        }

        return false;
    }

    private static bool PrepositionalExtension(QuoteDocument d, int j, int limit) =>
        j - 1 >= limit && d.IsWord(j) && d.Word(j) is "with" or "of" or "for" && d.IsWord(j - 1) && !d.Toks[j - 1].Capital
        && !SpeechLexicon.IsNpStop(d.Word(j - 1)) && !SpeechLexicon.IsCue(d.Word(j - 1));
}

namespace Triangulate.Nlp.Quotes;

/// <summary>
/// Finds the noun phrase that names a speaker next to a cue, by word classes alone: backwards from a
/// verb for its subject ("a White House official said"), forwards after an inverted verb ("said Geoff
/// Ramsey"). Phrases are at most eight words, so every search is bounded.
/// </summary>
internal static class SpeakerPhrases
{
    private const int MaxWords = 8;
    private const int MaxAppositive = 20;

    /// <summary>The subject phrase that ends before <paramref name="cue"/> and starts at or after <paramref name="limit"/>.</summary>
    public static bool TryBefore(QuoteDocument d, int cue, int limit, out int start, out int end) =>
        TryBeforeCore(d, cue, limit, out start, out end) && IsPlausible(d, start, end);

    /// <summary>The phrase that starts at <paramref name="from"/> (after an inverted verb or "according to").</summary>
    public static bool TryAfter(QuoteDocument d, int from, int limit, out int start, out int end) =>
        TryAfterCore(d, from, limit, out start, out end) && IsPlausible(d, start, end);

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

    private static bool TryBeforeCore(QuoteDocument d, int cue, int limit, out int start, out int end)
    {
        start = end = -1;
        int j = SkipBetween(d, cue - 1, limit);
        if (j < limit)
        {
            return false;
        }

        if (d.IsPunct(j, ','))
        {
            // "Geoff Ramsey, senior fellow at the Atlantic Council, commented": jump over the appositive.
            int k = j - 1;
            while (k >= limit && j - k < MaxAppositive && !d.IsPunct(k, ',') && d.Toks[k].Kind is TokKind.Word or TokKind.Punct && d.QuoteOf[k] < 0)
            {
                k--;
            }

            if (k < limit || !d.IsPunct(k, ','))
            {
                return false;
            }

            if (IsBareName(d, k + 1, j - 1))
            {
                start = k + 1; // "Its director, Ingrid Halvorsen, said": the name between the commas speaks
                end = j - 1;
                return true;
            }

            j = k - 1;
        }
        else if (d.IsWord(j) && d.Word(j) is "who" or "which")
        {
            j--;
            if (d.IsPunct(j, ','))
            {
                j--;
            }
        }

        return Collect(d, j, limit, out start, out end);
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

    private static bool TryAfterCore(QuoteDocument d, int from, int limit, out int start, out int end)
    {
        start = end = -1;
        int j = from;
        if (!d.IsWord(j) || j >= limit)
        {
            return false;
        }

        var first = d.Word(j);
        if (SpeechLexicon.IsPronoun(first))
        {
            start = end = j;
            return true;
        }

        if (IsLooseCapital(d, j))
        {
            return false; // "When …", "Minutes later …": a capitalised opener, not a name
        }

        int words = 0;
        bool determined = !d.Toks[j].Capital && SpeechLexicon.IsDeterminer(first);
        if (determined)
        {
            j++;
            words++;
            if (d.IsWord(j) && d.Word(j) is "of" && first is "one" or "some" or "many" or "two" or "three" or "several" or "most")
            {
                j++; // "said one of those advisers"
                words++;
            }
        }
        else if (!d.Toks[j].Capital && DescribesName(d, j, limit))
        {
            determined = true; // "said former Obama adviser David Axelrod": lowercase description, then the name
        }

        int last = -1;
        while (j < limit && words < MaxWords)
        {
            if (d.IsWord(j))
            {
                var w = d.Word(j);
                bool capital = d.Toks[j].Capital;
                bool ok = capital
                    || (w is "of" && last >= 0 && d.IsWord(j + 1) && d.Toks[j + 1].Capital)
                    || (determined && !SpeechLexicon.IsNpStop(w) && !SpeechLexicon.IsCue(w) && (!char.IsDigit(w[0]) || w.Contains('-')))
                    || SpeechLexicon.IsSpeakerNoun(w);
                if (!ok)
                {
                    break;
                }

                last = j;
                if (!capital && !determined)
                {
                    j++;
                    break; // "White House spokesperson": the noun ends an undetermined phrase
                }
            }
            else if (!(d.IsPunct(j, '.') && last == j - 1 && SpeechLexicon.IsTitleAbbreviation(d.Word(j - 1))))
            {
                break;
            }

            j++;
            words++;
        }

        if (last < 0)
        {
            return false;
        }

        start = from;
        end = last;
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

    /// <summary>Skips adverbs, auxiliaries and time phrases between a subject and its verb ("Trump this week denied").</summary>
    public static int SkipBetween(QuoteDocument d, int j, int limit)
    {
        int guard = 0;
        while (j >= limit && d.IsWord(j) && !d.Toks[j].Capital && guard < 6)
        {
            var w = d.Word(j);
            if (!SpeechLexicon.IsBetween(w) && !SpeechLexicon.IsTimeWord(w))
            {
                break;
            }

            j--;
            guard++;
        }

        // "on Friday", "this Monday": a capitalised day preceded by a time word is still an adverbial.
        if (j - 1 >= limit && d.IsWord(j) && d.Toks[j].Capital && SpeechLexicon.IsTimeWord(d.Word(j)) && d.IsWord(j - 1) && SpeechLexicon.IsTimeWord(d.Word(j - 1)))
        {
            j = SkipBetween(d, j - 2, limit);
        }

        return j;
    }

    /// <summary>
    /// Collects a subject backwards from its head at <paramref name="j"/>. Lowercase words right of any
    /// capitalised word are the head ("official", "sources familiar with the matter"); lowercase words left
    /// of a capitalised word are kept only when a determiner closes them ("the influential US daily"), so
    /// "Maduro rejected US claims" yields "US", not "Maduro rejected US".
    /// </summary>
    private static bool Collect(QuoteDocument d, int j, int limit, out int start, out int end)
    {
        start = end = -1;
        if (j < limit || !d.IsWord(j))
        {
            return false;
        }

        var head = d.Word(j);
        if (SpeechLexicon.IsPronoun(head))
        {
            start = end = j;
            return true;
        }

        if (SpeechLexicon.IsPronounContraction(head))
        {
            return false; // "he’d asked", "it’s sparking": not a speaker phrase we can cut cleanly
        }

        if ((!d.Toks[j].Capital && SpeechLexicon.IsNpStop(head)) || SpeechLexicon.IsDeterminer(head) || (char.IsDigit(head[0]) && !head.Contains('-')))
        {
            return false;
        }

        end = j;
        int words = 0;
        bool sawCapital = false;
        while (j >= limit && words < MaxWords)
        {
            if (d.IsPunct(j, '.') && d.IsWord(j - 1) && (SpeechLexicon.IsTitleAbbreviation(d.Word(j - 1)) || (d.Word(j - 1).Length == 1 && char.IsUpper(d.Word(j - 1)[0]))))
            {
                j -= 2;
                words++;
                sawCapital = true;
                continue;
            }

            if (!d.IsWord(j))
            {
                break;
            }

            var w = d.Word(j);
            if (d.Toks[j].Capital)
            {
                if (words > 0 && SpeechLexicon.IsPronoun(w))
                {
                    break;
                }

                sawCapital = true;
                j--;
                words++;
                continue;
            }

            if (SpeechLexicon.IsDeterminer(w))
            {
                j--;
                if (PrepositionalExtension(d, j, limit))
                {
                    j -= 2; // "sources familiar with the matter": keep the noun before the preposition
                    words += 3;
                    continue;
                }

                break;
            }

            if (w is "of" && words > 0 && d.IsWord(j - 1) && d.Toks[j - 1].Capital)
            {
                j--;
                words++;
                continue;
            }

            if (SpeechLexicon.IsNpStop(w) || SpeechLexicon.IsCue(w) || SpeechLexicon.IsPronoun(w))
            {
                break;
            }

            if (sawCapital && !DeterminerWithin(d, j, limit, 3) && !RoleBetweenCapitals(d, j, limit))
            {
                break;
            }

            j--;
            words++;
        }

        start = j + 1;
        while (start < end && IsLooseCapital(d, start))
        {
            start++;
        }

        return start <= end && !IsLooseCapital(d, start);
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

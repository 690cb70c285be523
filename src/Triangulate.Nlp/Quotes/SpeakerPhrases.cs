namespace Triangulate.Nlp.Quotes;

/// <summary>
/// Finds the noun phrase that names a speaker next to a cue, by word classes alone: backwards from a
/// verb for its subject ("a White House official said"), forwards after an inverted verb ("said Geoff
/// Ramsey"). Phrases are at most eight words, so every search is bounded.
/// </summary>
internal static partial class SpeakerPhrases
{
    private const int MaxWords = 8;
    private const int MaxAppositive = 20;

    /// <summary>The subject phrase that ends before <paramref name="cue"/> and starts at or after <paramref name="limit"/>.</summary>
    public static bool TryBefore(QuoteDocument d, int cue, int limit, out int start, out int end) =>
        TryBeforeCore(d, cue, limit, out start, out end) && IsPlausible(d, start, end);

    /// <summary>The phrase that starts at <paramref name="from"/> (after an inverted verb or "according to").</summary>
    public static bool TryAfter(QuoteDocument d, int from, int limit, out int start, out int end) =>
        TryAfterCore(d, from, limit, out start, out end) && IsPlausible(d, start, end);

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
            // "Jane Okafor, a senior fellow at a harbour think tank, commented": jump over the appositive.
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
}

using Triangulate.Core.Annotations;

namespace Triangulate.Nlp.Quotes;

/// <summary>
/// The people named in an article. With an entities layer, its PERSON mentions; without one, runs of
/// capitalised words that carry a title ("Mayor Núñez") or a first and last name ("Geoff Ramsey"), plus
/// a lone surname of someone named in full earlier ("Ramsey").
/// </summary>
internal static class PersonFinder
{
    public static List<PersonMention> Find(QuoteDocument d, IReadOnlyList<EntityMention>? entities)
    {
        var list = new List<PersonMention>();
        var sentenceOf = SentenceIndex(d);
        if (entities is { Count: > 0 })
        {
            FromEntities(d, entities, sentenceOf, list);
        }
        else
        {
            FromCapitals(d, sentenceOf, list);
        }

        return list;
    }

    private static int[] SentenceIndex(QuoteDocument d)
    {
        var of = new int[d.Toks.Count];
        for (int s = 0; s < d.Sentences.Count; s++)
        {
            for (int i = d.Sentences[s].Start; i < d.Sentences[s].End; i++)
            {
                of[i] = s;
            }
        }

        return of;
    }

    private static void FromEntities(QuoteDocument d, IReadOnlyList<EntityMention> entities, int[] sentenceOf, List<PersonMention> list)
    {
        int t = 0;
        foreach (var e in entities)
        {
            if (e.Type != EntityTypes.Person)
            {
                continue;
            }

            while (t < d.Toks.Count && d.Toks[t].End <= e.Span.Start)
            {
                t++;
            }

            int start = t;
            int end = t;
            while (end + 1 < d.Toks.Count && d.Toks[end + 1].Start < e.Span.End)
            {
                end++;
            }

            if (start >= d.Toks.Count)
            {
                break;
            }

            while (start < end && d.IsWord(start) && NameLexicon.IsTitle(d.Word(start)))
            {
                start++;
            }

            Add(d, start, end, sentenceOf, list);
        }

        AddUntaggedSurnames(d, sentenceOf, list);
    }

    /// <summary>
    /// A capitalised word that is the surname of a person the tagger found in the same article is that
    /// person, even where the tagger typed it otherwise: its document memory turns "Trump" into an
    /// organisation after "the Trump Management", and "he said" then skips Trump for someone named
    /// earlier. Not a modifier: after "the"/"a" ("a Trump advisor") or before another capitalised word.
    /// </summary>
    private static void AddUntaggedSurnames(QuoteDocument d, int[] sentenceOf, List<PersonMention> list)
    {
        if (list.Count == 0)
        {
            return;
        }

        var surnames = new HashSet<string>(StringComparer.Ordinal);
        var covered = new bool[d.Toks.Count];
        foreach (var p in list)
        {
            surnames.Add(p.LastName);
            for (var k = p.Start; k <= p.End; k++)
            {
                covered[k] = true;
            }
        }

        var added = false;
        for (var i = 0; i < d.Toks.Count; i++)
        {
            if (covered[i] || !d.IsWord(i) || !d.Toks[i].Capital || d.QuoteOf[i] >= 0 || !surnames.Contains(d.Word(i).ToString())
                || (i > 0 && d.IsWord(i - 1) && SpeechLexicon.IsDeterminer(d.Word(i - 1)))
                || (i + 1 < d.Toks.Count && d.IsWord(i + 1) && d.Toks[i + 1].Capital))
            {
                continue;
            }

            Add(d, i, i, sentenceOf, list);
            added = true;
        }

        if (added)
        {
            list.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    private static void FromCapitals(QuoteDocument d, int[] sentenceOf, List<PersonMention> list)
    {
        var surnames = new Dictionary<string, char>(StringComparer.Ordinal);
        int i = 0;
        while (i < d.Toks.Count)
        {
            if (!d.IsWord(i) || !d.Toks[i].Capital || d.QuoteOf[i] >= 0)
            {
                i++;
                continue;
            }

            int start = i;
            int end = i;
            while (end + 1 < d.Toks.Count && (d.IsWord(end + 1) && d.Toks[end + 1].Capital || (d.IsPunct(end + 1, '.') && SpeechLexicon.IsTitleAbbreviation(d.Word(end)))) && d.QuoteOf[end + 1] < 0)
            {
                end++;
            }

            i = end + 1;
            // "Venezuelan President Nicolás Maduro": drop sentence openers, descriptors and titles before the name.
            bool titled = false;
            while (start <= end && (!d.IsWord(start) || NameLexicon.IsStarter(d.Word(start)) || NameLexicon.IsTitle(d.Word(start)) || NameLexicon.IsNotPerson(d.Word(start)) || IsDemonym(d.Word(start))))
            {
                titled |= d.IsWord(start) && NameLexicon.IsTitle(d.Word(start));
                start++;
            }

            if (start > end || !d.IsWord(end) || AnyNotPerson(d, start, end))
            {
                continue;
            }

            if (titled || end > start)
            {
                var last = d.Word(end).ToString();
                Add(d, start, end, sentenceOf, list);
                surnames[last] = list[^1].Gender;
            }
            else if (surnames.ContainsKey(d.Word(start).ToString()))
            {
                Add(d, start, end, sentenceOf, list);
            }
        }
    }

    /// <summary>"Venezuelan", "American", "Polish": adjectives of origin that precede a title.</summary>
    private static bool IsDemonym(ReadOnlySpan<char> w) => w.Length > 4 && (w.EndsWith("an", StringComparison.Ordinal) || w.EndsWith("ish", StringComparison.Ordinal) || w.EndsWith("ese", StringComparison.Ordinal) || w.EndsWith("i", StringComparison.Ordinal));

    private static bool AnyNotPerson(QuoteDocument d, int start, int end)
    {
        for (int k = start; k <= end; k++)
        {
            if (d.IsWord(k) && (NameLexicon.IsNotPerson(d.Word(k)) || d.Word(k).EndsWith("’s", StringComparison.Ordinal) || d.Word(k).EndsWith("'s", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static void Add(QuoteDocument d, int start, int end, int[] sentenceOf, List<PersonMention> list)
    {
        var name = d.Text[d.Toks[start].Start..d.Toks[end].End];
        var last = d.Word(end).ToString();
        char gender = start < end ? NameLexicon.GenderOf(d.Word(start)) : '?';
        if (start > 0 && d.IsWord(start - 1))
        {
            var title = d.Word(start - 1);
            gender = title is "Mrs" or "Ms" or "Miss" or "Lady" or "Dame" or "Queen" or "Princess" or "Congresswoman" or "Councilwoman" or "Chairwoman" or "Spokeswoman" ? 'f'
                : title is "Mr" or "Sir" or "King" or "Prince" or "Congressman" or "Councilman" or "Chairman" or "Spokesman" ? 'm' : gender;
        }

        if (gender == '?' && start == end)
        {
            // A lone surname inherits the gender of the full name it abbreviates.
            for (int k = list.Count - 1; k >= 0; k--)
            {
                if (list[k].LastName == last)
                {
                    gender = list[k].Gender;
                    name = list[k].Name;
                    break;
                }
            }
        }

        int sentence = sentenceOf.Length > start ? sentenceOf[start] : 0;
        list.Add(new PersonMention(start, end, name, last, gender, sentence, IsSubjectish(d, start, sentence)));
    }

    /// <summary>Opens its sentence or clause (after a comma, "that" or a title): the likely subject.</summary>
    private static bool IsSubjectish(QuoteDocument d, int start, int sentence)
    {
        int j = start - 1;
        while (j >= 0 && d.IsWord(j) && (NameLexicon.IsTitle(d.Word(j)) || (d.Toks[j].Capital && NameLexicon.IsTitle(d.Word(j)))))
        {
            j--;
        }

        if (j >= 0 && d.IsWord(j) && !d.Toks[j].Capital && !SpeechLexicon.IsDeterminer(d.Word(j)) && d.Word(j) is not ("that" or "and" or "but" or "while"))
        {
            return false;
        }

        if (j >= 0 && d.IsWord(j) && SpeechLexicon.IsDeterminer(d.Word(j)))
        {
            return j == d.Sentences[sentence].Start || d.IsPunct(j - 1, ',');
        }

        return j < d.Sentences[sentence].Start || !d.IsWord(j) || d.Toks[j].Capital;
    }
}

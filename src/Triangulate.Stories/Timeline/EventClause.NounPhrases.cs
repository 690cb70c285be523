using Triangulate.Core.Model;

namespace Triangulate.Stories.Timeline;

/// <summary>The noun phrases of an event clause: its subject, the antecedent a pronoun stands for, and its object.</summary>
internal static partial class EventClause
{
    /// <summary>
    /// The subject before <paramref name="end"/>: the noun-phrase chain that ends there ("A section of the Ferrán
    /// footbridge over the Sable River in Port Alcena"), reduced to its head and one "of" phrase ("section of the
    /// Ferrán footbridge"), without a leading determiner and without the dated expression itself.
    /// </summary>
    private static List<int> Subject(List<Word> words, int from, int end, TextSpan expression)
    {
        var k = end - 1;
        while (k >= from && (words[k].Tag == "RB" || words[k].Span.Overlaps(expression) || IsPreposition(words[k]) && k + 1 < end && words[k + 1].Span.Overlaps(expression)))
        {
            k--; // "police also closed", "PATA on Monday published"
        }

        var start = k + 1;
        for (; k >= from; k--)
        {
            var tag = words[k].Tag;
            if (words[k].Span.Overlaps(expression) || !(IsNominal(tag) || tag is "DT" or "PRP$" or "VBN" or "VBG" or "PRP" || IsPreposition(words[k])))
            {
                break;
            }

            start = k;
            if (tag == "PRP")
            {
                break;
            }
        }

        var last = start;
        while (last < end && last <= k + MaxChain && !words[last].Span.Overlaps(expression))
        {
            last++;
        }

        return Head(words, start, Math.Min(last, end));
    }

    /// <summary>The head noun phrase of a chain, with one "of" phrase after a short head.</summary>
    private static List<int> Head(List<Word> words, int start, int end)
    {
        var result = new List<int>();
        var k = start;
        while (k < end && words[k].Tag is "DT" or "IN" or "POS")
        {
            k++; // "the", a stray preposition, the "'s" of a dated owner ("last Tuesday's vote")
        }

        for (; k < end && (IsNominal(words[k].Tag) || words[k].Tag is "PRP" or "PRP$"); k++)
        {
            result.Add(k);
        }

        if (result.Count is > 0 and <= 2 && k < end && words[k].Text == "of")
        {
            var of = result.Count;
            result.Add(k++);
            for (; k < end && (IsNominal(words[k].Tag) || words[k].Tag is "DT" or "PRP$"); k++)
            {
                result.Add(k);
            }

            if (result.Count == of + 1 || words[result[^1]].Tag is "DT" or "PRP$")
            {
                result.RemoveRange(of, result.Count - of); // "the first quarter of this year": the dated year leaves "of" with no noun
            }
        }

        return LastWords(words, result, MaxSubjectWords);
    }

    /// <summary>
    /// The last <paramref name="max"/> written words of a phrase: a possessive "'s" is part of its owner's word
    /// ("Ecuador's"), so it neither counts nor is left to open the phrase ("'s oil minister").
    /// </summary>
    private static List<int> LastWords(List<Word> words, List<int> phrase, int max)
    {
        var start = phrase.Count;
        for (var count = 0; start > 0 && (count < max || words[phrase[start - 1]].Tag == "POS"); start--)
        {
            if (words[phrase[start - 1]].Tag != "POS")
            {
                count++;
            }
        }

        while (start < phrase.Count && words[phrase[start]].Tag == "POS")
        {
            start++;
        }

        return start == 0 ? phrase : phrase.GetRange(start, phrase.Count - start);
    }

    private const int MaxChain = 40;

    private static bool IsNominal(string tag) => tag is "NN" or "NNS" or "NNP" or "NNPS" or "JJ" or "JJR" or "JJS" or "CD" or "POS";

    private static bool IsPreposition(Word w) => w.Tag == "IN" && w.Text is "of" or "in" or "on" or "at" or "over" or "near" or "from" or "for" or "with" or "by"
        or "under" or "across" or "along" or "around" or "between" or "into" or "outside" or "inside" or "within" or "throughout" or "behind" or "beside";

    /// <summary>The subject before a clause that opens after an appositive or parenthesis ("PATA, known as PATA, on
    /// Monday published…", "Núñez (no relation) spent…").</summary>
    private static List<int> SubjectBefore(List<Word> words, int from, TextSpan expression)
    {
        var k = from - 1;
        if (k < 0 || words[k].Text is not ("," or ")"))
        {
            return [];
        }

        var comma = k;
        var opener = words[k].Text == ")" ? "(" : ",";
        for (k--; k >= 0 && words[k].Text != opener; k--)
        {
        }

        // "The 64-metre footbridge, built in 1987, links…": with no opener, the phrase before the comma governs.
        return Subject(words, 0, k > 0 ? k : comma, expression);
    }

    /// <summary>The opening words of a quotation that opens the sentence, in quotation marks.</summary>
    private static string Quoted(List<Word> words)
    {
        var inner = new List<string>();
        var start = IsQuoteMark(words[0].Text) ? 1 : 0;
        for (var k = start; k < words.Count && k < start + MaxQuotedWords && !IsQuoteMark(words[k].Text); k++)
        {
            inner.Add(words[k].Text);
        }

        var text = Join(inner).TrimEnd(',', '.', ' ');
        return text.Length == 0 ? string.Empty : "\u201c" + text + (inner.Count == MaxQuotedWords ? "\u2026" : string.Empty) + "\u201d";
    }

    private const int MaxQuotedWords = 10;

    private static bool EndsSentence(List<Word> words, int to) => to >= words.Count || (to == words.Count - 1 && words[to].Tag == ".");

    private static int FirstMark(List<Word> words) => words.FindIndex(w => ClauseBounds.IsMark(w.Text));

    /// <summary>The nominal words ending at <paramref name="end"/> (exclusive): the noun a relative clause hangs on.</summary>
    private static List<int> LastNoun(List<Word> words, int end)
    {
        var result = new List<int>();
        for (var k = end - 1; k >= 0 && IsNominal(words[k].Tag) && result.Count < MaxSubjectWords; k--)
        {
            result.Insert(0, k);
        }

        return result;
    }

    private static List<int> LastName(List<Word> words, int end)
    {
        var k = end - 1;
        while (k >= 0 && words[k].Tag is not ("NNP" or "NNPS"))
        {
            k--;
        }

        var result = new List<int>();
        for (; k >= 0 && words[k].Tag is "NNP" or "NNPS" && result.Count < MaxSubjectWords; k--)
        {
            result.Insert(0, k);
        }

        return result;
    }

    /// <summary>The subject of the verb group before a coordinating conjunction at <paramref name="conjunction"/>.</summary>
    private static List<int> SharedSubject(List<Word> words, int conjunction, TextSpan expression)
    {
        for (var k = conjunction - 1; k >= 0; k--)
        {
            if (IsMainVerb(words, k))
            {
                var start = k;
                while (start > 0 && (IsAuxiliary(words[start - 1]) || (words[start - 1].Tag is "RB" or "JJ" && start > 1 && IsAuxiliary(words[start - 2]))))
                {
                    start--;
                }

                return Subject(words, 0, start, expression);
            }
        }

        return [];
    }

    /// <summary>"Núñez said she would…": the subject of the reporting verb before the pronoun.</summary>
    private static List<int>? Antecedent(List<Word> words, int pronoun, TextSpan expression)
    {
        for (var k = pronoun - 2; k >= 0; k--)
        {
            if (IsReporting(words[k]))
            {
                var subject = Subject(words, 0, k, expression);
                return subject.Count > 0 && words[subject[0]].Tag != "PRP" ? subject : null;
            }
        }

        return null;
    }

    private static List<int> Object(List<Word> words, int from, int to, TextSpan expression)
    {
        var result = new List<int>();
        for (var k = from; k < to && result.Count < MaxObjectWords; k++)
        {
            var w = words[k];
            if (w.Span.Overlaps(expression) || (k > from && words[k - 1].Span.Overlaps(expression) && IsDayPart(w.Text)))
            {
                if (result.Count > 0 && words[result[^1]].Tag is "IN" or "TO")
                {
                    result.RemoveAt(result.Count - 1); // "on Thursday" goes with its preposition
                }

                continue;
            }

            if (w.Tag is "WDT" or "WP" or "WRB" or "CC" or "." or "," or ":" || w.Text is "that" or "because" or "while" or "after" or "before" or "when" or "as" or "if" or "\"" or "\u201c" or "\u201d")
            {
                break;
            }

            if ((result.Count == 0 || (k > from && words[k - 1].Span.Overlaps(expression))) && w.Tag is "VBD" or "VBZ" or "VBP" or "MD")
            {
                break; // "the quake that struck late Friday rose to 2,012": a finite verb right after is the main clause's
            }

            result.Add(k);
        }

        while (result.Count > 0 && words[result[^1]].Tag is "IN" or "TO" or "DT" or "CC" or "PRP$" or "POS" or "," or ":" or ".")
        {
            result.RemoveAt(result.Count - 1);
        }

        // "said late on Saturday": an adverb alone is no object.
        if (result.TrueForAll(i => words[i].Tag is "RB" or "RBR" or "RBS") || (result.Count == 1 && words[result[0]].Tag == "JJ"))
        {
            result.Clear();
        }

        return result;
    }
}

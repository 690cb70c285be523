using Triangulate.Core.Annotations;
using Triangulate.Core.Model;

namespace Triangulate.Stories.Timeline;

/// <summary>
/// The event a dated expression dates, as a short clause a reader understands: the subject's noun phrase, the
/// verb group (auxiliaries kept, so a passive or a plan reads as one), and a few words of its object, read from
/// the part-of-speech tags of the expression's clause. "The city council will debate the motion at an emergency
/// session on Thursday" → "city council will debate the motion at an emergency session". A pronoun subject after
/// a reporting verb takes that verb's subject ("Núñez said she would table a motion" → "Núñez would table a
/// motion"); a pronoun with no antecedent in the sentence, or a clause with no verb, gives no clause (empty).
/// </summary>
internal static class EventClause
{
    private const int MaxSubjectWords = 5;
    private const int MaxObjectWords = 7;

    public static string Around(Article article, TextSpan sentence, TextSpan expression)
    {
        var words = Tagged(article, sentence);
        if (words.Count == 0)
        {
            return string.Empty;
        }

        var at = words.FindIndex(w => w.Span.Overlaps(expression));
        if (at < 0)
        {
            return string.Empty;
        }

        var (from, to) = Clause(words, at);
        var clause = Build(words, from, to, expression);

        // A fronted time adverbial ("On Saturday, the footbridge collapsed") has its verb in the next clause.
        return clause.Length > 0 || (from == 0 && to == words.Count) ? clause : Build(words, 0, words.Count, expression);
    }

    private static string Build(List<Word> words, int from, int to, TextSpan expression)
    {
        var verb = FindVerb(words, from, to, expression);
        if (verb < 0)
        {
            return string.Empty;
        }

        var groupStart = verb;
        while (groupStart > from && (IsAuxiliary(words[groupStart - 1])
            || (words[groupStart - 1].Tag is "RB" or "JJ" && groupStart - 2 >= from && IsAuxiliary(words[groupStart - 2]))))
        {
            groupStart--; // "had last been inspected"
        }

        var groupEnd = verb;
        while (groupEnd + 1 < to && (words[groupEnd + 1].Tag == "RP" || (IsVerbTag(words[groupEnd + 1].Tag) && IsAuxiliary(words[groupEnd]))))
        {
            groupEnd++;
        }

        var subject = Subject(words, from, groupStart, expression);
        if (subject.Count == 1 && words[subject[0]].Tag == "PRP")
        {
            if (Antecedent(words, groupStart, expression) is { } antecedent)
            {
                subject = antecedent;
            }
            else if (IsReporting(words[verb]))
            {
                return string.Empty; // '"…," she told me on Sunday': a conversation, not an event
            }
        }
        else if (subject.Count == 0 && from > 0 && words[from].Tag is "WDT" or "WP")
        {
            // "the market, which draws thousands" → market; "Lucía Núñez, the opposition leader, who spent…" → the
            // nearest name before a "who".
            subject = words[from].Tag == "WP" ? LastName(words, from) : LastNoun(words, from - 1);
        }

        if (subject.Count == 0 && groupStart > 0 && words[groupStart - 1].Tag == "CC")
        {
            subject = SharedSubject(words, groupStart - 1, expression); // "the bridge had been inspected … and had carried a limit"
        }

        if (subject.Count == 0)
        {
            subject = SubjectBefore(words, from, expression);
        }

        var obj = Object(words, groupEnd + 1, to, expression);
        if (obj.Count == 0 && IsReporting(words[verb]) && groupStart == verb && EndsSentence(words, to) && FirstMark(words) is > 1 and var first && first < from)
        {
            // 'The toll has risen to 16, up from 14, the health department said this Monday': the event is what
            // was said, the sentence's first clause.
            var said = IsQuoteMark(words[0].Text) || words.Skip(first).Take(verb - first).Any(w => IsQuoteMark(w.Text))
                ? Quoted(words)
                : Build(words, 0, first, default);
            if (said.Length > 0)
            {
                return Join([.. subject.Select(i => words[i].Text), words[verb].Text, said]);
            }
        }

        if (subject.Count == 0 && obj.Count == 0)
        {
            return string.Empty; // a lone verb ("closed") is a fragment, not an event
        }

        var parts = new List<string>();
        parts.AddRange(subject.Select(i => words[i].Text));
        for (var k = groupStart; k <= groupEnd; k++)
        {
            if (!words[k].Span.Overlaps(expression))
            {
                parts.Add(words[k].Text);
            }
        }

        parts.AddRange(obj.Select(i => words[i].Text));
        return Join(parts);
    }

    /// <summary>The main verb nearest before the expression in the clause, else the first one after it.</summary>
    private static int FindVerb(List<Word> words, int from, int to, TextSpan expression)
    {
        if (expression.Length == 0)
        {
            // A clause read for what was said: its first finite verb ("the number of people injured … has risen"
            // skips the participle "injured"), else its first verb.
            for (var k = from; k < to; k++)
            {
                if (words[k].Tag is "VBD" or "VBZ" or "VBP" or "MD")
                {
                    for (var v = k; v < to; v++)
                    {
                        if (IsMainVerb(words, v))
                        {
                            return v;
                        }
                    }
                }
            }

            for (var k = from; k < to; k++)
            {
                if (IsMainVerb(words, k))
                {
                    return k;
                }
            }

            return -1;
        }

        var at = from;
        while (at < to && !words[at].Span.Overlaps(expression))
        {
            at++;
        }

        // The nearest finite verb before the expression leads its group ("would add", "were still sweeping");
        // a stray verb tag after it ("reopened to pedestrians/VB") does not win over it.
        for (var k = Math.Min(at, to) - 1; k >= from; k--)
        {
            if (words[k].Tag is "VBD" or "VBZ" or "VBP" or "MD")
            {
                for (var v = k; v < Math.Min(at, to); v++)
                {
                    if (IsMainVerb(words, v))
                    {
                        return v;
                    }
                }
            }
        }

        for (var k = Math.Min(at, to) - 1; k >= from; k--)
        {
            if (IsMainVerb(words, k))
            {
                return k;
            }
        }

        for (var k = at; k < to; k++)
        {
            if (IsMainVerb(words, k) && !words[k].Span.Overlaps(expression))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>A verb that is not an auxiliary of a verb right after it, and not an adjective-like participle
    /// after a determiner ("the planned repair").</summary>
    private static bool IsMainVerb(List<Word> words, int k)
    {
        var w = words[k];
        if (!IsVerbTag(w.Tag) && w.Tag != "MD")
        {
            return false;
        }

        if (IsAuxiliary(w) && k + 1 < words.Count && (IsVerbTag(words[k + 1].Tag) || words[k + 1].Tag == "RB" && k + 2 < words.Count && IsVerbTag(words[k + 2].Tag)))
        {
            return false;
        }

        return w.Tag != "MD" && !(k > 0 && words[k - 1].Tag is "DT" or "PRP$" && w.Tag is "VBN" or "VBG");
    }

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
            result.Add(k++);
            for (; k < end && (IsNominal(words[k].Tag) || words[k].Tag is "DT" or "PRP$"); k++)
            {
                result.Add(k);
            }
        }

        return result.Count > MaxSubjectWords ? result.GetRange(result.Count - MaxSubjectWords, MaxSubjectWords) : result;
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

    private static int FirstMark(List<Word> words) => words.FindIndex(w => IsMark(w.Text));

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

    private static (int From, int To) Clause(List<Word> words, int at)
    {
        var from = at;
        while (from > 0 && !IsMark(words[from - 1].Text))
        {
            from--;
        }

        var to = at;
        while (to < words.Count && !IsMark(words[to].Text))
        {
            to++;
        }

        return (from, to);
    }

    private static List<Word> Tagged(Article article, TextSpan sentence)
    {
        var result = new List<Word>();
        var tags = article.Annotations.Get(Layers.PartsOfSpeech);

        // Tags are in text order: find the sentence's first by bisection, not by walking the article.
        int lo = 0, hi = tags.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tags[mid].Span.Start < sentence.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var k = lo; k < tags.Count && tags[k].Span.Start < sentence.End; k++)
        {
            result.Add(new Word(article.Slice(tags[k].Span), tags[k].Tag, tags[k].Span));
        }

        return result;
    }

    private static string Join(List<string> parts)
    {
        var text = string.Join(' ', parts);
        return text.Replace(" 's", "'s", StringComparison.Ordinal).Replace(" \u2019s", "\u2019s", StringComparison.Ordinal)
            .Replace(" n't", "n't", StringComparison.Ordinal).Replace(" ,", ",", StringComparison.Ordinal);
    }

    private static bool IsQuoteMark(string w) => w is "\"" or "\u201c" or "\u201d" or "''" or "``";

    private static bool IsDayPart(string w) => w.ToLowerInvariant() is "morning" or "mornings" or "afternoon" or "afternoons" or "evening" or "evenings" or "night" or "nights";

    private static bool IsVerbTag(string tag) => tag.StartsWith("VB", StringComparison.Ordinal);

    private static bool IsAuxiliary(Word w) =>
        w.Tag == "MD" || (w.Tag == "RB" && w.Text is "not" or "n't" or "never")
        || w.Text.ToLowerInvariant() is "is" or "are" or "was" or "were" or "be" or "been" or "being" or "am" or "has" or "have" or "had" or "do" or "does" or "did" or "will" or "would" or "'s";

    private static bool IsReporting(Word w) => w.Text.ToLowerInvariant() is "said" or "says" or "told" or "tells" or "added" or "announced" or "stated";

    private static bool IsMark(string w) => w is "," or ";" or ":" or "(" or ")" or "\u2014" or "\u2013" or "--";

    private readonly record struct Word(string Text, string Tag, TextSpan Span);
}

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
internal static partial class EventClause
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

        var noun = DatedNoun(words, at) is { Length: > 0 } before ? before : PossessedNoun(words, at, expression);
        if (noun.Length > 0)
        {
            return noun;
        }

        var (from, to) = ClauseBounds.Around(words, at, static w => w.Text);
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
        else if (subject.Count == 0 && groupStart - 2 >= from && words[groupStart - 1].Text is "that" or "which"
            && words[groupStart - 2].Tag is "NN" or "NNS" or "NNP" or "NNPS")
        {
            // "the earthquake that struck late Friday" → earthquake (the tagger often reads this "that" as IN).
            subject = LastNoun(words, groupStart - 1);
        }
        else if (subject.Count == 0 && groupStart - 1 >= from && words[groupStart - 1].Text is "which" or "that" && DatedAntecedentEnd(words, groupStart - 1, expression) is > 0 and var nounEnd)
        {
            // "The quake on Thursday, which registered six, …" → quake: the date and its comma sit between.
            subject = LastNoun(words, nounEnd);
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

    private readonly record struct Word(string Text, string Tag, TextSpan Span);
}

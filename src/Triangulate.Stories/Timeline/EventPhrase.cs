using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Triangulate.Core.Model;

namespace Triangulate.Stories.Timeline;

/// <summary>
/// A short event phrase (subject + predicate + a few object words) from the clause around a date:
/// "In a memo sent to the governor on 3 March, ..." → "memo sent to the governor".
/// </summary>
internal static partial class EventPhrase
{
    private const int MaxObjectWords = 5;
    private const int MaxSubjectWords = 4;

    private static readonly FrozenSet<string> Auxiliaries = new[]
    {
        "was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "will", "would", "could", "should", "may", "might",
        "did", "does", "do", "reportedly", "also", "then", "later", "first", "not",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> SentenceAdverbs = new[]
    {
        "reportedly", "also", "then", "later", "first", "allegedly",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Leading = new[]
    {
        "in", "on", "at", "by", "since", "until", "during", "from", "a", "an", "the", "and", "but", "as", "when", "after", "before",
        "that", "which", "who", "while", "of", "to", "for", "with", "it", "its",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> ClauseOpeners = new[]
    {
        "who", "whose", "whom", "which", "that", "when", "while", "where", "because", "and", "but", "although", "though", "if",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Prepositions = new[]
    {
        "on", "in", "at", "by", "since", "until", "during", "from", "through", "before", "after", "for",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> IrregularPast = new[]
    {
        "sent", "met", "held", "took", "made", "gave", "told", "said", "began", "went", "came", "left", "struck", "hit", "won", "lost",
        "spoke", "wrote", "sought", "brought", "bought", "fought", "led", "fled", "rose", "fell", "shot", "saw", "ran", "became",
        "chose", "drove", "flew", "grew", "knew", "paid", "put", "set", "sold", "stood", "withdrew", "broke", "beat", "built", "caught",
        "cut", "found", "kept", "meant", "quit", "read", "sank", "split", "spent", "swore", "threw", "woke", "wore", "dated",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’\-\.]*[\p{L}\p{N}]|[\p{L}\p{N}]|[,;:()—–]", RegexOptions.None)]
    private static partial Regex WordRegex();

    /// <summary>The event phrase of the clause holding <paramref name="expression"/> inside <paramref name="sentence"/>.</summary>
    public static string Around(string text, TextSpan sentence, TextSpan expression)
    {
        var words = Words(text, sentence);
        var (from, to) = Clause(words, expression);
        var phrase = FromClause(words, from, to, expression);

        // A fronted time adverbial ("This Monday, the US designated ...") has its verb in the next clause.
        return phrase.Length > 0 || (from == 0 && to == words.Count) ? phrase : FromClause(words, 0, words.Count, expression);
    }

    private static string FromClause(List<(string Text, TextSpan Span)> words, int from, int to, TextSpan expression)
    {
        var clause = new List<(string Text, TextSpan Span)>();
        var at = -1;
        for (var k = from; k < to; k++)
        {
            var w = words[k];
            var beforeExpression = k + 1 < to && words[k + 1].Span.Overlaps(expression) && Prepositions.Contains(w.Text);
            if (w.Span.Overlaps(expression))
            {
                at = at < 0 ? clause.Count : at;
            }
            else if (!beforeExpression)
            {
                clause.Add(w);
            }
        }

        var verb = NearestVerb(clause, at < 0 ? clause.Count : at);
        if (verb < 0)
        {
            return string.Empty; // a verbless clause ("in Paraguay earlier this month") names no event
        }

        var subjectStart = 0;
        for (var k = verb - 1; k >= 0; k--)
        {
            if (IsVerb(clause[k].Text) || ClauseBounds.IsMark(clause[k].Text))
            {
                subjectStart = k + 1;
                break;
            }
        }

        // Tense, passive and negation auxiliaries stay ("she had been wrongly held", "was not sent"):
        // without them a passive reads as active and a denial as a fact. Only sentence adverbs go.
        var subject = Trim(clause.Skip(subjectStart).Take(verb - subjectStart).Select(w => w.Text).Where(t => !SentenceAdverbs.Contains(t))).ToList();
        while (subject.Count > 0 && Leading.Contains(subject[^1]))
        {
            subject.RemoveAt(subject.Count - 1);
        }

        var obj = clause.Skip(verb + 1).Take(MaxObjectWords).Select(w => w.Text)
            .TakeWhile(t => !Auxiliaries.Contains(t) && !ClauseBounds.IsMark(t) && !ClauseOpeners.Contains(t) && t is not ("“" or "\"")).ToList();
        while (obj.Count > 0 && Leading.Contains(obj[^1]))
        {
            obj.RemoveAt(obj.Count - 1);
        }

        return string.Join(' ', [.. subject.TakeLast(MaxSubjectWords), clause[verb].Text, .. obj]);
    }

    /// <summary>The verb closest before the expression's place in the clause, else the first one after it.</summary>
    private static int NearestVerb(List<(string Text, TextSpan Span)> clause, int at)
    {
        for (var k = Math.Min(at, clause.Count) - 1; k >= 0; k--)
        {
            if (IsVerb(clause[k].Text) || (k > 0 && IsBaseVerbAfterModal(clause[k - 1].Text, clause[k].Text)))
            {
                return k;
            }

            // "sending them in March": a participle right before the date carries the event.
            if (k >= at - 3 && IsParticiple(clause[k].Text))
            {
                return k;
            }
        }

        for (var k = at; k < clause.Count; k++)
        {
            if (IsVerb(clause[k].Text))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>A named event phrase such as "a US strike on a vessel", without its leading article.</summary>
    public static string Named(string text, TextSpan span)
    {
        var words = Words(text, span).Select(w => w.Text).TakeWhile(t => !Auxiliaries.Contains(t) && !IsVerb(t)).ToList();
        return string.Join(' ', Trim(words).Take(8));
    }

    /// <summary>Lower-cased content words, lightly stemmed, for comparing events across articles.</summary>
    public static HashSet<string> Keywords(string phrase)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in WordRegex().Matches(phrase))
        {
            var w = m.Value.ToLowerInvariant().Replace("’s", string.Empty, StringComparison.Ordinal).Replace("'s", string.Empty, StringComparison.Ordinal);
            if (w.Length < 3 || Leading.Contains(w) || Auxiliaries.Contains(w))
            {
                continue;
            }

            set.Add(w.Length > 4 && w.EndsWith('s') ? w[..^1] : w);
        }

        return set;
    }

    /// <summary>A word that opens a verb group in an event phrase: an auxiliary or modal, or a past or -s form.</summary>
    /// <summary>"was", "will", "had": a word that helps a verb without naming what happened.</summary>
    public static bool IsAuxiliary(string w) => Auxiliaries.Contains(w);

    public static bool IsVerbLike(string w) => Auxiliaries.Contains(w) && w is not ("reportedly" or "also" or "then" or "later" or "first" or "not") || IsVerb(w);

    private static bool IsVerb(string w) =>
        IrregularPast.Contains(w) || (w.Length > 4 && char.IsLower(w[0]) && w.EndsWith("ed", StringComparison.Ordinal) && !w.EndsWith("eed", StringComparison.Ordinal))
        || w is "announces" or "says" or "meets" or "visits" or "signs" or "launches" or "releases";

    /// <summary>"will debate", "would meet": scheduled and planned events have their verb in the base form after a
    /// modal, which the past-tense test above cannot see.</summary>
    private static bool IsBaseVerbAfterModal(string previous, string w) =>
        previous is "will" or "shall" or "would" or "could" or "may" or "might" or "must"
        && w.Length > 2 && char.IsLower(w[0]) && w.All(char.IsLetter) && w is not ("be" or "have" or "not" or "also" or "then" or "now" or "still");

    private static bool IsParticiple(string w) => w.Length > 5 && char.IsLower(w[0]) && w.EndsWith("ing", StringComparison.Ordinal);

    private static IEnumerable<string> Trim(IEnumerable<string> words)
    {
        var list = words.Where(w => !ClauseBounds.IsMark(w)).ToList();
        var start = 0;
        while (start < list.Count && Leading.Contains(list[start]))
        {
            start++;
        }

        return list.Skip(start);
    }

    private static List<(string Text, TextSpan Span)> Words(string text, TextSpan span)
    {
        var list = new List<(string, TextSpan)>();
        foreach (Match m in WordRegex().Matches(text.Substring(span.Start, span.Length)))
        {
            list.Add((m.Value, new TextSpan(span.Start + m.Index, m.Length)));
        }

        return list;
    }

    /// <summary>The words between the clause marks around the expression.</summary>
    private static (int From, int To) Clause(List<(string Text, TextSpan Span)> words, TextSpan expression)
    {
        var at = words.FindIndex(w => w.Span.Overlaps(expression));
        if (at < 0)
        {
            return (0, words.Count);
        }

        return ClauseBounds.Around(words, at, static w => w.Text);
    }
}

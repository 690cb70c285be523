using System.Globalization;
using Triangulate.Core.Annotations;
using Triangulate.Core.Dossier;
using Triangulate.Core.Model;
using Triangulate.Nlp.Sentences;

namespace Triangulate.Stories.Timeline;

/// <summary>
/// Places a story's events on dates. Every dated expression (day, month or year precision) yields an event
/// phrase from its clause; a duration tied to an event ("four days after a US strike" next to "dated
/// September 6") yields that event on the date the text implies. Events on the same date with similar words
/// are merged across articles, keeping every article's evidence. Entries come sorted by date.
/// </summary>
/// <param name="tagDates">
/// Supplies temporal expressions for an article without a dates layer (Stories does not reference Nlp; the
/// host passes e.g. the TemporalTagger). Null: such articles contribute nothing.
/// </param>
public sealed class TimelineBuilder(Func<Article, IReadOnlyList<TimeExpression>>? tagDates = null)
{
    /// <summary>Share of the smaller event's keywords that must recur in the other for two events to merge (hand-set on the seeds).</summary>
    public const double MergeOverlap = 0.3;

    /// <summary>Overlap at which two events on different dates count as the same event reported differently.</summary>
    public const double ConflictOverlap = 0.6;

    private const int MaxEvidenceChars = 320;

    public List<DossierTimelineEntry> Build(IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var events = new List<TimelineEvent>();
        foreach (var article in articles)
        {
            var dates = article.Annotations.Has(Layers.Dates) ? article.Annotations.Get(Layers.Dates) : tagDates?.Invoke(article) ?? [];
            if (dates.Count == 0)
            {
                continue;
            }

            var sentences = ArticleSentences.For(article);
            foreach (var t in dates)
            {
                AddEvents(article, sentences, t, events);
            }
        }

        var merged = Merge(events);
        merged.Sort(static (a, b) => string.CompareOrdinal(a.Date, b.Date));
        return merged.Select(m => m.ToEntry()).ToList();
    }

    /// <summary>
    /// Events that outlets date differently: one conflict of kind "date" per event, one side per date
    /// (<see cref="DateConflicts"/>). Two statements by different speakers are never one event.
    /// </summary>
    /// <param name="publishedOf">The publication day of an article id, when known: a date still ahead when its
    /// articles were written ("will debate the motion on Thursday") names a planned event, which a date already
    /// past in other articles ("argued during the October 14 debate") does not contradict.</param>
    public static List<DossierConflict> FindDateConflicts(IReadOnlyList<DossierTimelineEntry> entries, Func<string, DateOnly?>? publishedOf = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return DateConflicts.Find(entries, publishedOf);
    }

    private static void AddEvents(Article article, IReadOnlyList<TextSpan> sentences, TimeExpression t, List<TimelineEvent> events)
    {
        var sentence = SentenceOf(sentences, t.Span) ?? t.Span;
        if (t.EventValue is { } implied && TimexDate(implied) is { } eventDate && t.EventSpan is { } named)
        {
            var signalEnd = named.Start;
            var expression = article.Text[t.Span.Start..signalEnd].TrimEnd();
            events.Add(new TimelineEvent(eventDate.Date, eventDate.Precision, EventPhrase.Named(article.Text, named), expression, article.Id, Evidence(article, sentence)));
        }

        if (t.Type is not ("DATE" or "TIME") || TimexDate(t.Value) is not { } date || IsYearLabel(article.Text, t.Span, date.Precision))
        {
            return;
        }

        // Tagged text gives a clause ("city council will debate the motion"); untagged text (an article built
        // without the pipeline's part-of-speech stage) keeps the word-shape reading.
        var phrase = article.Annotations.Has(Layers.PartsOfSpeech)
            ? EventClause.Around(article, sentence, t.Span)
            : EventPhrase.Around(article.Text, sentence, t.Span);
        if (phrase.Length == 0)
        {
            return;
        }

        events.Add(new TimelineEvent(date.Date, date.Precision, phrase, article.Slice(t.Span), article.Id, Evidence(article, sentence)));
    }

    private static readonly HashSet<string> LabelOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "next", "last",
    };

    /// <summary>
    /// A year used as a label, not as the date of an event: "the 1987 crossing", "Núñez's 2026 budget" (a
    /// determiner or possessive before, a lower-case noun after). The expression stays in the dates layer;
    /// it just dates nothing on the timeline.
    /// </summary>
    private static bool IsYearLabel(string text, TextSpan span, string precision)
    {
        if (precision != "year" || span.End + 1 >= text.Length || text[span.End] != ' ' || !char.IsLower(text[span.End + 1]))
        {
            return false;
        }

        var before = span.Start - 1;
        if (before < 1 || text[before] != ' ')
        {
            return false;
        }

        var wordEnd = before;
        var wordStart = wordEnd;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] is '\'' or '\u2019'))
        {
            wordStart--;
        }

        var word = text[wordStart..wordEnd];
        return LabelOpeners.Contains(word) || word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal);
    }

    /// <summary>A calendar date from a TIMEX3 value ("2025-09-06", "2025-09", "2025", "2025-09-06T10:41"), or null.</summary>
    internal static (string Date, string Precision)? TimexDate(string? value)
    {
        if (value is null || value.Length < 4 || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return null;
        }

        if (value.Length >= 10 && char.IsDigit(value[8]) && char.IsDigit(value[9]) && value[7] == '-')
        {
            return (value[..10], "day");
        }

        if (value.Length == 7 && char.IsDigit(value[5]))
        {
            return (value, "month");
        }

        return value.Length == 4 ? (value, "year") : null;
    }

    /// <summary>The first sentence holding or overlapping <paramref name="span"/>. Sentences are sorted and do not
    /// overlap, so their ends ascend too: the search starts at the first one ending after the span's start (found by
    /// binary search) instead of scanning every sentence for every date of a long text.</summary>
    private static TextSpan? SentenceOf(IReadOnlyList<TextSpan> sentences, TextSpan span)
    {
        int low = 0, high = sentences.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (sentences[mid].End <= span.Start)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        // One step back: a sentence ending exactly where an empty span starts still holds it.
        for (var i = Math.Max(0, low - 1); i < sentences.Count && sentences[i].Start <= span.End; i++)
        {
            if (sentences[i].Contains(span) || sentences[i].Overlaps(span))
            {
                return sentences[i];
            }
        }

        return null;
    }

    private static Evidence Evidence(Article article, TextSpan sentence)
    {
        var length = Math.Min(sentence.Length, MaxEvidenceChars);
        return new Evidence(article.Id, sentence.Start, length, article.Text.Substring(sentence.Start, length));
    }

    private static List<TimelineEvent> Merge(List<TimelineEvent> events)
    {
        var merged = new List<TimelineEvent>();
        var fragments = new List<TimelineEvent>();
        foreach (var e in events)
        {
            if (e.Keywords.Count < 2)
            {
                fragments.Add(e); // "the vote", "closed": placed below, beside a fuller event of its date if any
                continue;
            }

            var into = merged.Find(m => m.Date == e.Date && Overlap(m.Keywords, e.Keywords) >= MergeOverlap);
            if (into is null)
            {
                merged.Add(e);
            }
            else
            {
                into.Absorb(e);
            }
        }

        foreach (var f in fragments)
        {
            // A one-word event ("four days after the vote") names what a fuller entry of that date tells: the
            // fragment's evidence joins the entry reported by most articles; alone on its date, it stays.
            var into = merged.Where(m => m.Date == f.Date).MaxBy(m => m.ArticleCount);
            if (into is null)
            {
                merged.Add(f);
            }
            else
            {
                into.Absorb(f);
            }
        }

        return merged;
    }

    internal static double Overlap(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var shared = 0;
        foreach (var w in a)
        {
            shared += b.Contains(w) ? 1 : 0;
        }

        return (double)shared / Math.Min(a.Count, b.Count);
    }
}

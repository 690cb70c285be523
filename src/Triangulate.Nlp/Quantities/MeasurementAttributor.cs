using System.Globalization;
using Triangulate.Core.Annotations;
using Triangulate.Core.Model;

namespace Triangulate.Nlp.Quantities;

/// <summary>
/// Who gave each figure and when it held, from the article's other layers: the speaker of the reported speech that
/// holds it ("…, city officials said"), else "according to X" in its sentence; the date its sentence gives for the
/// figure ("as of Monday", "said on Monday"), else the article's publication time.
/// </summary>
internal static class MeasurementAttributor
{
    private const int MaxSourceWords = 8;
    private const int MaxSaidWords = 10;

    public static List<QuantityAnnotation> Attribute(Article article, IReadOnlyList<QuantityAnnotation> quantities)
    {
        var quotes = article.Annotations.Get(Layers.Quotes);
        var sentences = article.Annotations.Get(Layers.Sentences);
        var dates = article.Annotations.Get(Layers.Dates);
        var published = article.Metadata.Published;
        var result = new List<QuantityAnnotation>(quantities.Count);
        foreach (var q in quantities)
        {
            if (!CountedKeys.IsTracked(q.Counted))
            {
                result.Add(published is null ? q : q with { AsOf = published });
                continue;
            }

            var sentence = SentenceOf(sentences, q.Span) ?? q.Span;
            result.Add(q with
            {
                Source = ContrastSpeaker(article.Text, sentence, q.Span.Start) ?? SpeakerOf(article, quotes, q.Span) ?? AccordingTo(article.Text, sentence),
                AsOf = DateIn(article.Text, dates, sentence, published) ?? published,
                // An earlier event outranks a place: "killed 31,000 in the city of Bam in 2003" is not this story's toll.
                Scope = OtherEventScope.Find(article.Text, sentence, SentenceBefore(sentences, sentence), q.Span.Start, published)
                    ?? ShockScope.Find(article.Text, sentence, q) ?? q.Scope,
            });
        }

        return result;
    }

    private static TextSpan? SentenceBefore(IReadOnlyList<Sentence> sentences, TextSpan sentence)
    {
        TextSpan? before = null;
        foreach (var s in sentences)
        {
            if (s.Span.End > sentence.Start)
            {
                break;
            }

            before = s.Span;
        }

        return before;
    }

    /// <summary>The sentence that holds the figure, joined with the next ones when the splitter cut inside the figure
    /// (rebuilt text writes "a 6. 4 - magnitude quake", and "6." can end a sentence).</summary>
    private static TextSpan? SentenceOf(IReadOnlyList<Sentence> sentences, TextSpan span)
    {
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i].Span;
            if (sentence.Start <= span.Start && span.Start < sentence.End)
            {
                var end = sentence.End;
                for (var j = i + 1; j < sentences.Count && end < span.End + 1 && sentences[j].Span.Start <= span.End + 1; j++)
                {
                    end = sentences[j].Span.End;
                }

                return TextSpan.FromBounds(sentence.Start, end);
            }
        }

        return null;
    }

    private static string? SpeakerOf(Article article, IReadOnlyList<QuoteAnnotation> quotes, TextSpan span)
    {
        foreach (var quote in quotes)
        {
            if (quote.Span.Contains(span) && quote.Speaker is { } speaker)
            {
                return quote.SpeakerName ?? article.Slice(speaker);
            }
        }

        return null;
    }

    /// <summary>"according to the U.S. Geological Survey" → "the U.S. Geological Survey" (up to the next punctuation mark).</summary>
    private static string? AccordingTo(string text, TextSpan sentence)
    {
        var span = text.AsSpan(sentence.Start, sentence.Length);
        var at = span.IndexOf("according to ", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var rest = span[(at + "according to ".Length)..];
        var end = 0;
        var words = 0;
        while (end < rest.Length && rest[end] is not (',' or ';' or ':' or '(' or ')' or '"' or '\u201c' or '\u201d' or '\u2014' or '\n')
            && !(rest[end] == '.' && (end + 1 >= rest.Length || rest[end + 1] == ' ') && !IsInitial(rest, end)))
        {
            if (rest[end] == ' ' && ++words >= MaxSourceWords)
            {
                break;
            }

            end++;
        }

        var source = rest[..end].Trim();
        return source.Length is > 1 and < 80 ? source.ToString() : null;
    }

    /// <summary>The speaker of a contrasting clause that holds the figure: in "Tehran's seismologic center said the quake
    /// measured 5.9, but the U. S. Geological Survey … said it was a 6.1 temblor" the 6.1 is the survey's, although the
    /// quote stage gives the whole sentence to its first speaker. Null when no ", but" / ";" / "while" / "whereas" clause
    /// opens on "X said" before the figure.</summary>
    private static string? ContrastSpeaker(string text, TextSpan sentence, int figureStart)
    {
        var clause = text.AsSpan(sentence.Start, Math.Max(0, Math.Min(figureStart, sentence.End) - sentence.Start));
        var start = -1;
        foreach (var cut in (ReadOnlySpan<string>)[", but ", "; ", " while ", " whereas "])
        {
            var at = clause.LastIndexOf(cut, StringComparison.Ordinal);
            start = at >= 0 ? Math.Max(start, at + cut.Length) : start;
        }

        if (start < 0)
        {
            return null;
        }

        var part = clause[start..];
        var verb = -1;
        foreach (var said in (ReadOnlySpan<string>)[" said ", " says ", " reported ", " estimated ", " put "])
        {
            var at = part.IndexOf(said, StringComparison.Ordinal);
            verb = at >= 0 && (verb < 0 || at < verb) ? at : verb;
        }

        var subject = verb > 0 ? part[..verb].Trim().TrimEnd(',') : [];
        var named = subject.Length > 2 && (char.IsUpper(subject[0]) || subject.StartsWith("the ", StringComparison.Ordinal));
        return named && subject.Count(' ') < MaxSaidWords && subject.IndexOfAny('"', '\u201c', '\u201d') < 0 ? subject.ToString() : null;
    }

    // "U.S." and "St." inside a name are not the end of the sentence.
    private static bool IsInitial(ReadOnlySpan<char> s, int dot) => dot >= 1 && char.IsUpper(s[dot - 1]) && (dot == 1 || !char.IsLetter(s[dot - 2]) || s[dot - 2] == '.');

    /// <summary>
    /// A day the sentence gives for the figure: after "as of", "by", "as at", "through", or right after a reporting verb
    /// ("said on Monday", "reported Tuesday"). A day after publication is no as-of time.
    /// </summary>
    private static DateTimeOffset? DateIn(string text, IReadOnlyList<TimeExpression> dates, TextSpan sentence, DateTimeOffset? published)
    {
        foreach (var date in dates)
        {
            if (date.Span.Start < sentence.Start || date.Span.End > sentence.End || date.Type != "DATE" || date.Precision != "day" || date.Value is null)
            {
                continue;
            }

            var before = text.AsSpan(sentence.Start, date.Span.Start - sentence.Start).TrimEnd();
            if (!IntroducesAsOf(before)
                || !DateTimeOffset.TryParseExact(date.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var day))
            {
                continue;
            }

            if (published is { } p)
            {
                if (day.Date > p.UtcDateTime.Date)
                {
                    continue;
                }

                if (day.Date == p.UtcDateTime.Date)
                {
                    return p; // the publication time says more than its day
                }
            }

            return day;
        }

        return null;
    }

    private static bool IntroducesAsOf(ReadOnlySpan<char> before)
    {
        foreach (var cue in AsOfCues)
        {
            if (before.EndsWith(cue, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] AsOfCues =
    [
        "as of", "as at", " by", "through", "said on", "said", "said this", "said on this", "reported on", "reported", "announced on", "announced",
        "confirmed on", "confirmed", "told reporters on", "told reporters", "statement on",
    ];
}

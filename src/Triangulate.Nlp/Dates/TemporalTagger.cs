using Triangulate.Core.Annotations;
using Triangulate.Core.Model;

namespace Triangulate.Nlp.Dates;

/// <summary>
/// Finds English temporal expressions in raw text and normalises them TIMEX3-style (DATE, TIME, DURATION,
/// SET) against a reference date — the article's publication date. With no reference date, relative
/// expressions ("last month", "Friday") get a null value: the wall clock is never read.
/// Durations tied to an event by "after"/"before" are resolved against a day-precise date in the same
/// sentence ("dated May 10, three days after a border clash" → the clash on May 7).
/// </summary>
public sealed class TemporalTagger
{
    /// <summary>Longest text tagged (in UTF-16 units); the rest of a longer text is ignored (pathological input must not stall a batch).</summary>
    public const int MaxTextLength = 2_000_000;

    /// <summary>How many earlier expressions of the sentence are searched for an anchor (keeps one huge "sentence" linear).</summary>
    private const int MaxAnchorLookback = 16;

    /// <param name="reference">The publication date, which resolves every relative expression.</param>
    /// <param name="calendarHint">For an undated text, a date near it (its story's) that only places month-and-day
    /// dates in a year ("September 6" → 2025-09-06); day-relative expressions stay unresolved without
    /// <paramref name="reference"/>.</param>
    /// <param name="referenceClock">The publication's local time of day, when known (a date-only source has none).</param>
    public IReadOnlyList<TimeExpression> Tag(string text, DateOnly? reference, DateOnly? calendarHint = null, TimeOnly? referenceClock = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Tag(TokenPieces.Of(text, MaxTextLength), reference, calendarHint, referenceClock);
    }

    /// <summary>As <see cref="Tag(string, DateOnly?, DateOnly?, TimeOnly?)"/> over an article, reading its tokens and
    /// sentences layers when it has them rather than tokenizing again.</summary>
    public IReadOnlyList<TimeExpression> Tag(Article article, DateOnly? reference, DateOnly? calendarHint = null, TimeOnly? referenceClock = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Tag(TokenPieces.Of(article, MaxTextLength), reference, calendarHint, referenceClock);
    }

    internal static IReadOnlyList<TimeExpression> Tag(PiecedText text, DateOnly? reference, DateOnly? calendarHint, TimeOnly? referenceClock)
    {
        var matcher = new TimexMatcher(text, reference, calendarHint, referenceClock);
        var found = matcher.Run();
        if (found.Count == 0)
        {
            return [];
        }

        var sentences = matcher.SentenceIds();
        var result = new List<TimeExpression>(found.Count);
        for (var k = 0; k < found.Count; k++)
        {
            result.Add(Build(matcher, found, k, sentences));
        }

        return result;
    }

    private static TimeExpression Build(TimexMatcher m, List<TimexCandidate> found, int k, int[] sentences)
    {
        var c = found[k];
        var span = TextSpan.FromBounds(m.Token(c.First).Start, m.Token(c.Last).End);
        var value = c.Value;
        string? anchor = null;
        TextSpan? anchorSpan = null;
        string? eventValue = null;
        TextSpan? eventSpan = null;
        var anchorIndex = FindAnchor(found, k, sentences);
        var yearAnchor = anchorIndex < 0 ? FindYearAnchor(found, k, sentences) : -1;
        if (yearAnchor >= 0 && c.Count is >= 1 and < 1000 && c.Count == Math.Floor(c.Count))
        {
            // "third-quarter profit ... a year earlier": the compared period, a year back (TimeBank's reading).
            var a = found[yearAnchor];
            value = TimexValues.ShiftYears(a.Value!, c.Signal == TimexFunction.Later ? (int)c.Count : -(int)c.Count) ?? value;
            anchor = a.Value;
            anchorSpan = TextSpan.FromBounds(m.Token(a.First).Start, m.Token(a.Last).End);
        }
        else if (anchorIndex >= 0 && c.Count is >= 0 and < 1_000_000 && c.Count == Math.Floor(c.Count))
        {
            var a = found[anchorIndex];
            var date = DateOnly.Parse(a.Value![..10], System.Globalization.CultureInfo.InvariantCulture);
            var n = (int)c.Count;
            if (c.Type == "DATE" && c.Signal is TimexFunction.Earlier or TimexFunction.Later)
            {
                // "eight days earlier" after an explicit date counts from that date, not from publication.
                value = TimexValues.Shift(date, c.Unit, c.Signal == TimexFunction.Earlier ? -n : n);
                anchor = a.Value;
                anchorSpan = TextSpan.FromBounds(m.Token(a.First).Start, m.Token(a.Last).End);
            }
            else if (c.Type == "DURATION" && c.Signal is TimexFunction.After or TimexFunction.Before && a.First < c.First)
            {
                // "<X> dated D, four days after <event>": the event is four days before D.
                eventValue = TimexValues.Shift(date, c.Unit, c.Signal == TimexFunction.After ? -n : n);
                anchor = a.Value;
                anchorSpan = TextSpan.FromBounds(m.Token(a.First).Start, m.Token(a.Last).End);
                var (first, last) = m.PhraseAfter(c.Last + 1);
                if (last >= first)
                {
                    eventSpan = TextSpan.FromBounds(m.Token(first).Start, m.Token(last).End);
                }
            }
        }

        return new TimeExpression(span, c.Type, value, TimexValues.PrecisionOf(value), anchor, c.Mod, anchorSpan, eventValue, eventSpan);
    }

    /// <summary>For "a year ago/earlier/later": the nearest earlier calendar DATE (quarter, month, day) in the same sentence.</summary>
    private static int FindYearAnchor(List<TimexCandidate> found, int k, int[] sentences)
    {
        var c = found[k];
        if (c.Type != "DATE" || c.Unit != TimeUnit.Year || c.Signal is not (TimexFunction.Ago or TimexFunction.Earlier or TimexFunction.Later))
        {
            return -1;
        }

        for (var a = k - 1; a >= 0 && a >= k - MaxAnchorLookback; a--)
        {
            var x = found[a];
            if (sentences[x.Last] != sentences[c.First])
            {
                break;
            }

            if (x.Type == "DATE" && x.Signal == TimexFunction.None && x.Value is { Length: >= 7 } v && char.IsDigit(v[0]) && char.IsDigit(v[3]) && v[4] == '-')
            {
                return a;
            }
        }

        return -1;
    }

    /// <summary>The nearest earlier day-precise DATE in the same sentence, for counted expressions that need one.</summary>
    private static int FindAnchor(List<TimexCandidate> found, int k, int[] sentences)
    {
        var c = found[k];
        var anchored = (c.Type == "DATE" && c.Signal is TimexFunction.Earlier or TimexFunction.Later)
            || (c.Type == "DURATION" && c.Signal is TimexFunction.After or TimexFunction.Before);
        if (!anchored)
        {
            return -1;
        }

        for (var a = k - 1; a >= 0 && a >= k - MaxAnchorLookback; a--)
        {
            var x = found[a];
            if (sentences[x.Last] != sentences[c.First])
            {
                break;
            }

            if (x.Type is "DATE" or "TIME" && x.Value is { Length: >= 10 } v && char.IsDigit(v[0]) && char.IsDigit(v[9]))
            {
                return a;
            }
        }

        return -1;
    }
}

using System.Globalization;
using Triangulate.Core.Annotations;

namespace Triangulate.Nlp.Quantities;

/// <summary>
/// A smaller count of the same thing after an article's whole count is a part of it, not a competing figure (an
/// article does not contradict itself): "Ten people were wounded … Four teenagers were among the wounded" or "Seven
/// were taken to St. Mary's". A part naming a sub-group takes the group as its scope ("teenagers", as "including four
/// teenagers" already does); any other part, given in the same voice as the whole (the same source, or the outlet's
/// own), takes the scope "part of N". A figure track then follows the whole apart from its parts.
/// </summary>
internal static class SubGroupScope
{
    /// <param name="text">The article's text: a count whose sentence speaks of several events ("two shootings that left
    /// eight people wounded") is their total, not one event's whole, so it has no parts here.</param>
    public static List<QuantityAnnotation> Apply(string text, List<QuantityAnnotation> quantities)
    {
        // The whole comes first and the part after it; a larger count only later in the page is more often an update,
        // another incident or a city's tally than this event's whole.
        // "Four people were wounded … one died … the three others": the whole counted everyone shot, and the smaller
        // figure, the whole less the dead, is the survivors' count rather than a part.
        var deaths = Deaths(quantities);
        Dictionary<string, double>? largest = null;
        Dictionary<(string Counted, string Source), double>? largestInVoice = null;
        var approximate = new Dictionary<(string Counted, string Source), bool>();
        for (var i = 0; i < quantities.Count; i++)
        {
            var q = quantities[i];
            if (q.Scope is not null || q.Implicit || !CountedKeys.IsEventCount(q.Counted) || q.Qualifier == "vague")
            {
                continue;
            }

            var voice = (q.Counted, q.Source?.ToLowerInvariant() ?? "");
            if (largest is not null && largest.TryGetValue(q.Counted, out var whole) && q.Value < whole && SubGroupOf(q.Noun) is { } group)
            {
                quantities[i] = q with { Scope = group };
                continue;
            }

            if (largestInVoice is not null && largestInVoice.TryGetValue(voice, out var wholeInVoice) && q.Value < wholeInVoice
                && !(q.Counted == CountedKeys.Injured && wholeInVoice - q.Value == deaths) && !Restates(q, wholeInVoice, approximate))
            {
                quantities[i] = q with { Scope = "part of " + wholeInVoice.ToString(CultureInfo.InvariantCulture) };
                continue;
            }

            if (OverSeveralEvents(text, q.Span.Start))
            {
                continue;
            }

            largest ??= new Dictionary<string, double>(StringComparer.Ordinal);
            largestInVoice ??= [];
            largest[q.Counted] = Math.Max(largest.GetValueOrDefault(q.Counted), q.Value);
            if (q.Value >= largestInVoice.GetValueOrDefault(voice))
            {
                largestInVoice[voice] = q.Value;
                approximate[voice] = q.Bound == Bounds.About;
            }
        }

        return quantities;
    }

    /// <summary>
    /// "almost 350 passengers were plucked to safety … 345 had been rescued": an exact count just under an approximate
    /// whole (within a tenth of it) is that whole stated precisely, not a part of it.
    /// </summary>
    private static bool Restates(QuantityAnnotation q, double whole, Dictionary<(string Counted, string Source), bool> approximate) =>
        q.Bound == Bounds.Exact && q.Value >= whole * 0.9 && approximate.GetValueOrDefault((q.Counted, q.Source?.ToLowerInvariant() ?? ""));

    private static double Deaths(List<QuantityAnnotation> quantities)
    {
        var deaths = -1.0;
        foreach (var q in quantities)
        {
            if (q.Counted == CountedKeys.Deaths && q.Scope is null)
            {
                deaths = Math.Max(deaths, q.Value);
            }
        }

        return deaths;
    }

    private static readonly string[] SeveralEvents = ["shootings", "incidents", "attacks", "stabbings", "crashes", "separate"];

    /// <summary>True when the sentence around a figure names several events: "in two separate shootings".</summary>
    private static bool OverSeveralEvents(string text, int at)
    {
        var start = Math.Max(0, text.LastIndexOfAny(SentenceEnds, Math.Max(0, at - 1), Math.Min(at, MaxSentence)) + 1);
        var end = text.IndexOfAny(SentenceEnds, at, Math.Min(text.Length - at, MaxSentence));
        var sentence = text.AsSpan(start, (end < 0 ? Math.Min(text.Length, at + MaxSentence) : end) - start);
        foreach (var word in SeveralEvents)
        {
            if (sentence.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private const int MaxSentence = 300;
    private static readonly char[] SentenceEnds = ['.', '!', '?', '\n'];

    /// <summary>The sub-group a counted noun names by its head word ("children", "other officers" → "officers"), lower case;
    /// null for a generic noun ("people", "victims") or a coordination ("two adults and four children" counts everyone).</summary>
    private static string? SubGroupOf(string? noun)
    {
        if (noun is null || noun.Contains(" and ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var head = noun.AsSpan().Trim();
        var space = head.LastIndexOf(' ');
        head = space >= 0 ? head[(space + 1)..] : head;
        return CountedLexicon.SubGroups.TryGetValue(head, out _) ? head.ToString().ToLowerInvariant() : null;
    }
}

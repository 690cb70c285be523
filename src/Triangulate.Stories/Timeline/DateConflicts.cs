using System.Globalization;
using Triangulate.Core.Dossier;

namespace Triangulate.Stories.Timeline;

/// <summary>
/// Date conflicts: one event that outlets date differently. Two timeline entries are one event when their words
/// mostly agree (<see cref="TimelineBuilder.ConflictOverlap"/>), their subjects do not differ ("a group sent a
/// letter" is not "faculty members sent a letter"), and they are not statements: what one speaker said on Monday
/// and what another said on Tuesday are two events, never a contradiction; the same speaker's same words on two
/// days may be. An entry must say what happened beyond its subject ("Comeaux was" dates nothing), and when both
/// name their main verb the verbs must agree: "was convicted in 1998" and "returned to prison in 1999" are two events
/// of one man, not one event dated twice. Entries that conflict are gathered into one conflict per event, one side
/// per date, in date order.
/// </summary>
internal static class DateConflicts
{
    private static readonly HashSet<string> ReportingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "say", "told", "tells", "announced", "added", "stated", "declared", "wrote", "insisted", "warned", "claimed",
    };

    public static List<DossierConflict> Find(IReadOnlyList<DossierTimelineEntry> entries, Func<string, DateOnly?>? publishedOf)
    {
        var keys = entries.Select(e => EventKey.Of(e.Event)).ToList();
        var group = Enumerable.Range(0, entries.Count).ToArray();
        int Root(int i) => group[i] == i ? i : group[i] = Root(group[i]);
        for (var i = 0; i < entries.Count; i++)
        {
            for (var j = i + 1; j < entries.Count; j++)
            {
                if (SameEventOtherDate(entries[i], entries[j], keys[i], keys[j], publishedOf))
                {
                    group[Root(j)] = Root(i);
                }
            }
        }

        var conflicts = new List<DossierConflict>();
        foreach (var members in Enumerable.Range(0, entries.Count).GroupBy(Root).Where(g => g.Count() > 1))
        {
            var sides = members.GroupBy(i => entries[i].Date, StringComparer.Ordinal)
                .OrderBy(d => d.Key, StringComparer.Ordinal)
                .Select(d => new DossierConflictSide(d.Key, null,
                    [.. d.SelectMany(i => entries[i].ArticleIds).Distinct(StringComparer.Ordinal)],
                    [.. d.SelectMany(i => entries[i].Evidence).Distinct()]))
                .ToList();
            if (sides.Count < 2)
            {
                continue;
            }

            var about = members.OrderByDescending(i => entries[i].ArticleIds.Count).ThenBy(i => i).First();
            conflicts.Add(new DossierConflict { Kind = "date", About = entries[about].Event, Sides = sides, Assessment = "contradiction" });
        }

        return conflicts;
    }

    private static bool SameEventOtherDate(DossierTimelineEntry a, DossierTimelineEntry b, EventKey ka, EventKey kb, Func<string, DateOnly?>? publishedOf)
    {
        // The same words ("at about 7:40 p.m.", "on Saturday") resolved against different publication dates are one
        // statement copied, not two outlets disagreeing.
        if (a.Date == b.Date || a.Precision != b.Precision || a.ArticleIds.Intersect(b.ArticleIds).Any()
            || string.Equals(a.Expression, b.Expression, StringComparison.OrdinalIgnoreCase)
            || TimelineBuilder.Overlap(ka.Keywords, kb.Keywords) < TimelineBuilder.ConflictOverlap
            || (publishedOf is not null && When(a, publishedOf) is { } whenA && When(b, publishedOf) is { } whenB && whenA != whenB))
        {
            return false;
        }

        if (ka.Content.Count == 0 || kb.Content.Count == 0)
        {
            return false;
        }

        if (ka.IsStatement || kb.IsStatement)
        {
            return ka.IsStatement && kb.IsStatement && ka.Subject.Overlaps(kb.Subject)
                && TimelineBuilder.Overlap(ka.Content, kb.Content) >= TimelineBuilder.ConflictOverlap;
        }

        return (ka.Subject.Count == 0 || kb.Subject.Count == 0 || ka.Subject.Overlaps(kb.Subject)) && SameVerb(ka.Verb, kb.Verb);
    }

    /// <summary>True when either verb is unknown or both share a stem ("argued"/"argue", "seized"/"seizes", "met"/"meets").</summary>
    private static bool SameVerb(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return true;
        }

        var shared = 0;
        while (shared < a.Length && shared < b.Length && a[shared] == b[shared])
        {
            shared++;
        }

        return shared >= Math.Min(4, Math.Min(a.Length, b.Length) - 1);
    }

    /// <summary>True when the day was ahead of every article that gives it, false when behind (or on) all of them,
    /// null when that is unknown or mixed.</summary>
    private static bool? When(DossierTimelineEntry e, Func<string, DateOnly?> publishedOf)
    {
        if (e.Precision != "day" || !DateOnly.TryParse(e.Date, CultureInfo.InvariantCulture, out var day))
        {
            return null;
        }

        bool? ahead = null;
        foreach (var id in e.ArticleIds)
        {
            if (publishedOf(id) is not { } published)
            {
                return null;
            }

            var thisAhead = day > published;
            if (ahead is { } other && other != thisAhead)
            {
                return null;
            }

            ahead = thisAhead;
        }

        return ahead;
    }

    /// <summary>An event phrase read back: its subject (the words before its verb), whether its verb reports speech,
    /// the keywords of what follows the subject, and its main verb (the first word of the verb group that is not an
    /// auxiliary: "was serving" gives "serving"), lower case, null when the phrase has none.</summary>
    private sealed record EventKey(HashSet<string> Keywords, HashSet<string> Subject, HashSet<string> Content, bool IsStatement, string? Verb)
    {
        public static EventKey Of(string phrase)
        {
            var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var verb = Array.FindIndex(words, w => ReportingVerbs.Contains(w) || EventPhrase.IsVerbLike(w));
            var subject = verb <= 0 ? string.Empty : string.Join(' ', words[..verb]);
            var statement = verb >= 0 && ReportingVerbs.Contains(words[verb]);
            var content = verb < 0 ? phrase : string.Join(' ', words[(verb + 1)..]);
            return new EventKey(EventPhrase.Keywords(phrase), EventPhrase.Keywords(subject), EventPhrase.Keywords(content), statement, MainVerb(words, verb));
        }

        private static string? MainVerb(string[] words, int verb)
        {
            if (verb < 0)
            {
                return null;
            }

            var k = verb;
            while (k < words.Length && EventPhrase.IsAuxiliary(words[k]))
            {
                k++; // "was also seized" names "seized"
            }

            return k < words.Length && char.IsLower(words[k][0]) ? words[k].ToLowerInvariant() : null;
        }
    }
}

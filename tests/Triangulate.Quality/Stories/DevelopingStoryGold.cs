using System.Globalization;
using System.Text.Json;

namespace Triangulate.Quality.Stories;

/// <summary>
/// Developing-story sets built from real data in ../shared (docs/stories.md, "Developing stories"):
/// <list type="bullet">
/// <item>the `counts` shooting incidents (SemEval-2018 Task 5 / Gun Violence Archive): real local news with real
/// publication dates, one story per incident, follow-ups days to months later, hundreds of incidents of one
/// kind, several pages from one site;</item>
/// <item>ECB+ sub-topics re-dated so each event's articles spread over six weeks and the topic's two events
/// overlap in time, with one follow-up a month after the event's last article.</item>
/// </list>
/// </summary>
public static class DevelopingStoryGold
{
    /// <summary>Days over which a re-dated ECB+ event's articles spread.</summary>
    public const int SpreadDays = 42;

    /// <summary>
    /// One split of the `counts` articles, labelled by incident (an article filed under several incidents takes the
    /// lowest id, as the set does). Pages whose text is byte-identical to another page's are left out: their text is
    /// the site's furniture, not the article (SOURCE.md, "text_dups").
    /// </summary>
    public static List<GoldDocument> Counts(string folder, string split)
    {
        var docs = new List<GoldDocument>();
        foreach (var file in Directory.GetFiles(folder, "documents.part*.jsonl").Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file))
            {
                if (line.Length == 0)
                {
                    continue;
                }

                using var json = JsonDocument.Parse(line);
                var r = json.RootElement;
                if (r.GetProperty("split").GetString() != split || r.GetProperty("text_dups").GetInt32() > 0)
                {
                    continue;
                }

                var url = r.GetProperty("url").GetString();
                docs.Add(new GoldDocument(
                    r.GetProperty("id").GetString()!,
                    r.GetProperty("incident").GetString()!,
                    split,
                    r.GetProperty("title").GetString(),
                    r.GetProperty("text").GetString() ?? string.Empty,
                    DateTimeOffset.Parse(r.GetProperty("published").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                    Host(url)));
            }
        }

        return docs;
    }

    /// <summary>
    /// ECB+ with dates: topic t's first event starts on day 9·t of 2020, its second event 10 days later, so the two
    /// events of a topic (same kind: two earthquakes, two arrests) run at the same time. Each article gets a day
    /// in its event's six weeks from a hash of its id; the event's last article (by that hash) becomes a
    /// follow-up a month after the others.
    /// </summary>
    public static List<GoldDocument> EcbPlusRedated(IEnumerable<GoldDocument> ecbPlus)
    {
        var start = new DateTimeOffset(2020, 1, 1, 9, 0, 0, TimeSpan.Zero);
        var result = new List<GoldDocument>();
        foreach (var story in ecbPlus.GroupBy(d => d.Cluster, StringComparer.Ordinal))
        {
            var parts = story.Key.Split('_');
            var topic = int.Parse(parts[0], CultureInfo.InvariantCulture);
            var first = start.AddDays((9 * topic) + (parts[1] == "ecbplus" ? 10 : 0));
            var members = story.OrderBy(d => Fnv(d.Id)).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
            for (var i = 0; i < members.Count; i++)
            {
                var day = members.Count == 1 ? 0 : i * (double)SpreadDays / (members.Count - 1);
                if (i == members.Count - 1 && members.Count > 2)
                {
                    day = SpreadDays + 30;
                }

                result.Add(members[i] with { Published = first.AddDays(day).AddHours(Fnv(members[i].Id) % 12) });
            }
        }

        return result;
    }

    /// <summary>
    /// Small runs shaped like a reader's own collection of coverage: each bundle holds <paramref name="events"/>
    /// `counts` incidents told by at least three articles from at least two sites within their first
    /// <paramref name="windowDays"/> days (later articles, trials a year on, are left out), consecutive by first date
    /// so the bundle's events are shootings of the same weeks, plus <paramref name="unrelated"/> incidents told by one
    /// article, the nearest in time to the bundle's first event. Each bundle is clustered on its own, so its
    /// vocabulary is a few dozen articles, not the whole split: every event should come out as one story, and no
    /// unrelated article should join one.
    /// </summary>
    public static List<List<GoldDocument>> CountsBundles(IReadOnlyList<GoldDocument> docs, int events = 6, int unrelated = 4, int windowDays = 30)
    {
        ArgumentNullException.ThrowIfNull(docs);
        var picked = new List<List<GoldDocument>>();
        var singles = new List<GoldDocument>();
        foreach (var incident in docs.GroupBy(d => d.Cluster, StringComparer.Ordinal))
        {
            var members = incident.OrderBy(d => d.Published).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
            if (members.Count == 1)
            {
                singles.Add(members[0]);
                continue;
            }

            var first = members[0].Published ?? DateTimeOffset.MinValue;
            var window = members.Where(d => d.Published is { } p && (p - first).TotalDays <= windowDays).ToList();
            if (window.Count >= 3 && window.Select(d => d.Outlet).Distinct(StringComparer.OrdinalIgnoreCase).Count() >= 2)
            {
                picked.Add(window);
            }
        }

        picked.Sort((a, b) => a[0].Published!.Value.CompareTo(b[0].Published!.Value) is var c && c != 0 ? c : string.CompareOrdinal(a[0].Cluster, b[0].Cluster));
        singles.Sort((a, b) => (a.Published ?? DateTimeOffset.MinValue).CompareTo(b.Published ?? DateTimeOffset.MinValue));
        var used = new HashSet<string>(StringComparer.Ordinal);
        var bundles = new List<List<GoldDocument>>();
        for (var i = 0; i + events <= picked.Count; i += events)
        {
            var bundle = picked.Skip(i).Take(events).SelectMany(e => e).ToList();
            var start = picked[i][0].Published!.Value;
            bundle.AddRange(singles.Where(d => !used.Contains(d.Id))
                .OrderBy(d => Math.Abs(((d.Published ?? DateTimeOffset.MinValue) - start).TotalDays)).ThenBy(d => d.Id, StringComparer.Ordinal)
                .Take(unrelated).ToList());
            used.UnionWith(bundle.Select(d => d.Id));
            bundles.Add(bundle);
        }

        return bundles;
    }

    private static string? Host(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var u) ? u.Host.StartsWith("www.", StringComparison.Ordinal) ? u.Host[4..] : u.Host : null;

    internal static uint Fnv(string s)
    {
        var h = 2166136261u;
        foreach (var c in s)
        {
            h = (h ^ c) * 16777619u;
        }

        return h;
    }
}

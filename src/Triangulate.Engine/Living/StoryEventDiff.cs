using System.Globalization;
using System.Text.Json.Nodes;
using Triangulate.Core.Living;

namespace Triangulate.Engine.Living;

/// <summary>
/// Story events read off the difference between a story's stored sections and freshly computed ones. Sections
/// are compared as JSON, so fields other stages add flow through: figure updates read <c>figureTracks</c> when
/// present (docs/figures.md) and numeric <c>conflicts</c> otherwise. The first computation of a story gives no
/// section events (its "born" event stands for them).
/// </summary>
internal static class StoryEventDiff
{
    private const int MaxIds = 20;

    /// <summary>An event's <c>articleIds</c>: the first <see cref="MaxIds"/> of <paramref name="ids"/>, so that the
    /// event of a big merge or split stays small. A new array each call (a JSON node has one parent).</summary>
    public static JsonArray ArticleIds(IEnumerable<string> ids) => new([.. ids.Take(MaxIds).Select(id => (JsonNode)id!)]);

    public static List<StoryEventRecord> Diff(string storyId, JsonNode? before, JsonNode after, DateTimeOffset at)
    {
        var events = new List<StoryEventRecord>();
        if (before is null)
        {
            return events;
        }

        StoryEventRecord Event(string kind, string summary, JsonObject data) => new(0, storyId, kind, at, summary, data.ToJsonString());

        Grew(before, after, Event, events);
        Figures(before, after, Event, events);
        var oldConflicts = Keys(before["conflicts"], ConflictKey);
        foreach (var conflict in Items(after["conflicts"]))
        {
            if (!oldConflicts.Contains(ConflictKey(conflict)))
            {
                events.Add(Event(StoryEventKinds.NewConflict, $"new {Str(conflict, "kind")} conflict ({Str(conflict, "assessment")}) over {Str(conflict, "about")}: {SideValues(conflict)}",
                    new JsonObject { ["conflict"] = conflict.DeepClone() }));
            }
        }

        Quotes(before, after, Event, events);
        return events;
    }

    private static void Grew(JsonNode before, JsonNode after, Func<string, string, JsonObject, StoryEventRecord> make, List<StoryEventRecord> events)
    {
        var old = new HashSet<string>(Items(before["articleIds"]).Select(n => n.GetValue<string>()), StringComparer.Ordinal);
        var added = Items(after["articleIds"]).Select(n => n.GetValue<string>()).Where(id => !old.Contains(id)).ToList();
        var sources = (Int(after, "independentSources") ?? 0) - (Int(before, "independentSources") ?? 0);
        if (added.Count == 0 && sources == 0)
        {
            return;
        }

        var summary = string.Create(CultureInfo.InvariantCulture, $"grew +{added.Count} article{(added.Count == 1 ? "" : "s")}, {(sources >= 0 ? "+" : "")}{sources} independent source{(Math.Abs(sources) == 1 ? "" : "s")}");
        events.Add(make(StoryEventKinds.Grew, summary, new JsonObject
        {
            ["articles"] = added.Count,
            ["independentSources"] = sources,
            ["articleIds"] = ArticleIds(added),
        }));
    }

    // A track (counted, scope) whose latest value changed; without tracks, a numeric conflict whose latest side changed.
    private static void Figures(JsonNode before, JsonNode after, Func<string, string, JsonObject, StoryEventRecord> make, List<StoryEventRecord> events)
    {
        var useTracks = after["figureTracks"] is JsonArray;
        var field = useTracks ? "figureTracks" : "conflicts";
        var old = Latest(before[field], useTracks);
        foreach (var (key, (value, evidence)) in Latest(after[field], useTracks))
        {
            if (old.TryGetValue(key, out var was) && was.Value != value)
            {
                events.Add(make(StoryEventKinds.FigureUpdated, $"{key}: {was.Value} → {value}",
                    new JsonObject { ["track"] = key, ["old"] = was.Value, ["new"] = value, ["evidence"] = evidence?.DeepClone() }));
            }
        }
    }

    private static Dictionary<string, (string Value, JsonNode? Evidence)> Latest(JsonNode? list, bool tracks)
    {
        var result = new Dictionary<string, (string, JsonNode?)>(StringComparer.Ordinal);
        foreach (var item in Items(list))
        {
            if (tracks)
            {
                var steps = Items(item["steps"]).ToList();
                if (steps.Count > 0)
                {
                    var scope = Str(item, "scope");
                    result[Str(item, "counted") + (string.IsNullOrEmpty(scope) ? "" : " (" + scope + ")")] = (Str(steps[^1], "value"), steps[^1]["articleIds"]);
                }
            }
            else if (Str(item, "kind") == "numeric")
            {
                var sides = Items(item["sides"]).ToList();
                if (sides.Count > 0)
                {
                    result[Str(item, "about")] = (Str(sides[^1], "value"), sides[^1]["evidence"]);
                }
            }
        }

        return result;
    }

    // A family is the same utterance as before when it shares an occurrence (article and offset) with an old one.
    private static void Quotes(JsonNode before, JsonNode after, Func<string, string, JsonObject, StoryEventRecord> make, List<StoryEventRecord> events)
    {
        var old = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var family in Items(before["quotes"]))
        {
            var variants = Items(family["variants"]).Count();
            foreach (var occurrence in Occurrences(family))
            {
                old[occurrence] = Math.Max(old.GetValueOrDefault(occurrence), variants);
            }
        }

        foreach (var family in Items(after["quotes"]))
        {
            var variants = Items(family["variants"]).ToList();
            var speaker = Str(family, "speaker");
            var who = speaker.Length == 0 ? "unattributed" : speaker;
            var seen = Occurrences(family).Where(old.ContainsKey).ToList();
            var known = seen.Count == 0 ? -1 : seen.Max(o => old[o]);
            if (known < 0)
            {
                events.Add(make(StoryEventKinds.NewQuote, $"new quote, {who}: “{Short(Str(family, "text"))}”",
                    new JsonObject { ["speaker"] = speaker, ["text"] = Str(family, "text"), ["occurrences"] = family["occurrences"]?.DeepClone() }));
            }
            else if (variants.Count > known && variants.Count > 0)
            {
                var change = Str(variants[^1], "change");
                events.Add(make(StoryEventKinds.QuoteVariant, $"quote variant ({change}), {who}: “{Short(Str(family, "text"))}”",
                    new JsonObject { ["speaker"] = speaker, ["change"] = change, ["variant"] = variants[^1].DeepClone() }));
            }
        }
    }

    /// <summary>A conflict is new when no conflict of its kind was about the same thing before; new sides of a known
    /// one show as a figure update.</summary>
    private static string ConflictKey(JsonNode c) => Str(c, "kind") + "|" + Str(c, "about");

    private static IEnumerable<string> Occurrences(JsonNode family) =>
        Items(family["occurrences"]).Select(o => o["evidence"] ?? o).Select(e => Str(e, "articleId") + ":" + Str(e, "start"));

    private static string SideValues(JsonNode c) => string.Join(" vs ", Items(c["sides"]).Select(s => Str(s, "value")));

    private static HashSet<string> Keys(JsonNode? list, Func<JsonNode, string> key) => new(Items(list).Select(key), StringComparer.Ordinal);

    private static IEnumerable<JsonNode> Items(JsonNode? node) => node is JsonArray array ? array.OfType<JsonNode>() : [];

    private static string Str(JsonNode node, string name) => node[name] switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v => v.ToJsonString(),
        _ => "",
    };

    private static int? Int(JsonNode node, string name) => node[name] is JsonValue v && v.TryGetValue<int>(out var i) ? i : null;

    private static string Short(string text) => text.Length <= 80 ? text : text[..77] + "…";
}

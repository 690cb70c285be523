using System.Globalization;
using System.Text.Json;

namespace Triangulate.Quality.RealStories;

/// <summary>
/// What one run's dossier JSON says, with every evidence span mapped back to the data text. Fields that no
/// stage produces yet (a quantity's <c>counted</c>, <c>figureTracks</c>, <c>articles[].relays</c>) are read when
/// present; without them the scorer reads today's output as it is (see docs/real-gold.md, "Metrics").
/// Predictions of every story of the run are pooled.
/// </summary>
internal sealed class Prediction
{
    private readonly Dictionary<string, (string DataId, OffsetMap Map)> _articles = new(StringComparer.Ordinal);

    private Prediction(IReadOnlyList<string> failures) => Failures = failures;

    public IReadOnlyList<string> Failures { get; }
    public List<PredictedQuantity> Quantities { get; } = [];
    public List<PredictedTrack> Tracks { get; } = [];
    public List<PredictedRelay> Relays { get; } = [];
    public List<PredictedClaim> Claims { get; } = [];
    public List<PredictedTimelineEntry> Timeline { get; } = [];
    public List<PredictedDateConflict> DateConflicts { get; } = [];

    /// <summary>Every figure track of the run in words (key, scope, steps), for the dev split's tuning notes.</summary>
    public List<string> TrackWords { get; } = [];

    /// <summary>True when the dossier carries <c>articles[].relays</c> at all.</summary>
    public bool RelaysProduced { get; private set; }

    /// <summary>True when the tracks came from <c>figureTracks</c> rather than from numeric conflict pairs.</summary>
    public bool FigureTracksProduced { get; private set; }

    /// <summary>Data-set id → the id of the story the run put it in.</summary>
    public Dictionary<string, string> StoryOf { get; } = new(StringComparer.Ordinal);

    /// <param name="rawText">The data text of a data-set id (the labels' offsets point into it).</param>
    public static Prediction Read(JsonElement root, IReadOnlyList<string> failures, Func<string, string> rawText)
    {
        var p = new Prediction(failures);
        foreach (var a in Array(root, "articles"))
        {
            var dataId = a.GetProperty("input").GetString()!;
            p._articles[a.GetProperty("id").GetString()!] = (dataId, new OffsetMap(a.GetProperty("text").GetString()!, rawText(dataId)));
        }

        foreach (var a in Array(root, "articles"))
        {
            p.ReadRelays(a);
        }

        foreach (var story in Array(root, "stories"))
        {
            p.ReadStory(story);
        }

        return p;
    }

    private void ReadRelays(JsonElement article)
    {
        if (!article.TryGetProperty("relays", out var relays) || relays.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        RelaysProduced = true;
        var dataId = _articles[article.GetProperty("id").GetString()!].DataId;
        foreach (var r in relays.EnumerateArray())
        {
            var evidence = r.TryGetProperty("evidence", out var e) && e.ValueKind == JsonValueKind.Object ? Span(e) : null;
            Relays.Add(new PredictedRelay(dataId, Str(r, "outlet") ?? "", evidence));
        }
    }

    private void ReadStory(JsonElement story)
    {
        var id = Str(story, "id") ?? "?";
        foreach (var a in Array(story, "articleIds"))
        {
            if (_articles.TryGetValue(a.GetString()!, out var x))
            {
                StoryOf[x.DataId] = id;
            }
        }

        var quantities = Array(story, "quantities").ToList();
        foreach (var q in quantities)
        {
            var counted = Str(q, "counted") ?? CountedLexicon.Read(Str(q, "about"), Str(q, "unit"));
            var value = Num(q, "value") ?? double.NaN;
            foreach (var e in Array(q, "evidence"))
            {
                if (Span(e) is { } span)
                {
                    Quantities.Add(new PredictedQuantity(span, value, counted) { Said = $"{Str(q, "about")} | {Str(q, "unit")} | {Str(q, "scope")} | {Str(q, "source")}" });
                }
            }
        }

        if (story.TryGetProperty("figureTracks", out var tracks) && tracks.ValueKind == JsonValueKind.Array)
        {
            FigureTracksProduced = true;
            ReadFigureTracks(tracks, quantities);
        }
        else
        {
            ReadNumericConflicts(story);
        }

        ReadDateConflicts(story);
        foreach (var c in Array(story, "claims"))
        {
            Claims.Add(new PredictedClaim(Str(c, "status") ?? "", Spans(c)));
        }

        foreach (var t in Array(story, "timeline"))
        {
            Timeline.Add(new PredictedTimelineEntry(Str(t, "date") ?? "", Str(t, "expression"), Spans(t)));
        }
    }

    private void ReadFigureTracks(JsonElement tracks, List<JsonElement> quantities)
    {
        foreach (var t in tracks.EnumerateArray())
        {
            var sides = new List<PredictedSide>();
            foreach (var s in Array(t, "steps"))
            {
                var articles = ArticleIds(s);
                var evidence = new List<GoldSpan>();
                foreach (var index in Array(s, "measurementIndexes"))
                {
                    if (index.TryGetInt32(out var i) && i >= 0 && i < quantities.Count)
                    {
                        evidence.AddRange(Spans(quantities[i]).Where(e => articles.Count == 0 || articles.Contains(e.Article)));
                    }
                }

                sides.Add(new PredictedSide(evidence, Num(s, "value"), articles, Str(s, "step")));
            }

            TrackWords.Add($"{Str(t, "counted")}/{Str(t, "scope")}: " + string.Join(" ", sides.Select(s => $"{s.Value}{(s.Call is null ? "" : ":" + s.Call)}@{string.Join("+", s.Articles)}")));
            if (sides.Exists(s => s.Call is "update" or "contradiction"))
            {
                Tracks.Add(new PredictedTrack(Str(t, "counted") ?? CountedLexicon.Read(Str(t, "about"), null), sides));
            }
        }
    }

    private void ReadNumericConflicts(JsonElement story)
    {
        foreach (var c in Array(story, "conflicts").Where(c => Str(c, "kind") == "numeric"))
        {
            var assessment = Str(c, "assessment");
            var sides = Array(c, "sides")
                .Select((s, i) => new PredictedSide(Spans(s), Num(s, "normalized") ?? ParseLeadingNumber(Str(s, "value")), ArticleIds(s), i == 0 ? null : Str(s, "step") ?? assessment))
                .ToList();
            Tracks.Add(new PredictedTrack(Str(c, "counted") ?? CountedLexicon.Read(Str(c, "about"), null), sides));
        }
    }

    private void ReadDateConflicts(JsonElement story)
    {
        foreach (var c in Array(story, "conflicts").Where(c => Str(c, "kind") == "date"))
        {
            DateConflicts.Add(new PredictedDateConflict([.. Array(c, "sides").Select(s => (IReadOnlyList<GoldSpan>)Spans(s))]));
        }
    }

    private List<string> ArticleIds(JsonElement e) =>
        [.. Array(e, "articleIds").Select(a => _articles.TryGetValue(a.GetString()!, out var x) ? x.DataId : a.GetString()!)];

    private List<GoldSpan> Spans(JsonElement holder) => [.. Array(holder, "evidence").Select(Span).OfType<GoldSpan>()];

    private GoldSpan? Span(JsonElement evidence)
    {
        if (!_articles.TryGetValue(Str(evidence, "articleId") ?? "", out var article))
        {
            return null;
        }

        var mapped = article.Map.Map(evidence.GetProperty("start").GetInt32(), evidence.GetProperty("length").GetInt32(), Str(evidence, "text"));
        return mapped is { } m ? new GoldSpan(article.DataId, m.Start, m.Length) : null;
    }

    private static IEnumerable<JsonElement> Array(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [];

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static double? Num(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    /// <summary>"1,500 people" → 1500; null when the text does not start with a number.</summary>
    internal static double? ParseLeadingNumber(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var digits = new string([.. text.TrimStart().TakeWhile(c => char.IsDigit(c) || c is ',' or '.')]).Replace(",", "", StringComparison.Ordinal).TrimEnd('.');
        return double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
    }
}

namespace Triangulate.Quality.RealStories;

/// <summary>Relay precision and recall over (article, outlet) pairs; probable self-citations are not scored.</summary>
internal static class RelayScorer
{
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal) { "the", "news", "agency", "press", "of", "a", "and" };

    public static void Score(GoldStory gold, Prediction predicted, RealStoryScore score)
    {
        var scored = gold.Relays.Where(r => r.Kind != "ambiguous").ToList();
        var goldPairs = scored.Select(r => (r.Span.Article, r.Outlet)).ToHashSet();
        var predictedPairs = new HashSet<(string Article, string Outlet)>();
        foreach (var r in predicted.Relays)
        {
            if (r.Evidence is { } e && !scored.Exists(g => g.Span.Overlaps(e)) && gold.Relays.Any(g => g.Kind == "ambiguous" && g.Span.Overlaps(e)))
            {
                continue;
            }

            var match = scored.Find(g => r.Evidence is { } ev && g.Span.Overlaps(ev))
                ?? scored.Find(g => g.Span.Article == r.Article && ShareWord(g.Outlet, r.Outlet));
            predictedPairs.Add(match is null ? (r.Article, "?" + r.Outlet.ToLowerInvariant()) : (match.Span.Article, match.Outlet));
        }

        score.RelayGold += goldPairs.Count;
        score.RelayPredicted += predictedPairs.Count;
        score.RelayRight += predictedPairs.Count(goldPairs.Contains);
        score.RelaysProduced |= predicted.RelaysProduced;
    }

    internal static bool ShareWord(string a, string b)
    {
        var words = Words(a);
        return Words(b).Any(words.Contains);
    }

    private static HashSet<string> Words(string s) =>
        [.. s.ToLowerInvariant().Split((char[])[' ', '-', '.', ',', '\'', '’'], StringSplitOptions.RemoveEmptyEntries).Where(w => !Filler.Contains(w))];
}

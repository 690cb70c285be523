namespace Triangulate.Quality.RealStories;

/// <summary>Timeline date accuracy on the gold events found, and false date conflicts (different events or speakers).</summary>
internal static class TimelineScorer
{
    public static void Score(GoldStory gold, Prediction predicted, RealStoryScore score)
    {
        foreach (var e in gold.Events)
        {
            score.EventGold++;
            var near = predicted.Timeline.Where(t => t.Evidence.Any(x => x.Overlaps(e.Expression) || (e.Clause is { } c && x.Overlaps(c)))).ToList();
            if (near.Count == 0)
            {
                continue;
            }

            var entry = near.Find(t => e.Text.Length > 0 && t.Expression is { } x && x.Contains(e.Text, StringComparison.OrdinalIgnoreCase)) ?? near[0];
            score.EventFound++;
            if (DateAgrees(entry.Date, e.Date, e.Precision))
            {
                score.EventRight++;
            }
            else
            {
                score.DateMisses.Add($"{gold.Id}/{e.Expression.Article}@{e.Expression.Start} '{e.Text}': gold {e.Date}, read {entry.Date}");
            }
        }

        foreach (var conflict in predicted.DateConflicts)
        {
            score.DateConflicts++;
            var sides = conflict.Sides
                .Select(s => gold.Events.Where(e => s.Any(x => x.Overlaps(e.Expression) || (e.Clause is { } c && x.Overlaps(c)))).ToList())
                .Where(s => s.Count > 0)
                .ToList();
            if (sides.Count >= 2 && !SameEventSameSpeaker(sides[0], sides[1]))
            {
                score.FalseDateConflicts++;
            }
        }
    }

    private static bool SameEventSameSpeaker(List<GoldEvent> a, List<GoldEvent> b) =>
        a.Exists(x => b.Exists(y => x.Key == y.Key && x.Speaker == y.Speaker));

    /// <summary>True when the predicted date agrees with every part the gold date gives: the year unless it is
    /// XXXX, the month at month or day precision, the day at day precision.</summary>
    public static bool DateAgrees(string predicted, string gold, string precision)
    {
        var p = predicted.Length >= 10 ? predicted[..10] : predicted;
        var parts = p.Split('-');
        var goldParts = gold.Split('-');
        if (goldParts[0] != "XXXX" && (parts.Length < 1 || parts[0] != goldParts[0]))
        {
            return false;
        }

        if (precision is "month" or "day" && (parts.Length < 2 || parts[1] != goldParts[1]))
        {
            return false;
        }

        return precision != "day" || (parts.Length >= 3 && parts[2] == goldParts[2]);
    }
}

namespace Triangulate.Quality.RealStories;

/// <summary>Timeline date accuracy on the gold events found, and false date conflicts (different events or speakers).</summary>
internal static class TimelineScorer
{
    public static void Score(GoldStory gold, Prediction predicted, RealStoryScore score)
    {
        foreach (var e in gold.Events)
        {
            score.EventGold++;
            var entry = Find(predicted.Timeline, e);
            if (entry is null)
            {
                continue;
            }

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

    /// <summary>The entry for a gold event: its evidence overlaps the date expression (or the clause), and when the
    /// entry names its expression, that expression and the labelled words contain one another — a sentence holding
    /// two dates gives two entries with the same evidence, and only the one for this expression counts.</summary>
    private static PredictedTimelineEntry? Find(List<PredictedTimelineEntry> timeline, GoldEvent e)
    {
        var near = timeline.Where(t => t.Evidence.Any(x => x.Overlaps(e.Expression) || (e.Clause is { } c && x.Overlaps(c)))).ToList();
        return near.Find(t => t.Expression is { Length: > 0 } x && e.Text.Length > 0
                && (x.Contains(e.Text, StringComparison.OrdinalIgnoreCase) || e.Text.Contains(x, StringComparison.OrdinalIgnoreCase)))
            ?? near.Find(t => t.Expression is null || e.Text.Length == 0);
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

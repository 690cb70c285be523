namespace Triangulate.Quality.RealStories;

/// <summary>Counted-thing accuracy on the gold measurements the pipeline found (same span, same value).</summary>
internal static class MeasurementScorer
{
    public static void Score(GoldStory gold, Prediction predicted, RealStoryScore score)
    {
        foreach (var m in gold.Measurements)
        {
            score.CountedGold++;
            var hit = predicted.Quantities.Find(q => q.Span.Overlaps(m.Span) && TrackScorer.SameValue(q.Value, m));
            if (hit is null)
            {
                continue;
            }

            score.CountedFound++;
            if (hit.Counted == m.Counted)
            {
                score.CountedRight++;
            }
            else
            {
                score.CountedConfusions.Add($"{gold.Id}/{m.Id}: {m.Counted} read as {hit.Counted} (about | unit: {hit.Said})");
            }
        }
    }
}

namespace Triangulate.Quality.RealStories;

/// <summary>Corroborated precision and recall on the labelled pairs: a pair is predicted corroborated when one
/// corroborated claim rests on both statements; it should be when it states the same proposition from two lineages.</summary>
internal static class ClaimScorer
{
    public static void Score(GoldStory gold, Prediction predicted, RealStoryScore score)
    {
        var corroborated = predicted.Claims.Where(c => c.Status == "corroborated").ToList();
        foreach (var pair in gold.Pairs)
        {
            var predictedPair = corroborated.Exists(c => c.Evidence.Any(e => e.Overlaps(pair.A)) && c.Evidence.Any(e => e.Overlaps(pair.B)));
            score.Corroborated = score.Corroborated.Add(predictedPair, pair.ShouldCorroborate);
        }
    }
}

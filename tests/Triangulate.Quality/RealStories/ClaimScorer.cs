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
            if (predictedPair != pair.ShouldCorroborate)
            {
                score.ClaimNotes.Add($"{gold.Id} {(predictedPair ? "fp" : "fn")} {pair.Relation}/{(pair.Independent ? "indep" : "one lineage")}: "
                    + $"[{Holding(predicted, pair.A)}] {Said(pair.A)} || [{Holding(predicted, pair.B)}] {Said(pair.B)} || together: "
                    + predicted.Claims.Exists(c => c.Evidence.Any(e => e.Overlaps(pair.A)) && c.Evidence.Any(e => e.Overlaps(pair.B)))
                    + (predictedPair ? Others(corroborated, pair) : ""));
            }
        }
    }

    /// <summary>The other statements of the corroborated claim holding both sides of a false pair: its third member may be
    /// what makes it corroborated.</summary>
    private static string Others(List<PredictedClaim> corroborated, GoldPair pair)
    {
        var claim = corroborated.First(c => c.Evidence.Any(e => e.Overlaps(pair.A)) && c.Evidence.Any(e => e.Overlaps(pair.B)));
        var others = claim.Evidence.Where(e => !e.Overlaps(pair.A) && !e.Overlaps(pair.B)).Select(e => $"{e.Article}: {Said(e)}");
        return " || others: " + string.Join(" | ", others);
    }

    private static string Holding(Prediction predicted, GoldSpan span) =>
        string.Join(",", predicted.Claims.Where(c => c.Evidence.Any(e => e.Overlaps(span))).Select(c => $"{c.Status}/{c.Evidence.Count}"));

    private static string Said(GoldSpan span)
    {
        var text = StoryArticles.Text(span.Article);
        return text.Substring(span.Start, Math.Min(span.Length, text.Length - span.Start)).ReplaceLineEndings(" ");
    }
}

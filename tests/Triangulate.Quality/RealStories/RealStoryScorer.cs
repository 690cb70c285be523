namespace Triangulate.Quality.RealStories;

/// <summary>Runs the pipeline on every labelled story of a split and adds up the scores.</summary>
internal static class RealStoryScorer
{
    public static RealStoryScore ScoreSplit(string split)
    {
        var score = new RealStoryScore();
        foreach (var story in GoldStoryReader.ReadSplit(split))
        {
            var predicted = RealStoryRun.Run(story);
            Score(story, predicted, score);
        }

        return score;
    }

    public static void Score(GoldStory story, Prediction predicted, RealStoryScore score)
    {
        score.Stories++;
        var whole = story.Articles.Select(a => predicted.StoryOf.GetValueOrDefault(a)).Distinct().Count() == 1
            && predicted.StoryOf.ContainsKey(story.Articles[0]);
        score.StoriesWhole += whole ? 1 : 0;
        if (!whole)
        {
            score.SplitNotes.Add($"{story.Id}: " + string.Join(" ", story.Articles.Select(a => $"{a}→{predicted.StoryOf.GetValueOrDefault(a) ?? "none"}")));
        }

        score.Failures.AddRange(predicted.Failures.Select(f => $"{story.Id}: {f}"));
        MeasurementScorer.Score(story, predicted, score);
        TrackScorer.Score(story, predicted, score);
        RelayScorer.Score(story, predicted, score);
        ClaimScorer.Score(story, predicted, score);
        TimelineScorer.Score(story, predicted, score);
    }
}

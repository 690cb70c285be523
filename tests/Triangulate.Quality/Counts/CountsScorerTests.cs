namespace Triangulate.Quality.Counts;

/// <summary>The counts scorer on hand-made documents, so that its definitions are pinned down.</summary>
public sealed class CountsScorerTests
{
    private static CountsDocument Document(int killed, int injured) =>
        new("d", "1", "dev", "", "", null, "", killed, injured, Furniture: false);

    [Fact]
    public void Score_FigureEqualToOneCount_RightOnlyWithThatLabel()
    {
        var score = CountsScorer.Score([
            (Document(1, 3), [new CountsFigure(1, CountsFigure.Deaths), new CountsFigure(3, CountsFigure.Deaths, Stated: false)]),
        ]);

        Assert.Equal((2, 1), (score.Labelled, score.LabelledRight));
        Assert.Equal((1, 1), (score.Stated, score.StatedRight));
        Assert.Equal((2, 1), (score.Gold, score.GoldFound));
    }

    [Fact]
    public void Score_ValueEqualToBothOrNeitherCount_NotLabelled()
    {
        var score = CountsScorer.Score([
            (Document(2, 2), [new CountsFigure(2, CountsFigure.Deaths)]),
            (Document(1, 4), [new CountsFigure(7, CountsFigure.Injured), new CountsFigure(4, "casualties")]),
        ]);

        Assert.Equal(0, score.Labelled);
        Assert.Equal((4, 1), (score.Gold, score.GoldFound)); // the 2 deaths found; zeros never count as gold
    }

    [Fact]
    public void Score_SameFigureTwice_CountedOnceStatedWhenAnyMentionIsStated()
    {
        var score = CountsScorer.Score([
            (Document(0, 5), [new CountsFigure(5, CountsFigure.Injured, Stated: false), new CountsFigure(5, CountsFigure.Injured)]),
        ]);

        Assert.Equal((1, 1, 1), (score.Labelled, score.Stated, score.GoldFound));
        Assert.Equal(1.0, score.StatedLabelAccuracy);
    }
}

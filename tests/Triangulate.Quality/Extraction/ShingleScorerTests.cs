namespace Triangulate.Quality.Extraction;

/// <summary>The metric's own cases: SOURCE.md's worked examples, moved from n = 3 to the benchmark's n = 4.</summary>
public class ShingleScorerTests
{
    [Theory]
    [InlineData("don't", "don t")]
    [InlineData("U.S.", "U S")]
    [InlineData("3.5%", "3 5")]
    [InlineData("e-mail", "e mail")]
    [InlineData("foo_bar", "foo_bar")]
    [InlineData("a b,cd:e(foo,bar)", "a b cd e foo bar")]
    [InlineData("x² ½ Ⅻ", "x² ½ Ⅻ")]
    [InlineData("cafe\u0301 ok", "cafe ok")]
    [InlineData("𝐀𝐁 z", "𝐀𝐁 z")]
    public void Tokens_PythonWordRuns(string text, string expected)
    {
        Assert.Equal(expected, string.Join(' ', ShingleScorer.Tokens(text)));
    }

    [Theory]
    [InlineData("a b c d", "a b c d", 1, 0, 0)]
    [InlineData("a b c d e", "a b c d", 0.5, 0, 0.5)]
    [InlineData("a b c d a b c d", "a b c d", 0.2, 0, 0.8)]
    [InlineData("", "", 0, 0, 0)]
    [InlineData("a", "", 0, 0, 1)]
    [InlineData("", "a", 0, 1, 0)]
    public void Counts_WorkedCases(string gold, string predicted, double tp, double fp, double fn)
    {
        var (t, f, n) = ShingleScorer.Counts(ShingleScorer.Tokens(gold), ShingleScorer.Tokens(predicted));

        Assert.Equal(tp, t, 9);
        Assert.Equal(fp, f, 9);
        Assert.Equal(fn, n, 9);
    }

    [Fact]
    public void Score_EmptyPredictionForOnePage_RecallZeroNoPrecisionTerm()
    {
        var score = ShingleScorer.Score(["a b c d e", "a b c d e"], ["a b c d e", string.Empty]);

        Assert.Equal(1.0, score.Precision, 9);
        Assert.Equal(0.5, score.Recall, 9);
        Assert.Equal(2 * 0.5 / 1.5, score.F1, 9);
        Assert.Equal(0.5, score.Accuracy, 9);
    }
}

namespace Triangulate.Quality.Timex;

public sealed class TimexScorerTests
{
    private const string Text = "He spoke on Friday, three days after the vote.";

    [Fact]
    public void Score_WiderExtent_RelaxedButNotStrict()
    {
        var scorer = new TimexScorer();
        scorer.Add(Text, [Gold("Friday", "DATE", "2013-03-22")], [Gold("on Friday", "DATE", "2013-03-22")]);
        var s = scorer.Score();
        Assert.Equal(0, s.StrictF1);
        Assert.Equal(1, s.RelaxedF1);
        Assert.Equal(1, s.ValueF1);
    }

    [Fact]
    public void Score_WrongValueAndMissed_PenalisedInValueF1()
    {
        var scorer = new TimexScorer();
        scorer.Add(Text, [Gold("Friday", "DATE", "2013-03-22"), Gold("three days", "DURATION", "P3D")], [Gold("Friday", "DATE", "2013-03-15")]);
        var s = scorer.Score();
        Assert.Equal(1, s.StrictP);
        Assert.Equal(0.5, s.StrictR);
        Assert.Equal(0, s.ValueAccuracy);
        Assert.Equal(2.0 / 3, s.RelaxedF1, 6);
    }

    [Fact]
    public void Score_SpuriousExpression_LowersPrecisionOnly()
    {
        var scorer = new TimexScorer();
        scorer.Add(Text, [Gold("Friday", "DATE", "x")], [Gold("Friday", "DATE", "x"), Gold("vote", "DATE", "y")]);
        var s = scorer.Score();
        Assert.Equal(0.5, s.RelaxedP);
        Assert.Equal(1, s.RelaxedR);
        Assert.Equal(1, s.ValueAccuracy);
    }

    private static TimeMlTimex Gold(string s, string type, string value)
    {
        var at = Text.IndexOf(s, StringComparison.Ordinal);
        return new TimeMlTimex(at, at + s.Length, type, value);
    }
}

namespace Triangulate.Quality.Stories;

/// <summary>The scorer itself, against the anchor rows of SOURCE.md's definitions on tiny partitions.</summary>
public sealed class ClusteringScoreTests
{
    private static readonly Dictionary<string, string> Gold = new() { ["a"] = "1", ["b"] = "1", ["c"] = "2", ["d"] = "2" };

    [Fact]
    public void Compute_Identical_AllOnes()
    {
        var s = ClusteringScore.Compute(Gold, Gold);
        Assert.Equal(1, s.BcubedF1, 6);
        Assert.Equal(1, s.PairF1, 6);
    }

    [Fact]
    public void Compute_OneCluster_RecallOneHalfPrecision()
    {
        var s = ClusteringScore.Compute(Gold, Gold.Keys.ToDictionary(k => k, _ => "x"));
        Assert.Equal(0.5, s.BcubedP, 6);
        Assert.Equal(1, s.BcubedR, 6);
        Assert.Equal(2.0 / 6, s.PairP, 6);
    }

    [Fact]
    public void Compute_MissingPredictions_CountAsSingletons()
    {
        var s = ClusteringScore.Compute(Gold, new Dictionary<string, string>());
        Assert.Equal(1, s.BcubedP, 6);
        Assert.Equal(0.5, s.BcubedR, 6);
        Assert.Equal(0, s.PairF1, 6);
    }
}

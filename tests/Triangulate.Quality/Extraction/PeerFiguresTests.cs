using Triangulate.TestKit;

namespace Triangulate.Quality.Extraction;

/// <summary>
/// Checks our metric against the benchmark's published figures (README of the source commit, all 181
/// pages): if these hold to ±0.001 the scores we report for ourselves are comparable with the peers'.
/// </summary>
public class PeerFiguresTests
{
    [SharedDataTheory("data/extraction/peers/trafilatura.jsonl")]
    [InlineData("rs_trafilatura", 0.970, 0.951, 0.990, 0.287)]
    [InlineData("trafilatura", 0.958, 0.938, 0.978, 0.293)]
    [InlineData("readability_js", 0.947, 0.914, 0.982, 0.166)]
    [InlineData("go_domdistiller", 0.927, 0.901, 0.956, 0.061)]
    [InlineData("readability", 0.922, 0.913, 0.931, 0.315)]
    [InlineData("goose3", 0.896, 0.940, 0.856, 0.232)]
    [InlineData("justext", 0.804, 0.858, 0.756, 0.088)]
    [InlineData("newspaper", 0.949, 0.964, 0.934, 0.326)]
    [InlineData("AutoExtract", 0.970, 0.984, 0.956, 0.470)]
    [InlineData("Diffbot", 0.951, 0.958, 0.944, 0.348)]
    [InlineData("boilerpipe", 0.860, 0.850, 0.870, 0.006)]
    [InlineData("dragnet", 0.907, 0.925, 0.889, 0.221)]
    public void Score_PeerOutput_ReproducesPublishedFigure(string peer, double f1, double precision, double recall, double accuracy)
    {
        var pages = ExtractionCorpus.LoadAeb(ExtractionBaseline.AebDir);
        var outputs = ExtractionCorpus.LoadPeer(Path.Combine(ExtractionBaseline.AebDir, "peers", peer + ".jsonl"));

        var score = ShingleScorer.Score(pages.Select(p => p.Gold).ToList(), pages.Select(p => outputs[p.Id]).ToList());

        // Published figures are rounded to 3 decimals, so a faithful metric lands within half a unit of the last digit.
        Assert.InRange(score.F1, f1 - 0.0005, f1 + 0.0005);
        Assert.InRange(score.Precision, precision - 0.0005, precision + 0.0005);
        Assert.InRange(score.Recall, recall - 0.0005, recall + 0.0005);
        Assert.InRange(score.Accuracy, accuracy - 0.0005, accuracy + 0.0005);
    }
}

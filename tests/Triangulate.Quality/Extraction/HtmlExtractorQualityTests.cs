using Triangulate.Extraction.Html;
using Triangulate.TestKit;
using Xunit.Abstractions;

namespace Triangulate.Quality.Extraction;

/// <summary>
/// Scores <see cref="HtmlExtractor"/> with the ScrapingHub benchmark metric on both gold sets. Floors
/// are in baseline.json ("extraction"); tuning used only the dev splits.
/// </summary>
public class HtmlExtractorQualityTests(ITestOutputHelper output)
{
    private static readonly HtmlExtractor Extractor = new();

    [SharedDataTheory("data/extraction/gold.jsonl")]
    [InlineData("test")]
    [InlineData("dev")]
    public void Aeb_Split_F1AboveFloor(string split)
    {
        var score = ScoreSplit(ExtractionCorpus.LoadAeb(ExtractionBaseline.AebDir), split);
        output.WriteLine($"ScrapingHub AEB {split}: {score}");

        Assert.True(score.F1 >= ExtractionBaseline.Floor($"aeb_{split}_f1"), $"AEB {split} {score} is below its floor");
        Assert.True(score.Precision >= ExtractionBaseline.Floor($"aeb_{split}_precision"), $"AEB {split} {score}: precision below its floor");
        Assert.True(score.Recall >= ExtractionBaseline.Floor($"aeb_{split}_recall"), $"AEB {split} {score}: recall below its floor");
    }

    [SharedDataTheory("data/extraction/l3s-gn1/gold.jsonl")]
    [InlineData("test")]
    [InlineData("dev")]
    public void L3s_Split_F1AboveFloor(string split)
    {
        var score = ScoreSplit(ExtractionCorpus.LoadL3s(ExtractionBaseline.L3sDir), split);
        output.WriteLine($"L3S-GN1 articleBody {split}: {score}");

        Assert.True(score.F1 >= ExtractionBaseline.Floor($"l3s_{split}_f1"), $"L3S-GN1 {split} {score} is below its floor");
    }

    private static ShingleScore ScoreSplit(List<ExtractionPage> pages, string split)
    {
        var subset = pages.Where(p => p.Split == split).ToList();
        Assert.NotEmpty(subset);
        var predicted = new string[subset.Count];
        Parallel.For(0, subset.Count, i => predicted[i] = Extractor.Extract(subset[i].ReadHtml(), subset[i].Url, CancellationToken.None).Text);
        return ShingleScorer.Score(subset.Select(p => p.Gold).ToList(), predicted);
    }
}

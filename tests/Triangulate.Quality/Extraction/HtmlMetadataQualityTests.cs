using Triangulate.Extraction.Html;
using Triangulate.TestKit;
using Xunit.Abstractions;

namespace Triangulate.Quality.Extraction;

/// <summary>
/// Title accuracy where gold has a title: L3S-GN1's headline (its first line; later lines are
/// sub-headlines). The ScrapingHub set has no title, date or byline gold.
/// </summary>
public class HtmlMetadataQualityTests(ITestOutputHelper output)
{
    private static readonly HtmlExtractor Extractor = new();

    [SharedDataTheory("data/extraction/l3s-gn1/gold.jsonl")]
    [InlineData("test")]
    [InlineData("dev")]
    public void L3s_Title_AccuracyAboveFloor(string split)
    {
        var pages = ExtractionCorpus.LoadL3s(ExtractionBaseline.L3sDir, "headline").Where(p => p.Split == split && p.Gold.Length > 0).ToList();
        var hits = new bool[pages.Count];
        Parallel.For(0, pages.Count, i =>
            hits[i] = TitleMatch.Same(Extractor.Extract(pages[i].ReadHtml(), null, CancellationToken.None).Title, pages[i].Gold.Split('\n')[0]));

        var accuracy = (double)hits.Count(h => h) / pages.Count;
        output.WriteLine(FormattableString.Invariant($"L3S-GN1 {split} title accuracy {accuracy:F3} over {pages.Count} pages"));

        Assert.True(accuracy >= ExtractionBaseline.Floor($"l3s_{split}_title_accuracy"), $"title accuracy {accuracy:F3} is below its floor");
    }
}

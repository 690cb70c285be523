using System.Text.Json;
using Triangulate.Extraction.Cleaning;
using Triangulate.Extraction.Cleaning.Scraped;
using Triangulate.Extraction.PlainText;
using Triangulate.TestKit;
using Xunit.Abstractions;

namespace Triangulate.Quality.Cleaning;

/// <summary>
/// The plain-text cleaner on text a naive crawler copied from a page (issue 22): the test pages of the AEB and
/// L3S-GN1 benchmarks rendered by <see cref="NaiveScraper"/> in both styles, each line labelled against the gold
/// article body (<see cref="LineLabeler"/>), built at run time. Line precision, recall and F1 of the article lines
/// the cleaner keeps, and F1 of the boilerplate lines it removes; the old cleaner (no furniture model) is printed
/// beside them. Floors in baseline.json under "cleaning".
/// </summary>
public sealed class ScrapedTextQualityTests(ITestOutputHelper output)
{
    private const string Aeb = "data/extraction";

    [SharedDataFact(Aeb)]
    public void Clean_ScrapedTestPages_LinesClassifiedAboveFloors()
    {
        var pages = ScrapedLineSet.Load(SharedData.Path("data", "extraction")!, "test");
        Assert.Equal(2 * (90 + 310), pages.Count);

        var cleaner = new PlainTextExtractor();
        var old = new PlainTextExtractor(new BoilerplateCleaner(new BoilerplateCleanerOptions { RemovePageFurniture = false }));
        foreach (var group in pages.GroupBy(p => (p.Corpus, p.Style)))
        {
            output.WriteLine($"{group.Key.Corpus} {group.Key.Style}: {ScrapedLineScorer.Score(group, cleaner)}");
        }

        var now = ScrapedLineScorer.Score(pages, cleaner);
        output.WriteLine($"old cleaner: {ScrapedLineScorer.Score(pages, old)}");
        output.WriteLine($"cleaner:     {now}");
        output.WriteLine($"per page (each page weighs the same): article F1 {PageMacroF1(pages, cleaner):F4}");

        var floors = Floors();
        Check("scrapedArticleLinePrecision", now.Precision, floors);
        Check("scrapedArticleLineRecall", now.Recall, floors);
        Check("scrapedArticleLineF1", now.F1, floors);
        Check("scrapedBoilerplateLineF1", now.BoilerplateF1, floors);
    }

    /// <summary>F1 of the page-averaged precision and recall, as the extraction benchmark weighs its pages.</summary>
    private static double PageMacroF1(List<ScrapedPage> pages, PlainTextExtractor cleaner)
    {
        double p = 0, r = 0;
        int np = 0, nr = 0;
        foreach (var page in pages)
        {
            var c = ScrapedLineScorer.Score(page, cleaner);
            if (c.KeptArticle + c.KeptBoilerplate > 0)
            {
                p += c.Precision;
                np++;
            }

            if (c.KeptArticle + c.RemovedArticle > 0)
            {
                r += c.Recall;
                nr++;
            }
        }

        var (mp, mr) = (p / np, r / nr);
        return 2 * mp * mr / (mp + mr);
    }

    private void Check(string metric, double value, JsonElement floors)
    {
        var floor = floors.GetProperty(metric).GetDouble();
        output.WriteLine($"cleaning.{metric} = {value:F4} (floor {floor:F4})");
        Assert.True(value >= floor, $"cleaning.{metric} = {value:F4} fell below its floor {floor:F4}");
    }

    private static JsonElement Floors()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "baseline.json")));
        return doc.RootElement.GetProperty("cleaning").Clone();
    }
}

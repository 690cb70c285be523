using Triangulate.Core.Ingest;
using Triangulate.Core.Model;
using Triangulate.Extraction.Tests.Fakes;
using Triangulate.TestKit;

namespace Triangulate.Extraction.Tests.Seeds;

/// <summary>The seeds through the whole extraction stage, as the pipeline runs it.</summary>
public sealed class SeedArticleTests
{
    [SharedDataFact("data/seeds")]
    public void Extract_AllSeeds_OneArticleEachWithDistinctIdsAndCredits()
    {
        var extractor = new ArticleExtractor(new FakeHtmlExtractor(FakeHtmlExtractor.Page("")));
        var articles = new Dictionary<string, Article>();
        foreach (var file in Directory.GetFiles(SharedData.Path("data", "seeds")!, "*.txt").Order())
        {
            var name = Path.GetFileName(file);
            var doc = new RawDocument(file, name, DocumentFormat.PlainText, File.ReadAllText(file), DocumentHints.None);
            var result = extractor.Extract(doc, default);

            Assert.Empty(result.Diagnostics);
            articles[name[..3]] = result.Article!;
        }

        Assert.Equal(5, articles.Values.Select(a => a.Id).Distinct().Count());
        Assert.Equal(["Reuters"], articles["002"].Metadata.CreditedSources);
        Assert.Equal(["Reuters"], articles["004"].Metadata.CreditedSources);
        Assert.Equal("Latin Times", articles["000"].Metadata.Outlet);
        Assert.Equal(new DateTimeOffset(2025, 9, 28, 0, 0, 0, TimeSpan.Zero), articles["001"].Metadata.Published);
        Assert.All(articles.Values, a => Assert.True(a.Text.Length > 1000));
    }
}

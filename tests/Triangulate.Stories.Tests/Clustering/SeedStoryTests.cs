using Triangulate.Core.Pipeline;
using Triangulate.Stories.Clustering;
using Triangulate.TestKit;

namespace Triangulate.Stories.Tests.Clustering;

public sealed class SeedStoryTests
{
    [SharedDataFact("data/seeds")]
    public void Process_Seeds_SeptemberArticlesShareOneStory()
    {
        var files = Directory.GetFiles(SharedData.Path("data", "seeds")!, "*.txt").Order(StringComparer.Ordinal).ToList();
        var context = new CorpusContext(files.ConvertAll(PlainTextSample.Read));

        new StoryClusteringStage().Process(context, CancellationToken.None);

        string StoryOf(string prefix) => context.Stories!.Single(s => s.ArticleIds.Any(id => id.StartsWith(prefix, StringComparison.Ordinal))).Id;
        Assert.Equal(StoryOf("000_"), StoryOf("001_"));
        Assert.Equal(StoryOf("000_"), StoryOf("002_"));
        Assert.Equal(StoryOf("000_"), StoryOf("004_"));

        // 003, two months later in the same saga, may join or stand alone; it must not pull others away.
        Assert.InRange(context.Stories!.Count, 1, 2);
        Assert.Contains("Maduro", context.Stories[0].Title, StringComparison.Ordinal);
    }
}

using Triangulate.Core.Model;
using Triangulate.Stories.Tests.Claims;
using Triangulate.TestKit;
using Xunit.Abstractions;

namespace Triangulate.Stories.Tests.Summary;

public class SummaryStageTests(ITestOutputHelper output)
{
    [SharedDataFact("data/seeds")]
    public void Seeds_Summary_ThreeToSevenSentencesEachCitingRealText()
    {
        var context = StoryStages.Seeds;
        var summary = context.Stories![0].Summary!;
        foreach (var s in summary)
        {
            output.WriteLine(s.Sentence + "  " + string.Join(" ", s.Evidence.Select(e => $"[{e.ArticleId}@{e.Start}]")));
        }

        Assert.InRange(summary.Count, 3, 7);
        var byId = context.Articles.ToDictionary(a => a.Id);
        Assert.All(summary, s => Assert.NotEmpty(s.Evidence));
        Assert.All(summary.SelectMany(s => s.Evidence), e => Assert.Equal(byId[e.ArticleId].Text.Substring(e.Start, e.Length), e.Text));
    }

    [SharedDataFact("data/seeds")]
    public void Seeds_Summary_SingleLineageStatementsAreAttributed()
    {
        var context = StoryStages.Seeds;
        foreach (var s in context.Stories![0].Summary!)
        {
            var lineages = s.Evidence.Select(e => context.LineageOf[e.ArticleId]).Distinct().Count();
            if (lineages < 2)
            {
                Assert.StartsWith("According to", s.Sentence, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Demo_Summary_StatesTheInjuryConflictAndCitesRealText()
    {
        var context = StoryStages.Demo;
        var summary = context.Stories![0].Summary!;
        foreach (var s in summary)
        {
            output.WriteLine(s.Sentence);
        }

        Assert.InRange(summary.Count, 3, 7);
        Assert.Contains(summary, s => s.Sentence.Contains("12", StringComparison.Ordinal) && s.Sentence.Contains("against fourteen people", StringComparison.Ordinal)); // a figure inside the sentence keeps no sentence capital (#20)
        var byId = context.Articles.ToDictionary(a => a.Id);
        Assert.All(summary.SelectMany(s => s.Evidence), e => Assert.Equal(byId[e.ArticleId].Text.Substring(e.Start, e.Length), e.Text));
    }

    [Fact]
    public void Process_OneArticleStory_SaysLessAndAttributesEverything()
    {
        var text = "The harbour ferry service was suspended on Friday after a storm damaged the main pier. " +
            "Engineers inspected the pier on Saturday and found cracks in two of its supports. " +
            "The operator expects to resume sailings next week once temporary repairs are finished. " +
            "Passengers were offered refunds or places on a replacement bus service along the coast.";
        var article = new Article("a", new ArticleSource("a"), new ArticleMetadata { Outlet = "Coast News" }, text);
        var context = StoryStages.Run(StoryCorpus.Build([article]));

        var summary = context.Stories![0].Summary!;
        Assert.InRange(summary.Count, 1, 3);
        Assert.All(summary, s => Assert.StartsWith("According to Coast News alone", s.Sentence, StringComparison.Ordinal));
    }
}

using Triangulate.Core.Annotations;
using Triangulate.Core.Dossier;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;
using Triangulate.Nlp.Dates;

namespace Triangulate.Nlp.Tests.Dates;

public sealed class StoryDatesStageTests
{
    private const string UndatedText = "A letter dated March 3 reached the council, two days after the vote. The mayor replied yesterday.";

    [Fact]
    public void Process_UndatedArticleInDatedStory_CalendarDatesPlacedInTheStorysYear()
    {
        var dated = Dated("dated", new DateTimeOffset(2026, 3, 9, 8, 0, 0, TimeSpan.Zero));
        var undated = Tagged(new Article("undated", new ArticleSource("b.txt"), new ArticleMetadata(), UndatedText));
        var context = Context([dated, undated], ["dated", "undated"]);

        new StoryDatesStage().Process(context, CancellationToken.None);

        var dates = undated.Annotations.Get(Layers.Dates);
        Assert.Equal("2026-03-03", dates.Single(d => Text(undated, d) == "March 3").Value);
        Assert.Equal("2026-03-01", dates.Single(d => Text(undated, d) == "two days").EventValue);
        Assert.Null(dates.Single(d => Text(undated, d) == "yesterday").Value); // the article's own day is still unknown
        Assert.Null(undated.Metadata.Published); // nothing is claimed about when it was published
    }

    [Fact]
    public void Process_StoryWithoutAnyDatedArticle_LeavesDatesUnresolved()
    {
        var undated = Tagged(new Article("undated", new ArticleSource("b.txt"), new ArticleMetadata(), UndatedText));
        var other = Dated("other", new DateTimeOffset(2026, 3, 9, 8, 0, 0, TimeSpan.Zero));
        var context = Context([undated, other], ["undated"]); // the dated article is in no story with it

        new StoryDatesStage().Process(context, CancellationToken.None);

        Assert.StartsWith("XXXX", undated.Annotations.Get(Layers.Dates).Single(d => Text(undated, d) == "March 3").Value, StringComparison.Ordinal);
    }

    [Fact]
    public void StoryDate_Median_OfDatedArticlesOnly()
    {
        var articles = new[]
        {
            Dated("a", new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero)),
            Dated("b", new DateTimeOffset(2026, 3, 9, 0, 0, 0, TimeSpan.Zero)),
            Dated("c", new DateTimeOffset(2026, 4, 30, 0, 0, 0, TimeSpan.Zero)),
            new Article("d", new ArticleSource("d.txt"), new ArticleMetadata(), "Undated."),
        };

        Assert.Equal(new DateOnly(2026, 3, 9), StoryDatesStage.StoryDate(articles));
    }

    private static Article Dated(string id, DateTimeOffset published) =>
        Tagged(new Article(id, new ArticleSource(id + ".txt"), new ArticleMetadata { Published = published }, "The council met on Monday."));

    private static Article Tagged(Article article)
    {
        new DateStage().Process(article, CancellationToken.None);
        return article;
    }

    private static CorpusContext Context(Article[] articles, string[] story) =>
        new(articles) { Stories = [new DossierStory { Id = "s1", ArticleIds = [.. story] }] };

    private static string Text(Article article, TimeExpression t) => article.Text.Substring(t.Span.Start, t.Span.Length);
}

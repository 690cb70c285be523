using Triangulate.Core.Annotations;
using Triangulate.Core.Model;
using Triangulate.Stories.Timeline;

namespace Triangulate.Stories.Tests.Timeline;

/// <summary>A date conflict needs one event (issue 22): never two statements by different speakers, listed once.</summary>
public sealed class DateConflictTests
{
    [Fact]
    public void FindDateConflicts_TwoSpeakersOnDifferentDays_NoConflict()
    {
        var a = Article("a", "The harbour master said on Monday that the pier was unsafe.", ("Monday", "2025-09-22"));
        var b = Article("b", "The fishermen's union said on Tuesday that the pier was unsafe.", ("Tuesday", "2025-09-23"));

        Assert.Empty(TimelineBuilder.FindDateConflicts(new TimelineBuilder().Build([a, b])));
    }

    [Fact]
    public void FindDateConflicts_StatementAgainstAnEventOfTheSameSpeaker_NoConflict()
    {
        var a = Article("a", "The harbour master said on Monday that the pier was unsafe.", ("Monday", "2025-09-22"));
        var b = Article("b", "The harbour master is scheduled to inspect the pier on Tuesday.", ("Tuesday", "2025-09-23"));

        Assert.Empty(TimelineBuilder.FindDateConflicts(new TimelineBuilder().Build([a, b])));
    }

    [Fact]
    public void FindDateConflicts_SameActionByDifferentSubjects_NoConflict()
    {
        var a = Article("a", "The union sent a letter to the harbour board on Thursday.", ("Thursday", "2025-09-25"));
        var b = Article("b", "Fishermen sent a letter to the harbour board on Friday.", ("Friday", "2025-09-26"));

        Assert.Empty(TimelineBuilder.FindDateConflicts(new TimelineBuilder().Build([a, b])));
    }

    [Fact]
    public void FindDateConflicts_OneEventThreeReports_OneConflictWithEachDateOnce()
    {
        var a = Article("a", "Storm waves wrecked the old pier on Monday.", ("Monday", "2025-09-22"));
        var b = Article("b", "Storm waves wrecked the old pier on Tuesday.", ("Tuesday", "2025-09-23"));
        var c = Article("c", "Storm waves wrecked the old pier on Tuesday night.", ("Tuesday", "2025-09-23"));

        var conflict = Assert.Single(TimelineBuilder.FindDateConflicts(new TimelineBuilder().Build([a, b, c])));

        Assert.Equal(["2025-09-22", "2025-09-23"], conflict.Sides.Select(s => s.Value));
        Assert.Equal(["b", "c"], conflict.Sides[1].ArticleIds);
    }

    private static Article Article(string id, string text, params (string Expression, string Value)[] dates)
    {
        var article = new Article(id, new ArticleSource(id), new ArticleMetadata(), text);
        article.Annotations.Set(Layers.Dates, dates.Select(d =>
            new TimeExpression(new TextSpan(text.IndexOf(d.Expression, StringComparison.Ordinal), d.Expression.Length), "DATE", d.Value, "day")).ToList());
        return article;
    }
}

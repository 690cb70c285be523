using Triangulate.Core.Annotations;
using Triangulate.Core.Model;
using Triangulate.Nlp.Dates;
using Triangulate.Stories.Timeline;

namespace Triangulate.Stories.Tests.Timeline;

public class ScheduledEventTests
{
    private static Article Dated(string text)
    {
        var article = new Article("a-1", new ArticleSource("a.txt"), new ArticleMetadata { Published = new DateTimeOffset(2025, 10, 22, 7, 45, 0, TimeSpan.Zero) }, text);
        new DateStage().Process(article, CancellationToken.None);
        return article;
    }

    [Fact]
    public void Build_EventAfterModal_PlacedOnItsFutureDate()
    {
        var timeline = new TimelineBuilder().Build([Dated("The city council will debate the motion at an emergency session on Thursday.")]);

        var entry = Assert.Single(timeline);
        Assert.Equal("2025-10-23", entry.Date);
        Assert.Contains("debate", entry.Event, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ModalBeforeBe_DoesNotMakeBeTheEvent()
    {
        var timeline = new TimelineBuilder().Build([Dated("The result will be known on Thursday.")]);

        Assert.DoesNotContain(timeline, t => t.Event.EndsWith(" be", StringComparison.Ordinal));
    }
}

using Triangulate.Core.Annotations;
using Triangulate.Core.Dossier;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;
using Triangulate.Stories.Timeline;

namespace Triangulate.Stories.Tests.Timeline;

public class TimelineStageTests
{
    [Fact]
    public void Process_StoryWithDatedSentence_GetsTimelineEntryCitingTheText()
    {
        const string text = "The council approved the budget on October 14. Residents protested.";
        var article = new Article("a-1", new ArticleSource("a.txt"), new ArticleMetadata { Published = new DateTimeOffset(2025, 10, 18, 0, 0, 0, TimeSpan.Zero) }, text);
        var start = text.IndexOf("October 14", StringComparison.Ordinal);
        article.Annotations.Set(Layers.Dates, [new TimeExpression(new TextSpan(start, "October 14".Length), "DATE", "2025-10-14", "day")]);
        var context = new CorpusContext([article]) { Stories = [new DossierStory { Id = "s1", ArticleIds = ["a-1"] }] };

        new TimelineStage().Process(context, CancellationToken.None);

        var entry = Assert.Single(context.Stories![0].Timeline!);
        Assert.Equal("2025-10-14", entry.Date);
        Assert.All(entry.Evidence, e => Assert.Equal(text.Substring(e.Start, e.Length), e.Text));
    }
}

using System.Text.RegularExpressions;
using Triangulate.Core.Diagnostics;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;

namespace Triangulate.Core.Tests.Pipeline;

public sealed class TimedOutArticlesTests
{
    private static readonly Article Slow = new("slow", new ArticleSource("slow.txt"), new ArticleMetadata(), "text");
    private static readonly Article Quick = new("quick", new ArticleSource("quick.txt"), new ArticleMetadata(), "text");

    [Fact]
    public void Detect_RegexTimesOut_GivesTheEmptyResultAndOneWarningForThatArticle()
    {
        var timedOut = new TimedOutArticles();
        var context = new CorpusContext([Slow, Quick]);

        var slow = timedOut.Detect(Slow, _ => throw new RegexMatchTimeoutException("x", "y", TimeSpan.FromMilliseconds(1)), new List<string>());
        var quick = timedOut.Detect(Quick, _ => new List<string> { "found" }, []);
        timedOut.Report(context, "relays", "relay detection", "its statements count as its own reporting");

        Assert.Empty(slow);
        Assert.Equal(["found"], quick);
        var warning = Assert.Single(context.Diagnostics);
        Assert.Equal(ErrorCodes.StageTimedOut, warning.Code);
        Assert.Equal("slow.txt", warning.Input);
        Assert.Equal("relays: relay detection ran out of time on article slow; its statements count as its own reporting.", warning.Message);
    }

    [Fact]
    public void Detect_OtherFailure_IsNotSwallowed() =>
        Assert.Throws<InvalidOperationException>(() => new TimedOutArticles().Detect<List<string>>(Quick, _ => throw new InvalidOperationException(), []));
}

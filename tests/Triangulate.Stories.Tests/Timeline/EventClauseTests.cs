using Triangulate.Core.Model;
using Triangulate.Nlp.Dates;
using Triangulate.Nlp.PartsOfSpeech;
using Triangulate.Nlp.Sentences;
using Triangulate.Nlp.Tokens;
using Triangulate.Stories.Timeline;

namespace Triangulate.Stories.Tests.Timeline;

/// <summary>Timeline events are short clauses a reader understands, read from tagged text (issue 22).</summary>
public sealed class EventClauseTests
{
    private static string Event(string text, string expression, string published = "2025-09-28")
    {
        var article = new Article("a", new ArticleSource("a"), new ArticleMetadata { Published = DateTimeOffset.Parse(published, System.Globalization.CultureInfo.InvariantCulture) }, text);
        new TokenizerStage().Process(article, CancellationToken.None);
        new SentenceStage().Process(article, CancellationToken.None);
        new DateStage().Process(article, CancellationToken.None);
        new PosStage().Process(article, CancellationToken.None);
        var timeline = new TimelineBuilder().Build([article]);
        var hits = timeline.Where(e => e.Expression == expression).ToList();
        Assert.True(hits.Count == 1, string.Join(" | ", timeline.Select(e => e.Expression + ": " + e.Event)));
        return hits[0].Event;
    }

    [Theory]
    [InlineData("The old swing bridge reopened to pedestrians on Tuesday after a month of repairs.", "Tuesday", "old swing bridge reopened to pedestrians")]
    [InlineData("The harbour board will vote on the ferry contract on Thursday.", "Thursday", "harbour board will vote on the ferry contract")]
    [InlineData("A section of the sea wall near the lighthouse collapsed on Saturday night.", "Saturday night", "section of the sea wall collapsed")]
    [InlineData("The lighthouse, built in 1902, still guides the ferries.", "1902", "lighthouse built")]
    [InlineData("Ferry operator Bluewater said it would add two crossings from Monday.", "Monday", "Ferry operator Bluewater would add two crossings")]
    [InlineData("The storm surge that flooded the harbour late Friday has receded.", "late Friday", "storm surge flooded the harbour")]
    [InlineData("The toll from the storm that struck late Friday rose to 14 on Sunday.", "late Friday", "storm struck")]
    [InlineData("The storm on Friday, which flattened two piers, cut power to the island.", "Friday", "storm flattened two piers")]
    public void Build_TaggedText_EventIsAShortClause(string text, string expression, string expected) =>
        Assert.Equal(expected, Event(text, expression));

    [Theory]
    [InlineData("The port halted all loading due to a storm last night.", "last night", "storm")]
    [InlineData("Rail traffic stopped on Monday after the collapse of the old viaduct on Saturday.", "Saturday", "collapse of the old viaduct")]
    [InlineData("The coast road reopened after a landslide on Tuesday.", "Tuesday", "landslide")]
    [InlineData("The harbour master arrived in the capital last night.", "last night", "harbour master arrived in the capital")]
    [InlineData("Ferries stayed in port following Friday's storm.", "Friday", "storm")]
    [InlineData("The coast road reopened after Monday's powerful blast.", "Monday", "powerful blast")]
    [InlineData("Friday's storm flattened the old pier.", "Friday", "storm flattened the old pier")]
    public void Build_DateRightAfterAnEventNoun_DatesTheNoun(string text, string expression, string expected) =>
        Assert.Equal(expected, Event(text, expression));

    [Theory]
    [InlineData("The island's busiest small fishing harbour was flooded in 2019.", "2019", "island's busiest small fishing harbour was flooded")]
    [InlineData("Repairs to the pier during the first half of this year will cost the port two million.", "this year", "first half will cost the port two million")]
    public void Build_SubjectCutToFiveWords_NoDanglingPossessiveOrPreposition(string text, string expression, string expected) =>
        Assert.Equal(expected, Event(text, expression, "2025-09-28"));

    [Fact]
    public void Build_StatementToTheReporter_NoFragment()
    {
        // '"…," she told me on Sunday' names a conversation, not an event: no entry rather than "she told me".
        var article = new Article("a", new ArticleSource("a"), new ArticleMetadata { Published = new DateTimeOffset(2025, 9, 29, 0, 0, 0, TimeSpan.Zero) },
            "\"The pier has been dangerous for years,\" she told me on Sunday.");
        new TokenizerStage().Process(article, CancellationToken.None);
        new SentenceStage().Process(article, CancellationToken.None);
        new DateStage().Process(article, CancellationToken.None);
        new PosStage().Process(article, CancellationToken.None);

        Assert.DoesNotContain(new TimelineBuilder().Build([article]), e => e.Event.Contains("told me", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_ReportedStatementDatedBySaying_EventIsWhatWasSaid()
    {
        Assert.Equal("harbour board said number of ferry crossings has risen to 12",
            Event("The number of ferry crossings has risen to 12, up from 10, the harbour board said on Monday.", "Monday"));
    }
}

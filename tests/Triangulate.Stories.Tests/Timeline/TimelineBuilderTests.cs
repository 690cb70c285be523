using Triangulate.Core.Annotations;
using Triangulate.Core.Model;
using Triangulate.Nlp.Dates;
using Triangulate.Nlp.PartsOfSpeech;
using Triangulate.Nlp.Sentences;
using Triangulate.Nlp.Tokens;
using Triangulate.Stories.Timeline;

namespace Triangulate.Stories.Tests.Timeline;

public sealed class TimelineBuilderTests
{
    [Fact]
    public void Build_DatedClause_EventPhraseWithPredicateAndParticipants()
    {
        var a = Article("a", "In a memo sent to the governor on 6 September, the mayor rejected the claims.", ("6 September", "DATE", "2025-09-06"));
        var entry = Assert.Single(new TimelineBuilder().Build([a]));
        Assert.Equal("2025-09-06", entry.Date);
        Assert.Equal("day", entry.Precision);
        Assert.Equal("memo sent to the governor", entry.Event);
        Assert.Equal("6 September", entry.Expression);
    }

    [Theory]
    [InlineData("Her brother said she had been wrongly held in Port Alcena since November 2024.", "November 2024", "2024-11", "she had been wrongly held in Port Alcena")]
    [InlineData("The council said the warning was not sent on 6 September.", "6 September", "2025-09-06", "warning was not sent")]
    public void Build_PassiveOrNegatedClause_AuxiliariesKept(string text, string expression, string value, string phrase)
    {
        var entry = Assert.Single(new TimelineBuilder().Build([Article("a", text, (expression, "DATE", value))]));

        Assert.Equal(phrase, entry.Event);
    }

    [Fact]
    public void Build_SameEventTwoArticles_MergedWithBothEvidence()
    {
        var a = Article("a", "The mayor's memo to the governor was dated September 6.", ("September 6", "DATE", "2025-09-06"));
        var b = Article("b", "In a memo sent to the governor on 6 September, the mayor rejected the claims.", ("6 September", "DATE", "2025-09-06"));
        var entry = Assert.Single(new TimelineBuilder().Build([a, b]));
        Assert.Equal(["a", "b"], entry.ArticleIds);
        Assert.Equal(2, entry.Evidence.Count);
        Assert.All(entry.Evidence, e => Assert.Equal(e.Text, (e.ArticleId == "a" ? a : b).Text.Substring(e.Start, e.Length)));
    }

    [Fact]
    public void Build_DifferentEventsSameDate_KeptApart()
    {
        var a = Article("a", "The army deployed troops on Friday. Separately, ministers approved the budget on Friday.",
            ("Friday", "DATE", "2025-09-19"), ("Friday", "DATE", "2025-09-19"));
        Assert.Equal(2, new TimelineBuilder().Build([a]).Count);
    }

    [Fact]
    public void Build_EventAnchoredDuration_EventOnImpliedDate()
    {
        const string text = "The memo was dated September 6, four days after a storm surge on the pier.";
        var article = new Article("a", new ArticleSource("t"), new ArticleMetadata(), text);
        var date = Find(text, "September 6");
        var duration = Find(text, "four days");
        var eventSpan = Find(text, "a storm surge on the pier");
        article.Annotations.Set(Layers.Dates,
        [
            new TimeExpression(date, "DATE", "2025-09-06", "day"),
            new TimeExpression(duration, "DURATION", "P4D", null, "2025-09-06", null, date, "2025-09-02", eventSpan),
        ]);
        var timeline = new TimelineBuilder().Build([article]);
        var strike = Assert.Single(timeline, e => e.Date == "2025-09-02");
        Assert.Equal("storm surge on the pier", strike.Event);
        Assert.Equal("four days after", strike.Expression);
        Assert.Equal("2025-09-02", timeline[0].Date);
    }

    [Fact]
    public void Build_UnresolvedOrVagueValues_Skipped()
    {
        var a = Article("a", "He left yesterday and things are different now.", ("yesterday", "DATE", null), ("now", "DATE", "PRESENT_REF"));
        Assert.Empty(new TimelineBuilder().Build([a]));
    }

    [Fact]
    public void Build_NoDatesLayer_UsesSuppliedTagger()
    {
        var a = new Article("a", new ArticleSource("t"), new ArticleMetadata(), "Rebels seized the town on Monday.");
        var builder = new TimelineBuilder(art => [new TimeExpression(Find(art.Text, "Monday"), "DATE", "2025-09-22", "day")]);
        Assert.Equal("2025-09-22", Assert.Single(builder.Build([a])).Date);
    }

    [Theory]
    [InlineData("The council passed the mayor's 2026 budget on a close vote.", "2026")]
    [InlineData("Engineers closed the 1987 crossing for repairs.", "1987")]
    public void Build_YearUsedAsALabel_DatesNothing(string text, string year)
    {
        var a = Article("a", text, (year, "DATE", year));

        Assert.Empty(new TimelineBuilder().Build([a]));
    }

    [Fact]
    public void Build_YearAsTheDateOfAnEvent_Kept()
    {
        var a = Article("a", "The crossing was built in 1987 by the port authority.", ("1987", "DATE", "1987"));

        Assert.Equal("1987", Assert.Single(new TimelineBuilder().Build([a])).Date);
    }

    [Fact]
    public void FindDateConflicts_SameEventDifferentDates_Flagged()
    {
        var a = Article("a", "Rebels seized the northern town on Monday.", ("Monday", "DATE", "2025-09-22"));
        var b = Article("b", "Rebels seized the northern town on Tuesday.", ("Tuesday", "DATE", "2025-09-23"));
        var timeline = new TimelineBuilder().Build([a, b]);
        var conflict = Assert.Single(TimelineBuilder.FindDateConflicts(timeline));
        Assert.Equal("date", conflict.Kind);
        Assert.Equal("contradiction", conflict.Assessment);
        Assert.Equal(["2025-09-22", "2025-09-23"], conflict.Sides.Select(s => s.Value));
    }

    [Fact]
    public void FindDateConflicts_SameWordsResolvedAgainstDifferentPublicationDates_NotFlagged()
    {
        // A copy published the next day resolves "on Monday" to another date: that is one statement, copied.
        var a = Article("a", "Rebels seized the northern town on Monday.", ("Monday", "DATE", "2025-09-22"));
        var b = Article("b", "Rebels seized the northern town on Monday.", ("Monday", "DATE", "2025-09-29"));
        Assert.Empty(TimelineBuilder.FindDateConflicts(new TimelineBuilder().Build([a, b])));
    }

    [Fact]
    public void FindDateConflicts_PlannedEventAgainstPastOne_NotFlaggedButPastAgainstPastIs()
    {
        var past = Article("past", "Councillors argued during the budget debate on Tuesday.", ("Tuesday", "DATE", "2025-10-14"));
        var planned = Article("planned", "Councillors will argue during the budget debate on Thursday.", ("Thursday", "DATE", "2025-10-23"));
        var timeline = new TimelineBuilder().Build([past, planned]);
        var published = new Dictionary<string, DateOnly> { ["past"] = new(2025, 10, 18), ["planned"] = new(2025, 10, 22) };

        Assert.Empty(TimelineBuilder.FindDateConflicts(timeline, id => published[id]));
        Assert.Single(TimelineBuilder.FindDateConflicts(timeline)); // without publication days the two look alike

        published["planned"] = new DateOnly(2025, 10, 24); // both already past when written: a real disagreement
        Assert.Single(TimelineBuilder.FindDateConflicts(timeline, id => published[id]));
    }

    [Fact]
    public void FindDateConflicts_DifferentEvents_NotFlagged()
    {
        var a = Article("a", "Rebels seized the northern town on Monday.", ("Monday", "DATE", "2025-09-22"));
        var b = Article("b", "Ministers approved the new budget on Tuesday.", ("Tuesday", "DATE", "2025-09-23"));
        Assert.Empty(TimelineBuilder.FindDateConflicts(new TimelineBuilder().Build([a, b])));
    }

    [Fact]
    public void FindDateConflicts_SameManDifferentVerbs_NotFlagged()
    {
        // One man's two steps in one case: convicted one year, sent back to prison the next. Not one event.
        var a = Tagged("a", "He was serving a long sentence after being convicted in May 2004.");
        var b = Tagged("b", "He returned to prison in May 2005 to serve a long sentence.");
        var timeline = new TimelineBuilder().Build([a, b]);
        Assert.True(TimelineBuilder.FindDateConflicts(timeline).Count == 0, string.Join(" | ", timeline.Select(e => e.Event + " " + e.Date)));
    }

    [Fact]
    public void FindDateConflicts_FragmentNamingOnlyTheSubject_NotFlagged()
    {
        // "Between 2001 and 2003, Okafor was …" leaves an entry that names its subject and nothing it did.
        var a = Tagged("a", "Between 2001 and 2003, Okafor was in and out of court.");
        var b = Tagged("b", "Okafor was given a second fine in 2004 for the same offence.");
        var timeline = new TimelineBuilder().Build([a, b]);
        Assert.True(TimelineBuilder.FindDateConflicts(timeline).Count == 0, string.Join(" | ", timeline.Select(e => e.Event + " " + e.Date)));
    }

    /// <summary>An article run through the real stages the timeline reads (tokens, sentences, dates, tags).</summary>
    private static Article Tagged(string id, string text)
    {
        var article = new Article(id, new ArticleSource(id), new ArticleMetadata { Published = new DateTimeOffset(2010, 6, 1, 0, 0, 0, TimeSpan.Zero) }, text);
        new TokenizerStage().Process(article, CancellationToken.None);
        new SentenceStage().Process(article, CancellationToken.None);
        new DateStage().Process(article, CancellationToken.None);
        new PosStage().Process(article, CancellationToken.None);
        return article;
    }

    private static Article Article(string id, string text, params (string Expression, string Type, string? Value)[] dates)
    {
        var article = new Article(id, new ArticleSource(id), new ArticleMetadata(), text);
        var from = 0;
        var list = new List<TimeExpression>();
        foreach (var (expression, type, value) in dates)
        {
            var at = text.IndexOf(expression, from, StringComparison.Ordinal);
            from = at + expression.Length;
            list.Add(new TimeExpression(new TextSpan(at, expression.Length), type, value, value is { Length: 10 } ? "day" : null));
        }

        article.Annotations.Set(Layers.Dates, list);
        return article;
    }

    private static TextSpan Find(string text, string s) => new(text.IndexOf(s, StringComparison.Ordinal), s.Length);
}

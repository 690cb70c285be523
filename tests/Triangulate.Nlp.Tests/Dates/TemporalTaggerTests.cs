using Triangulate.Core.Annotations;
using Triangulate.Nlp.Dates;

namespace Triangulate.Nlp.Tests.Dates;

public sealed class TemporalTaggerTests
{
    // Sunday 28 September 2025: the reference date of most cases below.
    private static readonly DateOnly Reference = new(2025, 9, 28);
    private readonly TemporalTagger _tagger = new();

    [Theory]
    [InlineData("The letter was dated September 6.", "September 6", "DATE", "2025-09-06", "day")]
    [InlineData("It was sent on 6 September 2025 by courier.", "6 September 2025", "DATE", "2025-09-06", "day")]
    [InlineData("He spoke on Tuesday.", "Tuesday", "DATE", "2025-09-23", "day")]
    [InlineData("This Monday, the US designated the cartel.", "This Monday", "DATE", "2025-09-22", "day")]
    [InlineData("Washington last month doubled its reward.", "last month", "DATE", "2025-08", "month")]
    [InlineData("The talks stalled yesterday.", "yesterday", "DATE", "2025-09-27", "day")]
    [InlineData("He arrived two weeks ago.", "two weeks ago", "DATE", "2025-W37", null)]
    [InlineData("He was released in May.", "May", "DATE", "2025-05", "month")]
    [InlineData("He had been detained since November 2024.", "November 2024", "DATE", "2024-11", "month")]
    [InlineData("The envoy met him earlier this month.", "earlier this month", "DATE", "2025-09", "month")]
    [InlineData("Prices fell sharply in 1987 after the crash.", "1987", "DATE", "1987", "year")]
    [InlineData("Sales rose in the first quarter.", "the first quarter", "DATE", "2025-Q1", null)]
    [InlineData("Inflation was high in the 1970s.", "the 1970s", "DATE", "197", null)]
    [InlineData("The base will be expanded this summer.", "this summer", "DATE", "2025-SU", null)]
    [InlineData("Flights leave each week for Caracas.", "each week", "SET", "P1W", null)]
    [InlineData("Twice-weekly deportation flights continued.", "Twice-weekly", "SET", "P1W", null)]
    [InlineData("He served three years in prison.", "three years", "DURATION", "P3Y", null)]
    [InlineData("Eight days earlier, he had said so.", "Eight days earlier", "DATE", "2025-09-20", "day")]
    [InlineData("The plant closed the past two months.", "the past two months", "DURATION", "P2M", null)]
    [InlineData("The vote is due at 10:30 a.m. Friday.", "10:30 a.m. Friday", "TIME", "2025-10-03T10:30", "day")]
    [InlineData("The price is higher now.", "now", "DATE", "PRESENT_REF", null)]
    [InlineData("He met her last Friday.", "last Friday", "DATE", "2025-09-26", "day")]
    [InlineData("Officials said they would meet next year.", "next year", "DATE", "2026", "year")]
    [InlineData("Trading resumed in mid-1996 after a pause.", "mid-1996", "DATE", "1996", "year")]
    [InlineData("The talks lasted more than four days.", "more than four days", "DURATION", "P4D", null)]
    public void Tag_Expression_NormalisedAgainstReference(string text, string expected, string type, string value, string? precision)
    {
        var t = Single(text, expected);
        Assert.Equal(type, t.Type);
        Assert.Equal(value, t.Value);
        Assert.Equal(precision, t.Precision);
    }

    /// <summary>Wire copy gives 24-hour times as four digits ("struck at 1353 (1023 GMT)"); they were read as the years
    /// 1353 and 1023 and put at the head of a 2005 story's timeline (ECB+ train topic 20, found by running it).</summary>
    [Theory]
    [InlineData("The quake, which struck at 1353 (1023 GMT), was felt in Oman.", "1353", "2025-09-28T13:53")]
    [InlineData("The quake, which struck at 1353 (1023 GMT), was felt in Oman.", "1023 GMT", "2025-09-28T10:23")]
    [InlineData("The plane left at 0412 GMT on Sunday.", "0412 GMT on Sunday", "2025-09-28T04:12")]
    [InlineData("Troops moved in at 2130 local time.", "2130", "2025-09-28T21:30")]
    [InlineData("The curfew starts at 1800 hrs.", "1800 hrs", "2025-09-28T18:00")]
    public void Tag_FourDigitWireTime_IsAClockTimeNotAYear(string text, string expected, string value)
    {
        var t = Single(text, expected);
        Assert.Equal("TIME", t.Type);
        Assert.Equal(value, t.Value);
    }

    /// <summary>Four-digit numbers with neither a wire-time cue nor an address around them stay years.</summary>
    [Theory]
    [InlineData("The town was founded in 1353 by monks.", "1353")]
    [InlineData("Flooding at 1999 levels returned.", "1999")]
    [InlineData("He was born at 1200 feet in the hills in 1950.", "1950")]
    [InlineData("The theatre opened in 1912 to great acclaim.", "1912")]
    [InlineData("In 2014, officials found ties to a group.", "2014")]
    [InlineData("It was a 2015 Supreme Court ruling.", "2015")]
    [InlineData("Banks never recovered from the 2008 Wall Street crash.", "2008")]
    [InlineData("The law took effect in 2014 Main Street shops said.", "2014")]
    public void Tag_FourDigitNumberWithoutWireOrAddressCue_StaysAYear(string text, string expected)
    {
        var t = Single(text, expected);
        Assert.Equal("DATE", t.Type);
        Assert.Equal(expected, t.Value);
    }

    /// <summary>A street number is no year: "located at 1912 S. Orange Ave." headed a 2016 shooting's timeline as 1912
    /// (`counts` dev incident, found by running it).</summary>
    [Theory]
    [InlineData("The club, located at 1912 S. Orange Ave., was closed.", "1912")]
    [InlineData("Two men were shot in the 1400 block of Gherald Street.", "1400")]
    [InlineData("The fire started at 2210 North Lake Shore Drive on Monday.", "2210")]
    public void Tag_StreetNumber_IsNoYear(string text, string number)
    {
        var found = _tagger.Tag(text, Reference);

        Assert.DoesNotContain(found, t => text.Substring(t.Span.Start, t.Span.Length).Contains(number, StringComparison.Ordinal));
        Assert.Equal(text.Contains("Monday", StringComparison.Ordinal), found.Any(t => t.Value == "2025-09-22"));
    }

    [Theory]
    [InlineData("Washington last month doubled its reward.", "last month")]
    [InlineData("He spoke on Tuesday.", "Tuesday")]
    [InlineData("He arrived two weeks ago.", "two weeks ago")]
    [InlineData("The talks stalled yesterday.", "yesterday")]
    public void Tag_NoReferenceDate_RelativeValueIsNull(string text, string expected)
    {
        var found = _tagger.Tag(text, null);
        var t = Assert.Single(found, x => text.Substring(x.Span.Start, x.Span.Length) == expected);
        Assert.Null(t.Value);
    }

    /// <summary>Found by the property tests (tests/Triangulate.Reliability.Tests): "the" as the last token sent the decade
    /// rule past the end of the token list, and so did "on" after a clock time.</summary>
    [Theory]
    [InlineData("U.S.\nthe")]
    [InlineData(":x the")]
    [InlineData("the")]
    [InlineData("at 3 p.m. on")]
    public void Tag_TextEndingMidExpression_NoThrow(string text)
    {
        var found = _tagger.Tag(text, Reference);

        Assert.All(found, t => Assert.True(t.Span.IsWithin(text.Length)));
    }

    [Fact]
    public void Tag_NoReferenceDate_AbsoluteDateStillResolved()
    {
        var t = Assert.Single(_tagger.Tag("It opened on 6 September 2025.", null));
        Assert.Equal("2025-09-06", t.Value);
    }

    [Fact]
    public void Tag_DurationAfterEvent_EventDatedFromSentenceAnchor()
    {
        const string text = "The mayor's memo was dated September 6, four days after a storm surge hit the old ferry pier.";
        var found = _tagger.Tag(text, Reference);
        var duration = Assert.Single(found, t => t.Type == "DURATION");
        Assert.Equal("four days", text.Substring(duration.Span.Start, duration.Span.Length));
        Assert.Equal("P4D", duration.Value);
        Assert.Equal("2025-09-06", duration.Anchor);
        Assert.Equal("2025-09-02", duration.EventValue);
        Assert.NotNull(duration.EventSpan);
        Assert.StartsWith("a storm surge", text.Substring(duration.EventSpan!.Value.Start, duration.EventSpan.Value.Length), StringComparison.Ordinal);
    }

    [Fact]
    public void Tag_DurationAfterEventWithoutDate_NoEventValue()
    {
        var duration = Assert.Single(_tagger.Tag("Protests began four days after the vote.", Reference));
        Assert.Equal("P4D", duration.Value);
        Assert.Null(duration.EventValue);
    }

    [Fact]
    public void Tag_OffsetAfterExplicitDate_AnchoredOnThatDate()
    {
        const string text = "The letter arrived on September 6, eight days earlier than planned.";
        var t = Single(text, "eight days earlier");
        Assert.Equal("2025-08-29", t.Value);
        Assert.Equal("2025-09-06", t.Anchor);
    }

    [Theory]
    [InlineData("Theresa May said she may resign.")]
    [InlineData("The army will march on the capital.")]
    [InlineData("Prices could fall sharply.")]
    [InlineData("He scored 2,000 points and paid $1987 for it.")]
    [InlineData("Call 555-1234 for tickets.")]
    public void Tag_NonTemporalWords_NothingFound(string text)
    {
        Assert.Empty(_tagger.Tag(text, Reference));
    }

    [Fact]
    public void Tag_YearAgoAfterQuarter_ComparedPeriodAYearBack()
    {
        var t = Single("Third-quarter profit rose 5% from a year earlier.", "a year earlier");
        Assert.Equal("2024-Q3", t.Value);
        Assert.Equal("2025-Q3", t.Anchor);
    }

    [Theory]
    [InlineData("Families gathered on Thanksgiving Day.", "Thanksgiving Day", "2024-11-28")]
    [InlineData("Shops will close on Christmas Day.", "Christmas Day", "2025-12-25")]
    [InlineData("The annual March for Life drew crowds in March.", "March", "2025-03")]
    public void Tag_NamedDays_ResolvedByTense(string text, string expected, string value)
    {
        Assert.Equal(value, Single(text, expected).Value);
    }

    [Theory]
    [InlineData("Humans arrived 100,000 years ago.")]
    [InlineData("It formed 4,500,000,000 years ago, eight million centuries earlier than that.")]
    public void Tag_OffsetBeyondCalendar_ValueNullNoThrow(string text)
    {
        var found = _tagger.Tag(text, Reference);
        Assert.NotEmpty(found);
        Assert.All(found.Where(f => f.Type == "DATE"), f => Assert.Null(f.Value));
    }

    [Fact]
    public void Tag_HugeSentenceOfAnchoredExpressions_AllFound()
    {
        // No full stop anywhere: one 20,000-expression "sentence" must still be tagged expression by expression.
        var text = "dated September 6, " + string.Concat(Enumerable.Repeat("four days after the vote, two years earlier, ", 10_000));
        var found = _tagger.Tag(text, Reference);
        Assert.Equal(20_001, found.Count);
    }

    [Fact]
    public void Tag_DatelineTimestamp_TimeWithDate()
    {
        var t = Single("10:41 28.09.2025 • The ferry sailed at dawn.", "10:41 28.09.2025");
        Assert.Equal("TIME", t.Type);
        Assert.Equal("2025-09-28T10:41", t.Value);
    }

    [Theory]
    [InlineData("The letter was dated September 6.", "September 6", "2025-09-06")]
    [InlineData("He was released in May.", "May", "2025-05")]
    [InlineData("The talks stalled yesterday.", "yesterday", null)]
    [InlineData("This Monday, the US designated the cartel.", "This Monday", null)]
    [InlineData("He met her last March.", "last March", null)]
    public void Tag_CalendarHintOnly_PlacesCalendarDatesButNotDayRelativeOnes(string text, string expected, string? value)
    {
        var t = _tagger.Tag(text, null, Reference).Single(x => text.Substring(x.Span.Start, x.Span.Length) == expected);

        Assert.Equal(value, t.Value);
    }

    [Fact]
    public void Tag_FutureInsideQuoteBeforeSaid_DayIsThePastOne()
    {
        const string text = "\"They will answer for it,\" the mayor said late on Saturday.";

        Assert.Equal("2025-09-27", Single(text, "Saturday").Value);
    }

    [Theory]
    [InlineData("The roof gave way at about 7:40 p.m., officials said.", 8, 12, "2025-09-27T19:40")]
    [InlineData("The roof gave way at about 7:40 p.m., officials said.", 21, 5, "2025-09-28T19:40")]
    [InlineData("The hall will open at 7:40 p.m. for the vote.", 8, 12, "2025-09-28T19:40")]
    public void Tag_ClockTimeAfterPublicationTime_PastEventIsTheDayBefore(string text, int hour, int minute, string value)
    {
        var t = _tagger.Tag(text, Reference, referenceClock: new TimeOnly(hour, minute)).Single(x => x.Type == "TIME");

        Assert.Equal(value, t.Value);
    }

    private TimeExpression Single(string text, string expected)
    {
        var found = _tagger.Tag(text, Reference);
        var texts = string.Join(" | ", found.Select(f => text.Substring(f.Span.Start, f.Span.Length)));
        return Assert.Single(found, t => text.Substring(t.Span.Start, t.Span.Length) == expected) ?? throw new InvalidOperationException(texts);
    }
}

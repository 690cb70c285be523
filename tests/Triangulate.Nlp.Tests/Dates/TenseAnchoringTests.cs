using Triangulate.Nlp.Dates;

namespace Triangulate.Nlp.Tests.Dates;

/// <summary>Relative dates anchored the way a reader anchors them: the clause's tense points the way (issue 22).</summary>
public sealed class TenseAnchoringTests
{
    private readonly TemporalTagger _tagger = new();

    private string? Value(string text, string expression, DateOnly published)
    {
        var found = _tagger.Tag(text, published);
        return Assert.Single(found, x => text.Substring(x.Span.Start, x.Span.Length) == expression).Value;
    }

    // Sunday 12 January 2025.
    private static readonly DateOnly Sunday = new(2025, 1, 12);

    [Theory]
    [InlineData("The ferry company said it would run two extra crossings between the old harbour and the island market from Monday.", "Monday", "2025-01-13")]
    [InlineData("Extra crossings start from Monday, the ferry company said.", "Monday", "2025-01-13")]
    [InlineData("The harbour master will inspect the pier on Monday.", "Monday", "2025-01-13")]
    [InlineData("The pier is scheduled to reopen on Wednesday.", "Wednesday", "2025-01-15")]
    [InlineData("The harbour master inspected the pier on Monday.", "Monday", "2025-01-06")]
    [InlineData("On Friday, the pier was closed after a storm.", "Friday", "2025-01-10")]
    [InlineData("The mayor said on Saturday that the pier was safe.", "Saturday", "2025-01-11")]
    [InlineData("The vote on the pier has been delayed until Tuesday.", "Tuesday", "2025-01-14")]
    [InlineData("The vote on the pier was held until Tuesday.", "Tuesday", "2025-01-07")]
    [InlineData("Ferries to the island were cancelled due to a storm on Thursday.", "Thursday", "2025-01-09")]
    [InlineData("Flights resumed after a halt due to the blizzard on Thursday.", "Thursday", "2025-01-09")]
    [InlineData("The relief convoy is due to arrive on Thursday.", "Thursday", "2025-01-16")]
    [InlineData("Following Friday's storm, the pier stayed shut.", "Friday", "2025-01-10")]
    public void Tag_WeekdayInSundayArticle_PointsTheWayTheClausePoints(string text, string expression, string expected) =>
        Assert.Equal(expected, Value(text, expression, Sunday));

    [Theory]
    [InlineData("The March audit rated the pier's piles as worn.", "March", "2025-10-20", "2025-03")]
    [InlineData("The audit will be published in March.", "March", "2025-10-20", "2026-03")]
    [InlineData("The pier was last repaired in August.", "August", "2025-03-04", "2024-08")]
    [InlineData("Divers found cracks in March, the report said.", "March", "2025-10-20", "2025-03")]
    [InlineData("Repairs must be finished by December under the contract the council signed.", "December", "2025-10-20", "2025-12")]
    [InlineData("In February, a storm packing winds of 120 km an hour on the coast hit the old harbour.", "February", "2025-11-20", "2025-02")]
    [InlineData("In February, a storm packing winds of 120 km an hour on the coast will test the new pier.", "February", "2025-11-20", "2026-02")]
    [InlineData("In February, a storm measuring 6. 4 on the old scale hit the old harbour.", "February", "2025-11-20", "2025-02")]
    public void Tag_MonthWithoutYear_ClosestInTheTensesDirection(string text, string expression, string published, string expected) =>
        Assert.Equal(expected, Value(text, expression, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("The runoff slated for June 25 will decide the seat.", "June 25", "2013-01-30", "2013-06-25")]
    [InlineData("Whoever wins the June 25 runoff takes the seat.", "June 25", "2013-01-30", "2013-06-25")]
    [InlineData("The ferry sank on December 28 with 40 people aboard.", "December 28", "2014-01-09", "2013-12-28")]
    [InlineData("Talks are scheduled for January 5.", "January 5", "2014-12-20", "2015-01-05")]
    [InlineData("The court told him to leave by January 14.", "January 14", "2014-01-05", "2014-01-14")]
    [InlineData("Searchers have looked for him since October 23.", "October 23", "2014-05-06", "2013-10-23")]
    [InlineData("Her appointment would have been effective July 1.", "July 1", "2014-04-03", "2014-07-01")]
    [InlineData("The new ferry will have entered service by July 1.", "July 1", "2014-04-03", "2014-07-01")]
    public void Tag_MonthDayWithoutYear_InheritsTheArticlesYearUnlessTheTenseSaysOtherwise(string text, string expression, string published, string expected) =>
        Assert.Equal(expected, Value(text, expression, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("The pier first opened on Valentine's Day in 2012.", "Valentine's Day in 2012", "2012-02-14")]
    [InlineData("The ferry sank on Boxing Day.", "Boxing Day", "2024-12-26")]
    public void Tag_NamedDay_DatedWithItsYear(string text, string expression, string expected) =>
        Assert.Equal(expected, Value(text, expression, Sunday));
}

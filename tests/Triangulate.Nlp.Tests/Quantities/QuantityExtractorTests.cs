using Triangulate.Core.Annotations;
using Triangulate.Nlp.Quantities;

namespace Triangulate.Nlp.Tests.Quantities;

public sealed class QuantityExtractorTests
{
    private readonly QuantityExtractor _extractor = new();

    [Theory]
    [InlineData("The strike killed 11 people on board.", 11, "people", null)]
    [InlineData("Six Americans were freed.", 6, "American", null)]
    [InlineData("A buildup that includes seven warships.", 7, "warship", null)]
    [InlineData("More than 8,000 Venezuelans have been removed.", 8000, "Venezuelan", "more than")]
    [InlineData("Approximately 15,000 soldiers are mobilized.", 15000, "soldier", "about")]
    [InlineData("At least 21 vessels were destroyed.", 21, "vessel", "at least")]
    [InlineData("It deployed tens of thousands of troops.", 10000, null, "vague")]
    [InlineData("He bought a dozen eggs.", 12, "egg", null)]
    [InlineData("Nearly twenty-five boats sank.", 25, "boat", "nearly")]
    [InlineData("Between 10 and 15 people were hurt.", 10, "people", "range")]
    public void Extract_Count_ValueNounQualifier(string text, double value, string? unit, string? qualifier)
    {
        var q = First(text);
        Assert.Equal(value, q.Value);
        if (unit is not null)
        {
            Assert.Equal(unit, q.Unit);
        }

        Assert.Equal(qualifier, q.Qualifier);
    }

    [Theory]
    [InlineData("Officials said between 2 and 3 million people were affected.", 2_000_000, 3_000_000)]
    [InlineData("Repairs would cost $3 to $5 billion.", 3_000_000_000, 5_000_000_000)]
    [InlineData("Losses were put at between 145 and 150 mln dlrs.", 145_000_000, 150_000_000)]
    [InlineData("It would have to import six to seven million barrels.", 6_000_000, 7_000_000)]
    [InlineData("Between two and three hundred people fled.", 200, 300)]
    [InlineData("Damage was estimated at $3bn to $5bn.", 3_000_000_000, 5_000_000_000)]
    [InlineData("Between 2 million and 3 million people were affected.", 2_000_000, 3_000_000)]
    [InlineData("Between 500 and 2 million people were affected.", 500, 2_000_000)] // scaled, 500 would pass the high end
    [InlineData("Between 1,500 and 2,000 people were displaced.", 1500, 2000)]
    public void Extract_Range_ScaleWrittenOnceAppliesToBothEnds(string text, double value, double valueMax)
    {
        var q = First(text);
        Assert.Equal((value, valueMax, "range"), (q.Value, q.ValueMax ?? double.NaN, q.Qualifier));
    }

    [Theory]
    [InlineData("The reward was doubled to $50 million.", 50_000_000, "USD")]
    [InlineData("It cost £2.5bn in total.", 2_500_000_000, "GBP")]
    [InlineData("Just five per cent of drugs pass through.", 5, "percent")]
    [InlineData("Some 70% were destroyed.", 70, "percent")]
    [InlineData("They paid 300 dollars each.", 300, "USD")]
    [InlineData("A fine of €1.2 million was imposed.", 1_200_000, "EUR")]
    [InlineData("Shares rose 27-1/2 cts to close.", 0.275, "USD")]
    [InlineData("It was sold for 1.90 Canadian dollars.", 1.9, "CAD")]
    [InlineData("Output was about 8.3 mln barrels.", 8_300_000, "barrel")]
    [InlineData("It earned 270.8 mln dlrs last year.", 270_800_000, "USD")]
    [InlineData("The plan costs hundreds of millions of pounds.", 100_000_000, null)]
    public void Extract_MoneyAndPercent_NormalisedWithUnit(string text, double value, string? unit)
    {
        var q = First(text);
        Assert.Equal(value, q.Value, 3);
        if (unit is not null)
        {
            Assert.Equal(unit, q.Unit);
        }
    }

    [Theory]
    [InlineData("11 people were killed in the strike.", "killed in the strike")]
    [InlineData("Grenell secured the release of seven US citizens.", "release")]
    [InlineData("The deal released six Americans.", "released")]
    [InlineData("At least 83 people killed in bombings.", "killed in bombings")]
    [InlineData("The reward for his arrest rose to $50 million.", "reward")]
    [InlineData("Just five per cent of fish landed in Selwyn go abroad.", "of fish landed in Selwyn")]
    [InlineData("It said 70 per cent were neutralised.", "neutralised")]
    public void Extract_Count_PredicateFound(string text, string about)
    {
        Assert.Equal(about, First(text).About);
    }

    [Theory]
    [InlineData("The letter was dated September 6.")]
    [InlineData("Sales fell in 1987 and again in 1998.")]
    [InlineData("It was his second term and the 3rd visit.")]
    [InlineData("Call 555-1234 or +44 20 7946 0958 today.")]
    [InlineData("F-35 jets and COVID-19 were discussed.")]
    [InlineData("The meeting starts at 10:41 on Friday.")]
    [InlineData("One of them said No. 5 was the best.")]
    [InlineData("They met three years ago.")]
    [InlineData("The attacks of 9/11 changed policy 24/7.")]
    public void Extract_DatesOrdinalsIdentifiers_Skipped(string text)
    {
        Assert.Empty(_extractor.Extract(text));
    }

    /// <summary>Found by the property tests (tests/Triangulate.Reliability.Tests): a figure right after a leading dash
    /// made the "F-35" check look at the token before the first one.</summary>
    [Theory]
    [InlineData("-51146 people were injured")]
    [InlineData("-5")]
    public void Extract_DashBeforeFirstNumber_NoThrow(string text)
    {
        _ = _extractor.Extract(text);
    }

    [Fact]
    public void Extract_SpanCoversNumberAndNoun()
    {
        const string text = "The strike killed 11 people.";
        var q = First(text);
        Assert.Equal("11 people", text.Substring(q.Span.Start, q.Span.Length));
    }

    [Fact]
    public void Extract_WireSignOff_NotTakenAsCountedNoun()
    {
        var q = First("Revenue rose to three\n Reuter");
        Assert.Null(q.Unit);
    }

    [Fact]
    public void Extract_WrappedWireLine_NounOnNextLineStillFound()
    {
        Assert.Equal("barrel", First("Stocks fell to 16.3 mln\nbarrels in February.").Unit);
    }

    [Theory]
    [InlineData("-6 TALKS GO ON\nOfficials met.")]
    [InlineData("-")]
    [InlineData("-6")]
    [InlineData("6-")]
    [InlineData("/6")]
    public void Extract_NumberRightAfterLeadingPunctuation_DoesNotThrow(string text)
    {
        // Regression: a cleaned text that starts "-6 …" (a headline cut after "G") read the token before the first one.
        var found = _extractor.Extract(text);
        Assert.All(found, q => Assert.InRange(q.Span.End, 0, text.Length));
    }

    private QuantityAnnotation First(string text)
    {
        var found = _extractor.Extract(text);
        Assert.NotEmpty(found);
        return found[0];
    }
}

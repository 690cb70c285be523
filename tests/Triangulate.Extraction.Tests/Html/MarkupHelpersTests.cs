using Triangulate.Extraction.Html;

namespace Triangulate.Extraction.Tests.Html;

public class MarkupHelpersTests
{
    [Fact]
    public void Exceeds_NestedDivsPastLimit_True()
    {
        Assert.True(MarkupDepth.Exceeds(string.Concat(Enumerable.Repeat("<div>", 11)), 10));
    }

    [Fact]
    public void Exceeds_ClosedSiblingsAndVoidTags_False()
    {
        var html = string.Concat(Enumerable.Repeat("<div><p>x<br><img src=a><li>y</div>", 1000));

        Assert.False(MarkupDepth.Exceeds(html, 10));
    }

    [Fact]
    public void Exceeds_TagsInsideScript_NotCounted()
    {
        var html = "<script>" + string.Concat(Enumerable.Repeat("<div>", 100)) + "</script><div></div>";

        Assert.False(MarkupDepth.Exceeds(html, 10));
    }

    [Fact]
    public void CloseTitle_MissingEndTag_Inserted()
    {
        Assert.Equal("<title>T</title><script>", MarkupRepair.CloseTitle("<title>T<script>"));
    }

    [Fact]
    public void CloseTitle_DamagedEndTag_Inserted()
    {
        Assert.Equal("<title>T</title></titleval>", MarkupRepair.CloseTitle("<title>T</titleval>"));
    }

    [Fact]
    public void EmptySelects_MenuWithStrayTags_OptionsRemovedRestKept()
    {
        const string html = "<form><select name=jump><option>a<br><option>b<img src=x></select></form><selection>x</selection><p>after</p>";

        Assert.Equal("<form><select name=jump></select></form><selection>x</selection><p>after</p>", MarkupRepair.EmptySelects(html));
    }

    [Fact]
    public void EmptySelects_UnclosedMenuBeforeAnother_OnlyTheClosedOneEmptied()
    {
        const string html = "<select><option>a<p>story</p><select><option>b</select><p>after</p>";

        Assert.Equal("<select><option>a<p>story</p><select></select><p>after</p>", MarkupRepair.EmptySelects(html));
    }

    [Fact]
    public void EmptySelects_NoEndTag_Unchanged()
    {
        const string html = "<select><option>a<p>after</p>";

        Assert.Same(html, MarkupRepair.EmptySelects(html));
    }

    [Fact]
    public void CloseTitle_WellFormed_Unchanged()
    {
        const string html = "<title>T</title ><body>";

        Assert.Same(html, MarkupRepair.CloseTitle(html));
    }

    [Fact]
    public void Strip_Markup_ParagraphsAndEntitiesDecoded()
    {
        var text = FlatText.Strip("<div>Fish &amp; chips<script>var x='<p>';</script></div><p>Second</p>", CancellationToken.None);

        Assert.Equal("Fish & chips\n\nSecond", text);
    }

    [Theory]
    [InlineData("2019-11-18T20:51:19Z", 2019, 11, 18)]
    [InlineData("2019-11-18", 2019, 11, 18)]
    [InlineData("Mon, 18 Nov 2019 20:51:19 +0000", 2019, 11, 18)]
    [InlineData("November 18, 2019", 2019, 11, 18)]
    [InlineData("2008-01-15 10:30:00 EST", 2008, 1, 15)]
    public void Parse_CommonFormats_Parsed(string value, int year, int month, int day)
    {
        var parsed = DateValues.Parse(value);

        Assert.NotNull(parsed);
        Assert.Equal((year, month, day), (parsed.Value.Year, parsed.Value.Month, parsed.Value.Day));
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("1800-01-01")]
    [InlineData("99999999999999999")]
    public void Parse_NotADate_Null(string value)
    {
        Assert.Null(DateValues.Parse(value));
    }

    [Theory]
    [InlineData("https://a.com/2019/11/18/story.html", 2019, 11, 18)]
    [InlineData("https://a.com/news/2015-10-27-story", 2015, 10, 27)]
    public void FromUrl_DatePath_Parsed(string url, int year, int month, int day)
    {
        Assert.Equal(new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero), DateValues.FromUrl(url));
    }

    [Theory]
    [InlineData("https://a.com/story/123456789")]
    [InlineData("https://a.com/2019/13/40/story")]
    public void FromUrl_NoDate_Null(string url)
    {
        Assert.Null(DateValues.FromUrl(url));
    }

    [Theory]
    [InlineData("Story | Site", "Site", "Story")]
    [InlineData("Site - Story about things", "Site", "Story about things")]
    [InlineData("A headline: with a colon in it", null, "A headline: with a colon in it")]
    [InlineData("The Paper - City | Nation | Express train back on track", null, "Express train back on track")]
    [InlineData("Short - Parts", null, "Short - Parts")]
    public void WithoutSiteName_Cases(string title, string? site, string expected)
    {
        Assert.Equal(expected, MetadataReader.WithoutSiteName(title, site));
    }
}

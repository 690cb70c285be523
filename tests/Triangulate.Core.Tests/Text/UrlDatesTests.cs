using Triangulate.Core.Text;

namespace Triangulate.Core.Tests.Text;

public sealed class UrlDatesTests
{
    [Theory]
    [InlineData("https://example.org/2010/09/10/harbour-fire/", "2010-09-10")]
    [InlineData("https://example.org/news/2010-09-10-harbour-fire", "2010-09-10")]
    [InlineData("https://example.org/world/20100910-123456/harbour-fire", "2010-09-10")]
    public void Find_DayInPath_ReturnsIt(string url, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), UrlDates.Find(url));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("https://example.org/story/8827361/harbour-fire")]
    [InlineData("https://example.org/2019/02/30/no-such-day/")]
    [InlineData("https://example.org/1987/03/06/before-the-web/")]
    public void Find_NoRealDay_Null(string? url) => Assert.Null(UrlDates.Find(url));
}

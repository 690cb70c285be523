using Triangulate.Ingest.Text;

namespace Triangulate.Ingest.Tests.Text;

public sealed class DateParsingTests
{
    [Theory]
    [InlineData("Mon, 06 Sep 2021 12:00:00 GMT", "2021-09-06T12:00:00+00:00")]
    [InlineData("Mon, 06 Sep 2021 12:00:00 +0200", "2021-09-06T12:00:00+02:00")]
    [InlineData("Mon, 6 Sep 2021 08:00:00 EDT", "2021-09-06T08:00:00-04:00")]
    [InlineData("2025-09-28T10:41:00Z", "2025-09-28T10:41:00+00:00")]
    [InlineData("2025-09-28T10:41:00+02:00", "2025-09-28T10:41:00+02:00")]
    [InlineData("1987-02-26T15:01:01", "1987-02-26T15:01:01+00:00")]
    [InlineData("2025-09-28", "2025-09-28T00:00:00+00:00")]
    public void Parse_KnownFormats_ReturnsInstant(string value, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DateParsing.Parse(value));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday-ish")]
    [InlineData("1987-03-31T605:12:19")]
    public void Parse_NotADate_ReturnsNull(string? value)
    {
        Assert.Null(DateParsing.Parse(value));
    }
}

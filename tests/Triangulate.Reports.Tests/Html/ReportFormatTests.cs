using Triangulate.Reports.Html;

namespace Triangulate.Reports.Tests.Html;

public sealed class ReportFormatTests
{
    [Theory]
    [InlineData(2, 4, "2 independent sources (4 articles)")]
    [InlineData(1, 1, "1 independent source (1 article)")]
    [InlineData(1, 3, "1 independent source (3 articles)")]
    [InlineData(0, 0, "0 independent sources (0 articles)")]
    [InlineData(null, 4, "4 articles")]
    [InlineData(null, 1, "1 article")]
    public void SourceCount_Counts_FollowTheSpecWording(int? independent, int articles, string expected) =>
        Assert.Equal(expected, ReportFormat.SourceCount(independent, articles));
}

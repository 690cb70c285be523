using Triangulate.Stories.Clustering;

namespace Triangulate.Stories.Tests.Clustering;

public sealed class HeadlineCleanerTests
{
    [Theory]
    [InlineData("Footbridge collapses in Port Alcena | Meridian Wire", "Footbridge collapses in Port Alcena")]
    [InlineData("Footbridge collapses in Port Alcena - BBC News", "Footbridge collapses in Port Alcena")]
    [InlineData("BREAKING: Footbridge   collapses\nin Port Alcena", "Footbridge collapses in Port Alcena")]
    [InlineData("“Twelve hurt as footbridge gives way”", "Twelve hurt as footbridge gives way")]
    [InlineData("Mayor visits injured - and orders a review of every bridge", "Mayor visits injured - and orders a review of every bridge")]
    public void Clean_Headline_StripsDecoration(string raw, string expected) =>
        Assert.Equal(expected, HeadlineCleaner.Clean(raw));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n ")]
    public void Clean_Blank_ReturnsNull(string? raw) => Assert.Null(HeadlineCleaner.Clean(raw));

    [Fact]
    public void Clean_HugeHeadline_IsShortened()
    {
        var cleaned = HeadlineCleaner.Clean(new string('x', 5000));
        Assert.NotNull(cleaned);
        Assert.True(cleaned.Length <= 301);
    }
}

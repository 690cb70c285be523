using Triangulate.Core.Annotations;
using Triangulate.Core.Model;

namespace Triangulate.Core.Tests.Annotations;

public class OutletFramesTests
{
    [Theory]
    [InlineData("A senior aide told Harbourlight on Monday.", "Harbourlight")]
    [InlineData("The talks stalled, according to Harbourlight, after a week.", "Harbourlight")]
    [InlineData("The memo, quoted by Harbourlight, was short.", "Harbourlight")]
    [InlineData("She said in an interview with Harbourlight that it was over.", "Harbourlight")]
    [InlineData("Harbourlight reported that the deal was done.", "Harbourlight")]
    [InlineData("Harbourlight first reported the deal.", "Harbourlight")]
    [InlineData("Harbourlight reports that the deal was done.", "Harbourlight")]
    [InlineData("Harbourlight writes: the deal is done.", "Harbourlight")]
    public void IsOutletFrame_NameWhereOutletsStand_True(string text, string name)
    {
        Assert.True(OutletFrames.IsOutletFrame(text, Span(text, name)));
    }

    [Theory]
    [InlineData("Fees rose, according to Harbourlight's annual filing.", "Harbourlight")] // the source is the filing
    [InlineData("Fees rose, according to Harbourlight tax records.", "Harbourlight")] // the name modifies "tax records"
    [InlineData("Harbourlight reports rose sharply this year.", "Harbourlight")] // "reports" is a plural noun here
    [InlineData("Crews from Harbourlight arrived at noon.", "Harbourlight")]
    [InlineData("The letter was seen by Harbourlight.", "Harbourlight")] // "seen by" alone names no outlet
    public void IsOutletFrame_NameElsewhere_False(string text, string name)
    {
        Assert.False(OutletFrames.IsOutletFrame(text, Span(text, name)));
    }

    [Fact]
    public void WordBeforeAndAfter_ReadOneSpaceAway_LowerCased()
    {
        const string text = "He Told Harbourlight Today.";
        var span = Span(text, "Harbourlight");

        Assert.Equal("told", OutletFrames.WordBefore(text, span.Start));
        Assert.Equal(("today", span.End + 6), OutletFrames.WordAfter(text, span.End));
        Assert.Equal(string.Empty, OutletFrames.WordBefore(text, 0));
    }

    private static TextSpan Span(string text, string name) => new(text.IndexOf(name, StringComparison.Ordinal), name.Length);
}

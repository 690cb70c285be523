using Triangulate.Core.Text;

namespace Triangulate.Core.Tests.Text;

public sealed class EventNounsTests
{
    [Theory]
    [InlineData("earthquake", true)]
    [InlineData("Floods", true)]
    [InlineData("clashes", true)]
    [InlineData("riots", true)]
    [InlineData("minister", false)]
    [InlineData("exports", false)]
    public void Contains_EventNounsSingularOrPlural(string word, bool expected) =>
        Assert.Equal(expected, EventNouns.Contains(word));

    [Fact]
    public void Pattern_IsAPlainAlternationOfLowerCaseWords()
    {
        // The earlier-event patterns splice it between their own groups and add "s?" after it.
        Assert.All(EventNouns.Pattern.Split('|'), w => Assert.Matches("^[a-z]+$", w));
    }
}

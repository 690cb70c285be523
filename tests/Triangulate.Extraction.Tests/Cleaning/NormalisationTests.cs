using Triangulate.Extraction.Cleaning;
using static Triangulate.Extraction.Tests.Cleaning.CleanerFixtures;

namespace Triangulate.Extraction.Tests.Cleaning;

public sealed class NormalisationTests
{
    private readonly BoilerplateCleaner _cleaner = new();

    [Fact]
    public void Clean_RunsOfBlankLines_CollapsedToOne()
    {
        var result = _cleaner.Clean($"{Lead}\n\n\n\n\n{Tail}");
        Assert.Equal($"{Lead}\n\n{Tail}", result.Text);
    }

    [Fact]
    public void Clean_TrailingSpacesAndCarriageReturns_Trimmed()
    {
        var result = _cleaner.Clean($"{Lead}  \t\r\n\r\n{Tail} \r\n");
        Assert.Equal($"{Lead}\n\n{Tail}", result.Text);
    }

    [Fact]
    public void Clean_NoBreakSpaceOnlyLine_TreatedAsBlank()
    {
        var result = _cleaner.Clean($"{Lead}\n\n\u00a0\n\n{Tail}");
        Assert.Equal($"{Lead}\n\n{Tail}", result.Text);
    }

    [Fact]
    public void Clean_SingleLineBreaksBetweenParagraphs_Kept()
    {
        var result = _cleaner.Clean($"{Lead}\n{Tail}");
        Assert.Equal($"{Lead}\n{Tail}", result.Text);
    }

    [Fact]
    public void Clean_TypographicQuotes_Kept()
    {
        const string line = "“We won’t move the boats,” said the co-operative’s chair, ‘not this year’.";
        var result = _cleaner.Clean(line);
        Assert.Equal(line, result.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n \t ")]
    public void Clean_EmptyOrBlank_GivesEmptyText(string input)
    {
        var result = _cleaner.Clean(input);

        Assert.Equal("", result.Text);
        Assert.Empty(result.Removed);
    }

    [Fact]
    public void Clean_OnlyBoilerplate_GivesEmptyText()
    {
        var result = _cleaner.Clean("Share this article\n\n© 2024 Harbour Times. All rights reserved.");

        Assert.Equal("", result.Text);
        Assert.Equal(2, result.Removed.Count);
    }

    [Fact]
    public void Clean_HugeSingleLine_KeptWhole()
    {
        var line = string.Concat(Enumerable.Repeat("Share this article with everyone on the quay. ", 40_000));
        var result = _cleaner.Clean(line);

        Assert.Equal(line.TrimEnd(), result.Text);
    }

    [Fact]
    public void Clean_BinaryJunk_DoesNotThrowAndKeepsText()
    {
        var random = new Random(7);
        var chars = new char[20_000];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)random.Next(0, 0xD7FF);
        }

        var result = _cleaner.Clean(new string(chars));

        Assert.NotNull(result.Text);
    }
}

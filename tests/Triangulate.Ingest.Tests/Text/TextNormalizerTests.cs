using Triangulate.Ingest.Text;

namespace Triangulate.Ingest.Tests.Text;

public sealed class TextNormalizerTests
{
    [Fact]
    public void Normalize_CleanText_ReturnsSameInstance()
    {
        var text = "Already clean: “quoted” text — with dashes.\nSecond line.";

        Assert.Same(text, TextNormalizer.Normalize(text));
    }

    [Fact]
    public void Normalize_TypographicQuotes_Kept()
    {
        Assert.Equal("‘a’ “b” «c»", TextNormalizer.Normalize("‘a’ “b” «c»"));
    }

    [Theory]
    [InlineData("e\u0301", "é")]
    [InlineData("A\u030A", "Å")]
    [InlineData("\u212B", "Å")]
    [InlineData("e\u0323\u0302", "ệ")]
    [InlineData("e\u0302\u0323", "ệ")]
    [InlineData("\u1100\u1161\u11A8", "각")]
    [InlineData("n\u0303o", "ño")]
    [InlineData("E\u0308\u0328", "\u0118\u0308")]
    [InlineData("\u0958", "\u0915\u093C")]
    [InlineData("\u0345\u0328\u0300", "\u0328\u0300\u0345")]
    [InlineData("\uAC00\u11A8", "각")]
    public void Normalize_DecomposedInput_ComposedToNfc(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(input));
    }

    [Fact]
    public void Normalize_MarkWithNoComposition_Kept()
    {
        Assert.Equal("q\u0301", TextNormalizer.Normalize("q\u0301"));
    }

    [Fact]
    public void Normalize_SupplementaryCharacters_Kept()
    {
        Assert.Equal("Emoji 😀 ok", TextNormalizer.Normalize("Emoji 😀 ok"));
    }

    [Fact]
    public void Normalize_LineSeparatorsAndStrayBom_Handled()
    {
        Assert.Equal("a\nb\nc", TextNormalizer.Normalize("\uFEFFa\u2028b\r\nc"));
    }

    [Fact]
    public void CleanInPlace_CrLf_ReturnsShorterLength()
    {
        var chars = "a\r\nb".ToCharArray();

        var length = TextNormalizer.CleanInPlace(chars);

        Assert.Equal("a\nb", new string(chars, 0, length));
    }
}

using Triangulate.Core.Text;

namespace Triangulate.Core.Tests.Text;

public sealed class TokenizerWordRunsTests
{
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var i = 0;
        while (Tokenizer.NextWordRun(text, ref i, out var start))
        {
            words.Add(text[start..i]);
        }

        return words;
    }

    [Fact]
    public void Next_ReadsRunsOfLettersAndDigits()
    {
        Assert.Equal(["U", "S", "led", "well", "known", "1", "000", "didn", "t", "Núñez"], Words("  U.S.-led, well-known 1,000 didn't «Núñez»!"));
        Assert.Empty(Words(""));
        Assert.Empty(Words(" -- … "));
    }

    [Fact]
    public void End_IsJustPastTheWordAPositionIsIn()
    {
        Assert.Equal(5, Tokenizer.WordRunEnd("hello world", 2));
        Assert.Equal(5, Tokenizer.WordRunEnd("hello world", 5));
        Assert.Equal(11, Tokenizer.WordRunEnd("hello world", 6));
    }

    [Fact]
    public void Folding_KeepsWordCharactersWordCharacters()
    {
        // Readers that fold before they test (quotation words) and readers that test before they fold (clustering terms)
        // see the same words only while folding never turns a separator into a word character or back.
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            Assert.True(TextFolding.IsWordChar(c) == char.IsLetterOrDigit(TextFolding.Fold(c)), $"U+{(int)c:X4}");
        }
    }
}

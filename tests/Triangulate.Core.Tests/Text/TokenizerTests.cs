using Triangulate.Core.Model;
using Triangulate.Core.Text;

namespace Triangulate.Core.Tests.Text;

public class TokenizerTests
{
    private static string[] Words(string text) => Tokenizer.Default.Tokenize(text).Select(s => text.Substring(s.Start, s.Length)).ToArray();

    [Theory]
    [InlineData("Joe St. Clair arrived.", "Joe|St.|Clair|arrived|.")]
    [InlineData("It rose 3.5 percent to $50 million.", "It|rose|3.5|percent|to|$|50|million|.")]
    [InlineData("Maduro's government", "Maduro|'s|government")]
    [InlineData("Maduro\u2019s government", "Maduro|\u2019s|government")]
    [InlineData("They didn't go", "They|did|n't|go")]
    [InlineData("We're here, they've gone", "We|'re|here|,|they|'ve|gone")]
    [InlineData("O'Brien met the U.S. envoy", "O'Brien|met|the|U.S.|envoy")]
    [InlineData("an EU-wide ban on 1996-08-22", "an|EU-wide|ban|on|1996-08-22")]
    [InlineData("\"Yes,\" he said (quietly).", "\"|Yes|,|\"|he|said|(|quietly|)|.")]
    [InlineData("\u201CNo\u201D [sic]", "\u201C|No|\u201D|[|sic|]")]
    [InlineData("See https://example.com/a?b=1. Then", "See|https://example.com/a?b=1|.|Then")]
    [InlineData("Visit www.example.org, now", "Visit|www.example.org|,|now")]
    [InlineData("J. R. R. Tolkien", "J.|R.|R.|Tolkien")]
    [InlineData("1,000,000 people at 10:30", "1,000,000|people|at|10:30")]
    [InlineData("AT&T and S&P rose 5%", "AT&T|and|S&P|rose|5|%")]
    [InlineData("Wait... what?!", "Wait|...|what|?|!")]
    [InlineData("Mr. Smith and Dr. Jones", "Mr.|Smith|and|Dr.|Jones")]
    [InlineData("the end.Next", "the|end|.|Next")]
    [InlineData("Nicolás Maduro", "Nicolás|Maduro")]
    [InlineData("in Washington D.C. today", "in|Washington|D.C.|today")]
    public void Tokenize_Cases_SplitsAsExpected(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Words(text));
    }

    [Fact]
    public void Tokenize_Empty_ReturnsNoTokens()
    {
        Assert.Empty(Tokenizer.Default.Tokenize(""));
        Assert.Empty(Tokenizer.Default.Tokenize(" \n\t \u00A0 "));
    }

    [Fact]
    public void Tokenize_EmojiSurrogatePair_StaysTogether()
    {
        var text = "ok \U0001F600 go";
        Assert.Equal(["ok", "\U0001F600", "go"], Words(text));
    }

    [Fact]
    public void Tokenize_BinaryJunk_SpansStayValid()
    {
        var rng = new Random(7);
        var chars = new char[20_000];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)rng.Next(0, 0xFFFF);
        }

        var text = new string(chars);
        AssertInvariant(text, Tokenizer.Default.Tokenize(text));
    }

    [Fact]
    public void Tokenize_TenMegabyteSingleLine_CompletesWithValidSpans()
    {
        // Pathological input: one 10 MB "word" and one 10 MB line of words; both must be linear.
        var word = new string('a', 10_000_000);
        var one = Tokenizer.Default.Tokenize(word);
        Assert.Equal([new TextSpan(0, word.Length)], one);

        var line = string.Concat(Enumerable.Repeat("Mr. U.S. 3.5 don't x-y ", 450_000));
        var tokens = Tokenizer.Default.Tokenize(line);
        Assert.Equal(450_000 * 6, tokens.Count); // Mr. | U.S. | 3.5 | do | n't | x-y
        AssertInvariant(line, tokens);
    }

    [Fact]
    public void Tokenize_RealisticText_TokensAreSortedNonOverlappingAndTrimmed()
    {
        var text = "WASHINGTON (Reuters) - U.S. President Donald Trump said on Friday, Sept. 5, that \"talks\" with Nicolás Maduro's government were over.\n\nMore later.";
        AssertInvariant(text, Tokenizer.Default.Tokenize(text));
    }

    internal static void AssertInvariant(string text, IReadOnlyList<TextSpan> tokens)
    {
        var previousEnd = 0;
        foreach (var t in tokens)
        {
            Assert.True(t.Length > 0);
            Assert.True(t.Start >= previousEnd, $"token {t} overlaps or is out of order");
            Assert.True(t.IsWithin(text.Length));
            Assert.False(char.IsWhiteSpace(text[t.Start]));
            Assert.False(char.IsWhiteSpace(text[t.End - 1]));
            Assert.False(char.IsLowSurrogate(text[t.Start]) && t.Start > 0 && char.IsHighSurrogate(text[t.Start - 1]), "token splits a surrogate pair");
            previousEnd = t.End;
        }
    }
}

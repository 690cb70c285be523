using Triangulate.Core.Text;
using Triangulate.Nlp.Sentences;

namespace Triangulate.Nlp.Tests.Sentences;

public class SentenceSplitterTests
{
    private static string[] Split(string text)
    {
        var tokens = Tokenizer.Default.Tokenize(text);
        return SentenceSplitter.Default.Split(text, tokens).Select(s => text.Substring(s.Start, s.Length)).ToArray();
    }

    [Theory]
    [InlineData("Mr. Smith went to Washington. He met Dr. Jones.", "Mr. Smith went to Washington.|He met Dr. Jones.")]
    [InlineData("Joe St. Clair spoke. Then he left.", "Joe St. Clair spoke.|Then he left.")]
    [InlineData("Prices rose 3.5 percent. Analysts were surprised.", "Prices rose 3.5 percent.|Analysts were surprised.")]
    [InlineData("He said, \"It is over.\" Then he left.", "He said, \"It is over.\"|Then he left.")]
    [InlineData("Prices rose in the U.S. He blamed the port strike.", "Prices rose in the U.S.|He blamed the port strike.")]
    [InlineData("The U.S. President spoke.", "The U.S. President spoke.")]
    [InlineData("J. R. R. Tolkien wrote it. Really?", "J. R. R. Tolkien wrote it.|Really?")]
    [InlineData("\"Stop!\" he shouted. Nobody did.", "\"Stop!\" he shouted.|Nobody did.")]
    [InlineData("WASHINGTON, Sept. 5 (Reuters) - Talks ended. More soon.", "WASHINGTON, Sept. 5 (Reuters) - Talks ended.|More soon.")]
    [InlineData("Acme Inc. said profits fell. Shares dropped.", "Acme Inc. said profits fell.|Shares dropped.")]
    [InlineData("A headline without a period\n\nThe body starts here.", "A headline without a period|The body starts here.")]
    [InlineData("Line one wraps\nonto line two.", "Line one wraps\nonto line two.")]
    [InlineData("(He left.) She stayed.", "(He left.)|She stayed.")]
    public void Split_Cases_SplitsAsExpected(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Split(text));
    }

    [Fact]
    public void Split_Empty_ReturnsNoSentences()
    {
        Assert.Empty(Split(""));
        Assert.Empty(Split("   \n\n  "));
    }

    [Fact]
    public void Split_NoTerminator_ReturnsOneSentence()
    {
        Assert.Equal(["no punctuation at all"], Split("  no punctuation at all  "));
    }

    [Fact]
    public void Split_LongText_SentencesCoverAllTokensInOrder()
    {
        var text = string.Concat(Enumerable.Repeat("Mr. Smith paid $3.5 million. \"Why?\" asked Dr. Who.\n\n", 20_000));
        var tokens = Tokenizer.Default.Tokenize(text);
        var sentences = SentenceSplitter.Default.Split(text, tokens);
        Assert.Equal(40_000, sentences.Count); // "Why?" asked ... stays one sentence
        var previousEnd = 0;
        foreach (var s in sentences)
        {
            Assert.True(s.Start >= previousEnd);
            Assert.False(char.IsWhiteSpace(text[s.Start]));
            Assert.False(char.IsWhiteSpace(text[s.End - 1]));
            previousEnd = s.End;
        }
    }
}

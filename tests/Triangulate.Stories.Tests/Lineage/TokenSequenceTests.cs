using Triangulate.Core.Text;
using Triangulate.Stories.Lineage;

namespace Triangulate.Stories.Tests.Lineage;

public sealed class TokenSequenceTests
{
    [Fact]
    public void Tokenize_RepunctuatedAccentedCopy_HashesAlike()
    {
        var a = TokenSequence.Tokenize("Mayor José Núñez said: \"We will rebuild.\"");
        var b = TokenSequence.Tokenize("mayor Jose NUNEZ said — “we will rebuild”");

        Assert.Equal(a.Hashes.AsSpan(0, a.Count).ToArray(), b.Hashes.AsSpan(0, b.Count).ToArray());
    }

    [Fact]
    public void Tokenize_Offsets_PointAtTheWords()
    {
        const string text = "  Ferrán footbridge, 20-metre span";
        var tokens = TokenSequence.Tokenize(text);

        var words = Enumerable.Range(0, tokens.Count).Select(i => text[tokens.Starts[i]..tokens.Ends[i]]).ToArray();
        Assert.Equal(["Ferrán", "footbridge", "20", "metre", "span"], words);
    }

    [Fact]
    public void Tokenize_QuotedWords_AreMarkedUntilTheQuoteCloses()
    {
        var tokens = TokenSequence.Tokenize("He said “we will act” today.\n\"Open quote\nnext line");

        Assert.Equal([false, false, true, true, true, false, true, true, false, false], tokens.Quoted.AsSpan(0, tokens.Count).ToArray());
    }

    [Fact]
    public void Tokenize_EmptyAndPunctuationOnly_GiveNoTokens()
    {
        Assert.Equal(0, TokenSequence.Tokenize("").Count);
        Assert.Equal(0, TokenSequence.Tokenize(" -- ... \n\n !!").Count);
    }

    [Fact]
    public void Tokenize_HugeSingleLine_StopsAtTheTokenCap()
    {
        var text = string.Concat(Enumerable.Repeat("word ", 100_000));

        Assert.Equal(1000, TokenSequence.Tokenize(text, maxTokens: 1000).Count);
    }

    [Fact]
    public void Tokenize_GivenTheTokensLayer_SameAsTokenizingTheText()
    {
        const string text = "The U.S.-backed, well-known fund didn't pay 1,000 people in “Núñez's” town.";
        var fromText = TokenSequence.Tokenize(text);
        var fromLayer = TokenSequence.Tokenize(text, Tokenizer.Default.Tokenize(text));

        Assert.Equal(fromText.Hashes.AsSpan(0, fromText.Count).ToArray(), fromLayer.Hashes.AsSpan(0, fromLayer.Count).ToArray());
        Assert.Equal(fromText.Quoted.AsSpan(0, fromText.Count).ToArray(), fromLayer.Quoted.AsSpan(0, fromLayer.Count).ToArray());
    }

    [Fact]
    public void Tokenize_PunctuationInsideATokenizerToken_FoldsAwayAsBetweenTokens()
    {
        // The tokenizer keeps "well-known", "U.S." and "1,000" whole; lineage still reads their words, so a copy that
        // re-punctuates them matches.
        var a = TokenSequence.Tokenize("A well-known U.S. fund paid 1,000 people.");
        var b = TokenSequence.Tokenize("a well known US fund paid 1 000 people");

        Assert.Equal(a.Hashes.AsSpan(0, a.Count).ToArray()[..3], b.Hashes.AsSpan(0, b.Count).ToArray()[..3]);
        Assert.Equal(a.Hashes.AsSpan(0, a.Count).ToArray()[^4..], b.Hashes.AsSpan(0, b.Count).ToArray()[^4..]);
    }
}

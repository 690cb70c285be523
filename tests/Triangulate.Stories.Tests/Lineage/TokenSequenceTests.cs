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
}

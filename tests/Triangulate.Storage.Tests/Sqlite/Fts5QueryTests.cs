using Triangulate.Storage.Sqlite;

namespace Triangulate.Storage.Tests.Sqlite;

public sealed class Fts5QueryTests
{
    [Theory]
    [InlineData("harbour strike", "\"harbour\" \"strike\"")]
    [InlineData("a OR b", "\"a\" \"OR\" \"b\"")]
    [InlineData("NEAR(a b)", "\"NEAR(a\" \"b)\"")]
    [InlineData("say \"hi\"", "\"say\" \"\"\"hi\"\"\"")]
    [InlineData("tarif*", "\"tarif\"*")]
    [InlineData("  spaced\t\nout  ", "\"spaced\" \"out\"")]
    public void Build_UserInput_QuotesEveryTerm(string input, string expected)
    {
        Assert.Equal(expected, Fts5Query.Build(input));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"")]
    [InlineData("* - ( ) :")]
    [InlineData(null)]
    public void Build_NoWord_ReturnsNull(string? input)
    {
        Assert.Null(Fts5Query.Build(input));
    }

    [Fact]
    public void Build_ManyTerms_CapsTermCount()
    {
        var query = Fts5Query.Build(string.Join(' ', Enumerable.Range(0, 100).Select(i => "w" + i)));

        Assert.Equal(32, query!.Split(' ').Length);
    }
}

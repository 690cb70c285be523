using Triangulate.Nlp.Quotes;

namespace Triangulate.Nlp.Tests.Quotes;

/// <summary>The quote detector's outlet words come from the one outlet registry, not a list of its own.</summary>
public sealed class OutletWordsTests
{
    private static readonly HashSet<string> Words = OutletWords.AddTo(new HashSet<string>(StringComparer.Ordinal));

    [Theory]
    [InlineData("Reuters")]
    [InlineData("Bloomberg")]
    [InlineData("Axios")]
    [InlineData("Semafor")]
    [InlineData("Guardian")]
    [InlineData("Fox")]
    [InlineData("CNN")]
    public void AddTo_RegistryOutletNames_Included(string word) => Assert.Contains(word, Words);

    [Theory]
    [InlineData("Forbes")] // common: also a surname
    [InlineData("Nikkei")] // ambiguous: also the index
    [InlineData("Times")] // "The Times" is common
    [InlineData("Huffington")] // ambiguous alias of HuffPost: Arianna Huffington is a person
    [InlineData("New")] // "New York Times" is not one word
    public void AddTo_AmbiguousCommonOrLongerNames_Left(string word) => Assert.DoesNotContain(word, Words);

    [Fact]
    public void AddTo_KeepsTheWordsGiven()
    {
        var words = OutletWords.AddTo(new HashSet<string>(StringComparer.Ordinal) { "Council" });
        Assert.Contains("Council", words);
        Assert.Contains("Reuters", words);
    }
}

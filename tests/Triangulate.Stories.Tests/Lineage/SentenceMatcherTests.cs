using Triangulate.Stories.Lineage;

namespace Triangulate.Stories.Tests.Lineage;

public sealed class SentenceMatcherTests
{
    [Fact]
    public void Matches_RewordedSentenceWithSameFigures_IsAMatch()
    {
        var matcher = new SentenceMatcher();

        Assert.True(matcher.Matches(
            "The council voted 7-4 to defer the $4.8 million repair of the footbridge until 2027.",
            "By a 7-4 vote the council deferred the footbridge's $4.8 million repair until 2027."));
    }

    [Fact]
    public void Matches_DifferentStatement_IsNoMatch()
    {
        var matcher = new SentenceMatcher();

        Assert.False(matcher.Matches(
            "The council voted 7-4 to defer the repair of the footbridge until 2027.",
            "Otter pups were born at the city aquarium this week, keepers said."));
    }

    [Fact]
    public void Similarity_ChangedFigure_ScoresLowerThanSameFigure()
    {
        var matcher = new SentenceMatcher();
        const string a = "At least 12 people were injured when the bridge collapsed.";

        Assert.True(matcher.Similarity(a, "At least 12 people were hurt when the bridge collapsed.")
            > matcher.Similarity(a, "At least 14 people were hurt when the bridge collapsed."));
    }

    [Theory]
    [InlineData("", "Something.")]
    [InlineData("...", "Something.")]
    public void Similarity_EmptyOrPunctuation_IsZero(string a, string b)
    {
        Assert.Equal(0, new SentenceMatcher().Similarity(a, b));
    }

    [Theory]
    [InlineData("rises", "rise")]
    [InlineData("reported", "report")]
    [InlineData("companies", "company")]
    [InlineData("crossing", "cross")]
    [InlineData("press", "press")]
    public void Stem_CommonSuffixes_AreStripped(string word, string stem)
    {
        Assert.Equal(stem, SentenceMatcher.Stem(word));
    }
}

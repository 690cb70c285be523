using Triangulate.Core.Model;
using Triangulate.Nlp.Sentences;
using Triangulate.Nlp.Tokens;
using Triangulate.Stories.Conflicts;

namespace Triangulate.Stories.Tests.Conflicts;

public class PlaceConflictFinderTests
{
    private static Article Article(string id, string text)
    {
        var article = new Article(id, new ArticleSource(id + ".txt"), new ArticleMetadata(), text);
        new TokenizerStage().Process(article, CancellationToken.None);
        new SentenceStage().Process(article, CancellationToken.None);
        return article;
    }

    private static readonly Dictionary<string, string> OwnLineages = new(StringComparer.Ordinal);

    [Fact]
    public void Find_SameEventTwoPlacesNoArticleReconciles_OnePlaceConflict()
    {
        var a = Article("a", "The small plane crashed on the runway shortly after noon, officials said.");
        var b = Article("b", "Witnesses said the small plane crashed into the river valley on Sunday.");

        var conflict = Assert.Single(new PlaceConflictFinder().Find([a, b], OwnLineages));

        Assert.Equal(("place", "contradiction", "where it crashed"), (conflict.Kind, conflict.Assessment, conflict.About));
        Assert.Equal(["the runway", "the river valley"], conflict.Sides.Select(s => s.Value));
        Assert.All(conflict.Sides, s => Assert.StartsWith("crashed", Assert.Single(s.Evidence).Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Find_OneSentenceNamesBothPlaces_NoConflict()
    {
        var a = Article("a", "The small plane crashed on the runway shortly after noon.");
        var b = Article("b", "The small plane crashed into the river valley on Sunday.");
        var c = Article("c", "The plane crashed into the river valley beyond the runway.");

        Assert.Empty(new PlaceConflictFinder().Find([a, b, c], OwnLineages));
    }

    [Fact]
    public void Find_OnePlaceSaidTwoWays_NoConflict()
    {
        var a = Article("a", "The small plane crashed on the runway shortly after noon.");
        var b = Article("b", "The plane crashed on the runway edge.");

        Assert.Empty(new PlaceConflictFinder().Find([a, b], OwnLineages));
    }

    [Fact]
    public void Find_TownAndItsCountryNamedTogetherSomewhere_NoConflict()
    {
        var a = Article("a", "The bus crashed near Dalton on Friday.");
        var b = Article("b", "A bus crashed in Georgia on Friday night.");
        var c = Article("c", "Residents of Dalton, Georgia, gathered at the church.");

        Assert.Empty(new PlaceConflictFinder().Find([a, b, c], OwnLineages));
    }

    [Theory]
    [InlineData("The bridge collapsed on Saturday evening.", "The bridge collapsed in the evening.")]
    [InlineData("The bridge collapsed in a matter of seconds.", "The bridge collapsed at 6 p.m.")]
    public void Find_TimesAreNotPlaces_NoConflict(string first, string second)
    {
        Assert.Empty(new PlaceConflictFinder().Find([Article("a", first), Article("b", second)], OwnLineages));
    }

    [Fact]
    public void Find_CopiesOfOneReport_NoConflictWithinALineage()
    {
        var a = Article("a", "The plane crashed on the runway.");
        var b = Article("b", "The plane crashed into the river valley.");

        Assert.Empty(new PlaceConflictFinder().Find([a, b], new Dictionary<string, string> { ["a"] = "L1", ["b"] = "L1" }));
    }
}

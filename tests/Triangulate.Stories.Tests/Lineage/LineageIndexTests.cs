using Triangulate.Stories.Lineage;

namespace Triangulate.Stories.Tests.Lineage;

public sealed class LineageIndexTests
{
    private const string Other =
        "Otter pups were born at the city aquarium this week, the first births there in a decade, keepers said on Monday.\n\n" +
        "The two pups are healthy and will go on public display next month once they have learned to swim, a spokesperson said.";

    [Fact]
    public void Add_CopyOfIndexedArticle_JoinsItsLineage()
    {
        var index = new LineageIndex();
        var first = index.Add(Fixtures.Fingerprint("wire", Fixtures.Wire));
        var unrelated = index.Add(Fixtures.Fingerprint("otters", Other));

        var copy = index.Add(Fixtures.Fingerprint("copy", "Local lead about the market traders.\n\n" + Fixtures.Wire));

        Assert.Equal("L1", first.LineageId);
        Assert.Equal("L2", unrelated.LineageId);
        Assert.Equal("L1", copy.LineageId);
        Assert.Equal(index.Members("L1").First().Id, copy.MatchedArticleId);
    }

    [Fact]
    public void Restore_StoredLineages_NewArticlesJoinThemAndIdsContinue()
    {
        var index = new LineageIndex();
        index.Restore(Fixtures.Fingerprint("wire", Fixtures.Wire), "L7");

        var copy = index.Add(Fixtures.Fingerprint("copy", Fixtures.Wire.Replace("twelve", "12", StringComparison.Ordinal)));
        var fresh = index.Add(Fixtures.Fingerprint("otters", Other));

        Assert.Equal("L7", copy.LineageId);
        Assert.Equal("L8", fresh.LineageId);
    }

    [Fact]
    public void Evict_OldArticles_ExactCopyStillJoinsAndKeepsTheLineageAlive()
    {
        var day = new DateTimeOffset(2025, 10, 18, 0, 0, 0, TimeSpan.Zero);
        var options = new LineageOptions();
        var index = new LineageIndex(options);
        index.Add(Fingerprint("wire", Fixtures.Wire, day));

        var evicted = index.Evict(day.AddDays(1));
        var exact = index.Add(Fingerprint("exact", Fixtures.Wire.ToUpperInvariant(), day.AddDays(2)));
        var near = index.Add(Fingerprint("near", "A new lead paragraph.\n\n" + Fixtures.Wire, day.AddDays(2)));

        Assert.Equal(1, evicted);
        Assert.Equal("L1", exact.LineageId);
        Assert.Equal("L1", near.LineageId);
        Assert.Equal(3, index.MemberIds("L1").Count());
        Assert.Equal(2, index.Members("L1").Count());
    }

    [Fact]
    public void Evict_WithoutAnExactCopy_NearCopyStartsANewLineage()
    {
        var day = new DateTimeOffset(2025, 10, 18, 0, 0, 0, TimeSpan.Zero);
        var index = new LineageIndex();
        index.Add(Fingerprint("wire", Fixtures.Wire, day));

        index.Evict(day.AddDays(1));
        var near = index.Add(Fingerprint("near", "A new lead paragraph.\n\n" + Fixtures.Wire, day.AddDays(2)));

        Assert.Equal("L2", near.LineageId);
    }

    private static ArticleFingerprint Fingerprint(string name, string text, DateTimeOffset published)
    {
        var article = Fixtures.Article(name, text, published);
        return ArticleFingerprint.Create(article.Id, text, [], published, new LineageOptions());
    }

    [Fact]
    public void Add_SameIdTwice_ReturnsTheExistingLineage()
    {
        var index = new LineageIndex();
        var fingerprint = Fixtures.Fingerprint("wire", Fixtures.Wire);
        index.Add(fingerprint);

        var again = index.Add(fingerprint);

        Assert.Equal("L1", again.LineageId);
        Assert.Equal(1, index.Count);
    }

    [Fact]
    public void Candidates_BoilerplateSharedByManyArticles_StopsVoting()
    {
        var options = new LineageOptions { MaxPostingLength = 5, LshBands = 16 };
        var index = new LineageIndex(options);
        const string boiler = "Subscribe to our newsletter for the latest stories delivered to your inbox every morning before breakfast.";
        for (var i = 0; i < 10; i++)
        {
            index.Add(Fixtures.Fingerprint("n" + i, Unique(i * 100) + boiler, options));
        }

        var candidates = index.Candidates(Fixtures.Fingerprint("probe", Unique(5000) + boiler, options));

        Assert.Empty(candidates);
    }

    private static string Unique(int seed) => string.Join(' ', Enumerable.Range(seed, 40)) + ". ";
}

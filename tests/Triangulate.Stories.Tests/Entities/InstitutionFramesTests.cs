using Triangulate.Stories.Entities;
using static Triangulate.Stories.Tests.Entities.EntityCanonicalizerTests;

namespace Triangulate.Stories.Tests.Entities;

/// <summary>Metonymic seats ("the White House said") and reporting outlets ("told Semafor") typed as organisations.</summary>
public class InstitutionFramesTests
{
    private static readonly EntityCanonicalizer Canonicalizer = new();

    [Theory]
    [InlineData("The talks will go on, the Glass Palace said on Monday.", "Glass Palace")]
    [InlineData("A Glass Palace spokesman declined to comment. The Glass Palace has denied the report.", "Glass Palace")]
    [InlineData("Marlow Street denied the report late on Monday.", "Marlow Street")]
    public void Canonicalize_SeatThatSpeaks_IsAnOrganisation(string text, string name)
    {
        var mentions = Occurrences(text, name).Select(_ => (name, "LOCATION")).ToArray();

        var entity = Assert.Single(Canonicalizer.Canonicalize([Article("a", text, mentions)]));

        Assert.Equal(name, entity.Name);
        Assert.Equal("ORG", entity.Type);
    }

    [Theory]
    [InlineData("Storms hit the Glass Palace on Monday. Tourists walked around the Glass Palace.", "Glass Palace")] // a place
    [InlineData("The United Provinces said the border would stay shut.", "United Provinces")] // a polity keeps its type
    [InlineData("Tindora said the border would stay shut.", "Tindora")] // a country speaking, as CoNLL annotates it
    public void Canonicalize_PlaceOrPolity_StaysALocation(string text, string name)
    {
        var mentions = Occurrences(text, name).Select(_ => (name, "LOCATION")).ToArray();

        var entity = Assert.Single(Canonicalizer.Canonicalize([Article("a", text, mentions)]));

        Assert.Equal("LOCATION", entity.Type);
    }

    [Fact]
    public void Canonicalize_OneWordNameThatReports_IsAnOrganisation()
    {
        var a = Article("a", "The ceasefire is likely to hold, a senior aide told Harbourlight on Monday.", ("Harbourlight", "LOCATION"));

        var entity = Assert.Single(Canonicalizer.Canonicalize([a]));

        Assert.Equal("ORG", entity.Type);
    }

    [Fact]
    public void Canonicalize_TitledPersonInOutletFrame_StaysAPerson()
    {
        var a = Article("a", "The plan was dead, Senator Harbourlight said. An aide told Harbourlight on Monday.", ("Harbourlight", "PERSON"), ("Harbourlight", "PERSON"));

        var entity = Assert.Single(Canonicalizer.Canonicalize([a]));

        Assert.Equal("PERSON", entity.Type);
    }

    private static IEnumerable<int> Occurrences(string text, string name)
    {
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            yield return at;
        }
    }
}

using Triangulate.Core.Model;
using Triangulate.Stories.Relays;

namespace Triangulate.Stories.Tests.Relays;

public class RelayDetectorTests
{
    private static List<RelayMention> Detect(string text, string? outlet = "Harbour Daily", params string[] corpusOutlets)
    {
        var article = new Article("a1", new ArticleSource("a1.txt"), new ArticleMetadata { Outlet = outlet }, text);
        return new RelayDetector(new OutletDirectory([outlet, .. corpusOutlets])).Detect(article);
    }

    [Fact]
    public void Detect_OutletReportedAtParagraphStart_Found()
    {
        var found = Detect("The mayor will resign, according to multiple reports.\nPolitico reported over the weekend that the council would meet again.");

        var relay = Assert.Single(found);
        Assert.Equal("Politico", relay.Outlet);
        Assert.Equal(RelayKinds.Reported, relay.Kind);
    }
}

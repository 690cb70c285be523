using Triangulate.Core.Model;
using Triangulate.Stories.Relays;

namespace Triangulate.Stories.Tests.Relays;

/// <summary>Relays in sentences written for these tests (issue 22).</summary>
public class RelayDetectorTests
{
    private static List<RelayMention> Detect(string text, string? outlet = "Harbour Daily", params string[] corpusOutlets)
    {
        var article = new Article("a1", new ArticleSource("a1.txt"), new ArticleMetadata { Outlet = outlet }, text);
        return new RelayDetector(new OutletDirectory([outlet, .. corpusOutlets])).Detect(article);
    }

    [Theory]
    [InlineData("The mayor will resign, according to multiple reports.\nPolitico reported over the weekend that the council would meet again.", "Politico", RelayKinds.Reported)]
    [InlineData("The ferry will stop running in May, the Washington Post reported on Friday.", "Washington Post", RelayKinds.Reported)]
    [InlineData("According to a Reuters report, the ferry will stop running in May.", "Reuters", RelayKinds.Reported)]
    [InlineData("\"We were not warned,\" one fisherman told Axios.", "Axios", RelayKinds.Told)]
    [InlineData("Speaking on CNN's morning programme, the minister defended the plan.", "CNN", RelayKinds.Told)]
    [InlineData("The plan was first reported by Bloomberg News on Tuesday.", "Bloomberg News", RelayKinds.Reported)]
    [InlineData("The Kingsport Gazette reported that the pier had been condemned.", "Kingsport Gazette", RelayKinds.Reported)]
    [InlineData("Ministers met on Sunday, per the Journal story.", "The Wall Street Journal", RelayKinds.Reported)]
    public void Detect_RelayPhrasing_FoundWithOutletAndKind(string text, string outlet, string kind)
    {
        var relay = Assert.Single(Detect(text, "Harbour Daily", "The Wall Street Journal"));

        Assert.Equal(OutletDirectory.Key(outlet), relay.Key);
        Assert.Equal(kind, relay.Kind);
        Assert.Equal(text.Substring(relay.Span.Start, relay.Span.Length), text.AsSpan(relay.Span.Start, relay.Span.Length).ToString());
    }

    [Theory]
    [InlineData("\"We were not warned,\" one fisherman told Harbour Daily.")]
    [InlineData("\"We were not warned,\" one fisherman told the mayor.")]
    [InlineData("The senator told Trump that the ferry would keep running.")]
    [InlineData("The documents were obtained by investigators on Monday.")]
    public void Detect_OwnOutletOrNoOutlet_NoRelay(string text) => Assert.Empty(Detect(text));

    [Fact]
    public void Detect_TheTimesInACorpusWithTheNewYorkTimes_ResolvesToIt()
    {
        var relay = Assert.Single(Detect("But, the Times reported, the harbour master had been warned twice.", "HuffPost", "The New York Times"));

        Assert.Equal("The New York Times", relay.Outlet);
        Assert.Equal("new york times", relay.Key);
    }

    [Fact]
    public void Detect_TheTimesInTheNewYorkTimes_IsItsOwnReporting() =>
        Assert.Empty(Detect("The harbour master told The Times he had been warned twice.", "The New York Times"));

    [Fact]
    public void Detect_ColonAfterARelay_NextParagraphIsAnExcerpt()
    {
        const string text = "The Guardian reported on Monday:\nThe harbour master had been warned twice about the pier.\nThe council has not replied.";

        var found = Detect(text);

        var excerpt = Assert.Single(found, r => r.Kind == RelayKinds.Excerpt);
        Assert.Equal("guardian", excerpt.Key);
        Assert.Equal("The harbour master had been warned twice about the pier.", text.Substring(excerpt.Span.Start, excerpt.Span.Length));
    }

    [Fact]
    public void Detect_ThePaperAfterAnOutlet_RelaysThatOutlet()
    {
        var found = Detect("The Guardian first reported the warnings. The harbour master, the paper said, had ignored both.");

        Assert.Equal(2, found.Count);
        Assert.All(found, r => Assert.Equal("guardian", r.Key));
    }

    [Fact]
    public void Detect_TwoOutletsCoordinated_BothRelayed()
    {
        var found = Detect("The memo was obtained by The Guardian and Reuters on Monday.");

        Assert.Equal(["guardian", "reuters"], found.Select(r => r.Key));
    }
}

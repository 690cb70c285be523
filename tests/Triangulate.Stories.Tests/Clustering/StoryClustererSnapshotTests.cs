using System.Text.Json;
using Triangulate.Stories.Clustering;

namespace Triangulate.Stories.Tests.Clustering;

public sealed class StoryClustererSnapshotTests
{
    private static readonly DateTimeOffset Day = new(2025, 10, 18, 12, 0, 0, TimeSpan.Zero);

    // Small live cap so retirement and revival cross the save point too.
    private static readonly StoryClustererOptions Options = new() { MaxLiveStories = 2 };

    private static List<ClusterInput> Stream() =>
    [
        Texts.Bridge("b1", Day), Texts.Otters("o1", Day), Texts.Election("e1", Day.AddDays(1)),
        Texts.BridgeFollowUp("b2", Day.AddDays(1)), Texts.OttersFollowUp("o2", Day.AddDays(2)),
        Texts.Bridge("b3", Day.AddDays(2), "Review ordered after footbridge collapse"), Texts.Election("e2", Day.AddDays(3)),
        Texts.Otters("o3", Day.AddDays(4)), Texts.BridgeFollowUp("b4", Day.AddDays(5)),
    ];

    [Fact]
    public void FromSnapshot_SaveLoadContinue_SameAsOneRun()
    {
        var stream = Stream();
        var whole = new StoryClusterer(Options);
        stream.ForEach(i => whole.Add(i));

        var first = new StoryClusterer(Options);
        stream.Take(5).ToList().ForEach(i => first.Add(i));
        var resumed = StoryClusterer.FromSnapshot(RoundTrip(first.ToSnapshot()), Options);
        stream.Skip(5).ToList().ForEach(i => resumed.Add(i));

        AssertSame(whole, resumed);
    }

    [Fact]
    public void FromSnapshot_BatchesAcrossRuns_SameAsOneProcess()
    {
        var stream = Stream();
        var whole = new StoryClusterer(Options);
        whole.AddBatch(stream.Take(4).ToList());
        whole.AddBatch(stream.Skip(4).ToList());

        var first = new StoryClusterer(Options);
        first.AddBatch(stream.Take(4).ToList());
        var resumed = StoryClusterer.FromSnapshot(RoundTrip(first.ToSnapshot()), Options);
        resumed.AddBatch(stream.Skip(4).ToList());

        AssertSame(whole, resumed);
    }

    [Fact]
    public void FromSnapshot_NewerFormat_Throws()
    {
        var ex = Assert.Throws<NotSupportedException>(() => StoryClusterer.FromSnapshot(new ClustererSnapshot { Format = ClustererSnapshot.CurrentFormat + 1 }));
        Assert.Contains("upgrade", ex.Message, StringComparison.Ordinal);
    }

    private static ClustererSnapshot RoundTrip(ClustererSnapshot snapshot) =>
        JsonSerializer.Deserialize<ClustererSnapshot>(JsonSerializer.Serialize(snapshot))!;

    private static void AssertSame(StoryClusterer expected, StoryClusterer actual)
    {
        Assert.Equal(Describe(expected), Describe(actual));
        Assert.Equal(
            expected.Decisions.Select(d => d with { MovedArticleIds = null }),
            actual.Decisions.Select(d => d with { MovedArticleIds = null }));
        Assert.Equal(expected.LiveCount, actual.LiveCount);
        Assert.Equal(expected.DocumentCount, actual.DocumentCount);
        Assert.Contains(expected.Decisions, d => d.Kind == ClusterDecisionKind.Retire);
    }

    private static List<string> Describe(StoryClusterer c) =>
        [.. c.GetStories().Select(s => $"{s.Id}|{s.Title}|{string.Join(",", s.ArticleIds)}|{s.First:O}|{s.Last:O}|{s.Live}")];
}

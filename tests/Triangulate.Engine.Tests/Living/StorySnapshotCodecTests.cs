using Triangulate.Engine.Living;
using Triangulate.Stories.Clustering;

namespace Triangulate.Engine.Tests.Living;

/// <summary>A story read back from the store keeps what the clusterer scores with: anchors, sites and headline names.</summary>
public sealed class StorySnapshotCodecTests
{
    private static StorySnapshot Story() => new()
    {
        Number = 7,
        TextIds = [1, 4],
        TextWeights = [0.5f, 0.25f],
        AnchorIds = [9, 12],
        AnchorWeights = [0.75f, 0.5f],
        AnchorArticles = 1,
        First = new DateTimeOffset(2025, 3, 4, 9, 0, 0, TimeSpan.Zero),
        Last = new DateTimeOffset(2025, 3, 6, 9, 0, 0, TimeSpan.FromHours(2)),
        Members =
        [
            new MemberSnapshot
            {
                ArticleId = "a1", Title = "Varnholt mourns", Published = new DateTimeOffset(2025, 3, 6, 9, 0, 0, TimeSpan.FromHours(2)),
                TextIds = [1], TextWeights = [1f], AnchorIds = [12], AnchorWeights = [1f], Outlet = "northwire.example", HeadlineNames = [12],
            },
            new MemberSnapshot { ArticleId = "a2", Title = null, TextIds = [4], TextWeights = [1f] },
        ],
    };

    [Fact]
    public void Decode_Encoded_KeepsAnchorsSitesAndHeadlineNames()
    {
        var back = StorySnapshotCodec.Decode(StorySnapshotCodec.Encode(Story()));
        Assert.Equal([9, 12], back.AnchorIds!);
        Assert.Equal([0.75f, 0.5f], back.AnchorWeights!);
        Assert.Equal(1, back.AnchorArticles);
        Assert.Equal("northwire.example", back.Members[0].Outlet);
        Assert.Equal([12], back.Members[0].HeadlineNames!);
        Assert.Equal([12], back.Members[0].AnchorIds!);
        Assert.Null(back.Members[1].Outlet);
        Assert.Empty(back.Members[1].HeadlineNames!);
        Assert.Equal(Story().Last, back.Last);
    }

    [Fact]
    public void Decode_FormatOne_ReadsWithoutTheNewFields()
    {
        // Format 1 is format 2 without its tail: for one bare member that is an empty anchor vector (1 byte), the anchor
        // article count (4), and the member's empty anchors, no site, no names (3).
        var v2 = StorySnapshotCodec.Encode(new StorySnapshot { Number = 7, TextIds = [1, 4], TextWeights = [0.5f, 0.25f], Members = [new MemberSnapshot { ArticleId = "a2", TextIds = [4], TextWeights = [1f] }] });
        var v1 = v2[..^8];
        v1[0] = 1;
        var back = StorySnapshotCodec.Decode(v1);
        Assert.Equal(7, back.Number);
        Assert.Equal("a2", Assert.Single(back.Members).ArticleId);
        Assert.Empty(back.AnchorIds!);
        Assert.Empty(back.Members[0].HeadlineNames!);
    }
}

using Triangulate.Core.Model;

namespace Triangulate.Core.Tests.Model;

public sealed class PublicationOrderTests
{
    private static Article A(string id, int? day) =>
        new(id, new ArticleSource(id), new ArticleMetadata { Published = day is { } d ? new DateTimeOffset(2025, 10, d, 0, 0, 0, TimeSpan.Zero) : null }, "text");

    [Fact]
    public void UndatedInPlace_MixedDates_DatedByDateUndatedFollowTheirPredecessor()
    {
        var sorted = PublicationOrder.UndatedInPlace([A("c", 20), A("u1", null), A("a", 18), A("b", 19), A("u2", null)]);
        Assert.Equal(["a", "b", "u2", "c", "u1"], sorted.Select(a => a.Id));
    }

    [Fact]
    public void UndatedInPlace_AllUndated_KeepsInputOrder()
    {
        var sorted = PublicationOrder.UndatedInPlace([A("x", null), A("y", null), A("z", null)]);
        Assert.Equal(["x", "y", "z"], sorted.Select(a => a.Id));
    }

    [Fact]
    public void UndatedLast_MixedDates_DatedByDateThenUndatedInInputOrder()
    {
        var sorted = PublicationOrder.UndatedLast([A("c", 20), A("u1", null), A("a", 18), A("b", 18), A("u2", null)]);
        Assert.Equal(["a", "b", "c", "u1", "u2"], sorted.Select(a => a.Id));
    }
}

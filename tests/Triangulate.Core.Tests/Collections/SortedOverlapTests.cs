using Triangulate.Core.Collections;

namespace Triangulate.Core.Tests.Collections;

public sealed class SortedOverlapTests
{
    [Fact]
    public void Count_IsTheSizeOfTheIntersection()
    {
        Assert.Equal(3, SortedOverlap.Count<int>([1, 3, 5, 7, 9], [0, 3, 4, 5, 9, 10]));
        Assert.Equal(0, SortedOverlap.Count<int>([1, 2], [3, 4]));
        Assert.Equal(0, SortedOverlap.Count<int>([], [3, 4]));
        Assert.Equal(2, SortedOverlap.Count<ulong>([2UL, ulong.MaxValue], [1UL, 2UL, ulong.MaxValue]));
    }

    [Fact]
    public void Count_PairsRepeatsAsOftenAsBothHoldThem()
    {
        Assert.Equal(2, SortedOverlap.Count<int>([4, 4, 4], [4, 4]));
    }

    [Fact]
    public void Count_StopsAtAtMost()
    {
        Assert.Equal(2, SortedOverlap.Count<int>([1, 2, 3, 4], [1, 2, 3, 4], atMost: 2));
        Assert.Equal(0, SortedOverlap.Count<int>([1, 2], [1, 2], atMost: 0));
    }

    [Fact]
    public void Count_AgreesWithASetIntersectionOnRandomSortedSets()
    {
        var random = new Random(21);
        for (var round = 0; round < 200; round++)
        {
            var a = Enumerable.Range(0, random.Next(0, 40)).Select(_ => random.Next(0, 60)).Distinct().Order().ToArray();
            var b = Enumerable.Range(0, random.Next(0, 40)).Select(_ => random.Next(0, 60)).Distinct().Order().ToArray();
            Assert.Equal(a.Intersect(b).Count(), SortedOverlap.Count<int>(a, b));
            Assert.Equal(a.Intersect(b).Any(), SortedOverlap.Any<int>(a, b));
        }
    }

    [Fact]
    public void Any_WithAccept_FindsOnlyASharedValueItTakes()
    {
        Assert.True(SortedOverlap.Any<int>([1, 3, 5, 8], [2, 3, 8], v => v > 4));
        Assert.False(SortedOverlap.Any<int>([1, 3, 5], [2, 3, 6], v => v > 4)); // 3 is shared but not taken, 5 is not shared
        Assert.False(SortedOverlap.Any<int>([], [1], _ => true));
    }
}

using Triangulate.Core.Annotations;
using Triangulate.Core.Model;

namespace Triangulate.Core.Tests.Annotations;

public sealed class LayerSearchTests
{
    // Sentences at [0,10), [10,25), [30,40): a gap between the second and the third.
    private static readonly Sentence[] Layer = [new(new TextSpan(0, 10)), new(new TextSpan(10, 15)), new(new TextSpan(30, 10))];

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(10, 1)]
    [InlineData(11, 2)]
    [InlineData(30, 2)]
    [InlineData(31, 3)]
    public void FirstStartingAtOrAfter_MatchesAScan(int offset, int expected)
    {
        Assert.Equal(expected, LayerSearch.FirstStartingAtOrAfter(Layer, offset));
        Assert.Equal(Scan(offset), LayerSearch.FirstStartingAtOrAfter(Layer, offset));
    }

    [Theory]
    [InlineData(-1, -1)]
    [InlineData(0, 0)]
    [InlineData(9, 0)]
    [InlineData(10, 1)]
    [InlineData(27, 1)] // in the gap: the sentence before it, which does not hold the offset
    [InlineData(30, 2)]
    [InlineData(int.MaxValue, 2)]
    public void LastStartingAtOrBefore_IsTheSentenceThatCanHoldTheOffset(int offset, int expected) =>
        Assert.Equal(expected, LayerSearch.LastStartingAtOrBefore(Layer, offset));

    [Fact]
    public void EmptyLayer_NothingFound()
    {
        Assert.Equal(0, LayerSearch.FirstStartingAtOrAfter(Array.Empty<Sentence>(), 5));
        Assert.Equal(-1, LayerSearch.LastStartingAtOrBefore(Array.Empty<Sentence>(), 5));
    }

    private static int Scan(int offset)
    {
        var i = 0;
        while (i < Layer.Length && Layer[i].Span.Start < offset)
        {
            i++;
        }

        return i;
    }
}

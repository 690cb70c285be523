using Triangulate.Core.Annotations;
using Triangulate.Nlp.Quantities;

namespace Triangulate.Nlp.Tests.Quantities;

/// <summary>Figures read with the figure before them, or that measure no event (docs/figures.md). Sentences are our own.</summary>
public sealed class FigureReferenceTests
{
    private readonly QuantityExtractor _extractor = new();

    [Theory]
    [InlineData("A magnitude 6.0 quake can cause severe damage.")]
    [InlineData("A magnitude - 6. 0 quake can cause severe damage.")]
    [InlineData("An 8.1 earthquake could flatten the old town.")]
    public void Extract_GenericMagnitude_NotAMeasurement(string text) =>
        Assert.DoesNotContain(_extractor.Extract(text), q => q.Counted == CountedKeys.Magnitude);

    [Fact]
    public void Extract_MagnitudeOfAQuakeThatHit_StillRead() =>
        Assert.Contains(_extractor.Extract("A magnitude 6.0 quake hit the coast and could be felt inland."), q => q.Counted == CountedKeys.Magnitude && q.Value == 6.0);

    [Theory]
    [InlineData("The epicentre was 72 km south-west of Marrakesh.", "72", 72, CountedKeys.Distance, "from Marrakesh")]
    [InlineData("It put the epicentre at about 58km (36 miles) south - west of Bandar Abbas.", "about 58km", 58, CountedKeys.Distance, "from Bandar Abbas")]
    [InlineData("It put the epicentre at about 58km (36 miles) south - west of Bandar Abbas.", "36", 36, CountedKeys.Distance, "from Bandar Abbas")]
    [InlineData("The quake struck 10km deep.", "10km", 10, CountedKeys.Depth, null)]
    [InlineData("The boat was 10 metres long.", "10", 10, CountedKeys.Distance, null)]
    public void Extract_Distance_ScopedByThePlaceItIsMeasuredFrom(string text, string figure, double value, string counted, string? scope)
    {
        var q = Assert.Single(_extractor.Extract(text), q => text.AsSpan(q.Span.Start).StartsWith(figure, StringComparison.Ordinal));
        Assert.Equal((value, counted, scope), (q.Value, q.Counted, q.Scope));
    }

    [Fact]
    public void Extract_ConversionInBrackets_SharesTheBound()
    {
        const string text = "It was about 58 km (36 miles) from the coast.";
        var q = Assert.Single(_extractor.Extract(text), q => q.Value == 36);
        Assert.Equal(Bounds.About, q.Bound);
    }
}

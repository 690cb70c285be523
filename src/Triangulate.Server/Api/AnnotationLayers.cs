using System.Globalization;
using Triangulate.Core.Annotations;
using Triangulate.Core.Model;

namespace Triangulate.Server.Api;

/// <summary>Flattens an article's typed layers into display spans.</summary>
public static class AnnotationLayers
{
    public static List<AnnotationSpan> Flatten(Article article)
    {
        var spans = new List<AnnotationSpan>();
        foreach (var e in article.Annotations.Get(Layers.Entities))
        {
            spans.Add(Span(article, "entities", e.Span, e.Type));
        }

        foreach (var q in article.Annotations.Get(Layers.Quotes))
        {
            var speaker = q.Speaker is { } s ? " — " + article.Slice(s) : "";
            spans.Add(Span(article, "quotes", q.Span, q.Kind + speaker));
        }

        foreach (var d in article.Annotations.Get(Layers.Dates))
        {
            spans.Add(Span(article, "dates", d.Span, d.Value ?? d.Type));
        }

        foreach (var n in article.Annotations.Get(Layers.Quantities))
        {
            var unit = n.Unit is null ? "" : " " + n.Unit;
            spans.Add(Span(article, "quantities", n.Span, n.Value.ToString("G6", CultureInfo.InvariantCulture) + unit));
        }

        spans.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        return spans;
    }

    /// <summary>Layer names present, in a fixed order, for the UI's legend.</summary>
    public static List<string> Present(Article article) =>
        new[] { "entities", "quotes", "dates", "quantities" }.Where(article.Annotations.Has).ToList();

    private static AnnotationSpan Span(Article article, string layer, TextSpan span, string label) =>
        new(layer, span.Start, span.Length, article.Slice(span), label);
}

using System.Text.Json.Serialization;

namespace Triangulate.Extraction.Cleaning.Furniture;

/// <summary>
/// Decides whether a text is a copied web page (menus, link lists, footers around the story) rather than an article
/// as written: the line model runs only then, so an article's own short lines (subheads, list items) are safe.
/// A page shows many short lines that are not sentences; an article shows few.
/// </summary>
internal sealed class FurnitureGate
{
    /// <summary>At most this many words make a line short.</summary>
    [JsonPropertyName("shortWords")]
    public int ShortWords { get; init; } = 4;

    /// <summary>The page needs at least this many short lines that are not sentences…</summary>
    [JsonPropertyName("minShortLines")]
    public int MinShortLines { get; init; } = 8;

    /// <summary>…making up at least this share of its non-blank lines.</summary>
    [JsonPropertyName("minShortShare")]
    public double MinShortShare { get; init; } = 0.3;

    public bool IsPage(List<LineShape> shapes)
    {
        var count = ShortLines(shapes);
        return count >= MinShortLines && count >= MinShortShare * shapes.Count;
    }

    public int ShortLines(List<LineShape> shapes)
    {
        var count = 0;
        foreach (var s in shapes)
        {
            count += s.Words <= ShortWords && s.End != LineEnd.Sentence ? 1 : 0;
        }

        return count;
    }
}

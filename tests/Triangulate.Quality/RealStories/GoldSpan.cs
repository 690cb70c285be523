namespace Triangulate.Quality.RealStories;

/// <summary>A span of an article's text as the data file holds it: the data-set id and UTF-16 offsets.</summary>
internal sealed record GoldSpan(string Article, int Start, int Length)
{
    public int End => Start + Length;

    /// <summary>True when both spans lie in one article and share at least one character (an empty span
    /// overlaps a span that contains its position).</summary>
    public bool Overlaps(GoldSpan other) =>
        string.Equals(Article, other.Article, StringComparison.Ordinal)
        && Start < Math.Max(other.End, other.Start + 1) && other.Start < Math.Max(End, Start + 1);
}

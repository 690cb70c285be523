namespace Triangulate.Core.Model;

/// <summary>
/// A range of UTF-16 code units in an article's cleaned <see cref="Article.Text"/>.
/// Every annotation and every piece of dossier evidence points at text through one of these,
/// so a reader can always check a statement against the exact characters it came from.
/// </summary>
public readonly record struct TextSpan(int Start, int Length) : IComparable<TextSpan>
{
    /// <summary>Exclusive end offset.</summary>
    public int End => Start + Length;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    /// <summary>True when the span lies inside a text of <paramref name="textLength"/> code units.</summary>
    public bool IsWithin(int textLength) => Start >= 0 && Length >= 0 && End <= textLength;

    public int CompareTo(TextSpan other) => Start != other.Start ? Start.CompareTo(other.Start) : Length.CompareTo(other.Length);

    public override string ToString() => $"[{Start}..{End})";
}

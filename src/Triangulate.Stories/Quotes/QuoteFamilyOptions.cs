namespace Triangulate.Stories.Quotes;

/// <summary>Settings of <see cref="QuoteFamilyBuilder"/>. Defaults were set on the seeds and the demo corpus (see the tests).</summary>
public sealed record QuoteFamilyOptions
{
    /// <summary>Share of the shorter version's words that must appear in the longer one. Default 0.6: reworded demo quotes share ≥ 0.75, unrelated quotes by the same speaker ≤ 0.4.</summary>
    public double MinContainment { get; init; } = 0.6;

    /// <summary>Content words (not function words) two versions must share to be the same utterance. Default 3; shorter quotes must match word for word.</summary>
    public int MinSharedContentWords { get; init; } = 3;

    /// <summary>Keep families seen in one article only (a quotation no other outlet carried). Default true: the dossier lists who said what.</summary>
    public bool IncludeSingletons { get; init; } = true;

    /// <summary>Let indirect speech join families, and form families of its own when two or more articles report it. Default true.</summary>
    public bool IncludeIndirect { get; init; } = true;
}

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

    /// <summary>
    /// Join two direct quotations of the same named person in two articles when they make the same statement in
    /// other words (<see cref="RewordedSimilarity"/>) or, across languages, give the same figures and names. Default true.
    /// </summary>
    public bool MatchStatements { get; init; } = true;

    /// <summary><see cref="Lineage.SentenceMatcher"/> score above which the same person's two quotations are one statement reworded.</summary>
    public double RewordedSimilarity { get; init; } = 0.45;

    /// <summary>Words the shorter quotation needs for a statement match (short phrases say too little).</summary>
    public int MinStatementWords { get; init; } = 5;

    /// <summary>The shorter quotation's length over the longer's for a statement match (a trimmed version matches by its words).</summary>
    public double MinLengthRatio { get; init; } = 0.5;

    /// <summary>Let indirect speech join families, and form families of its own when two or more articles report it. Default true.</summary>
    public bool IncludeIndirect { get; init; } = true;
}

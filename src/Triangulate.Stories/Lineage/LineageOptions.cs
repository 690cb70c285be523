namespace Triangulate.Stories.Lineage;

/// <summary>
/// Settings of wire-copy lineage detection. Defaults were tuned on the simulated rewrite set (dev seeds)
/// and the hand-labelled Reuters-21578 pairs; see docs/lineage.md for the figures behind each.
/// </summary>
public sealed record LineageOptions
{
    /// <summary>Words per shingle. 4 survives a substituted word every ~5 words better than 5 and is still rare enough.</summary>
    public int ShingleSize { get; init; } = 4;

    /// <summary>MinHash values per article (4 bytes each).</summary>
    public int MinHashSize { get; init; } = 64;

    /// <summary>LSH bands; rows per band = MinHashSize / LshBands. 16×4 puts the 50% detection point at Jaccard ≈ 0.5.</summary>
    public int LshBands { get; init; } = 16;

    /// <summary>A shingle becomes a passage fingerprint when its hash is 0 modulo this (content-defined sampling).</summary>
    public int PassageSampleModulus { get; init; } = 6;

    /// <summary>At most this many passage fingerprints per article (the smallest hashes win), bounding index memory.</summary>
    public int MaxPassageFingerprints { get; init; } = 48;

    /// <summary>The smallest shingle hashes kept as fingerprints in any case (bottom-k), for short texts.</summary>
    public int BottomFingerprints { get; init; } = 4;

    /// <summary>Fingerprints shared by more articles than this are boilerplate: they stop generating candidates.</summary>
    public int MaxPostingLength { get; init; } = 32;

    /// <summary>Votes a candidate needs: a shared passage fingerprint counts 1, an LSH band 4, the content hash 1000.</summary>
    public int MinCandidateVotes { get; init; } = 2;

    /// <summary>Candidates aligned per new article, best-supported first.</summary>
    public int MaxCandidates { get; init; } = 40;

    /// <summary>Shared runs shorter than this many words are ignored (common phrases, not copy).</summary>
    public int MinRunTokens { get; init; } = 8;

    /// <summary>Unmatched words bridged inside a shared run (a substituted word or two).</summary>
    public int MaxGapTokens { get; init; } = 3;

    /// <summary>Share of an article's words in shared runs above which two articles are copies whatever their credits.</summary>
    public double CopyShare { get; init; } = 0.5;

    /// <summary>Share of non-quoted (narrative) words shared that makes a rewrite of the same report.</summary>
    public double NarrativeShare { get; init; } = 0.2;

    /// <summary>Minimum shared narrative words for <see cref="NarrativeShare"/> to apply.</summary>
    public int MinNarrativeTokens { get; init; } = 20;

    /// <summary>With a credit to the same outlet on both sides, this share of shared text (quotes included) suffices.</summary>
    public double CreditedShare { get; init; } = 0.04;

    /// <summary>Minimum shared words for the credited rule.</summary>
    public int MinCreditedTokens { get; init; } = 20;

    /// <summary>Share needed when both articles credit different outlets and none in common.</summary>
    public double ConflictingCreditShare { get; init; } = 0.6;

    /// <summary>Texts shorter than this (in words, the shorter of two) are copies only when every figure agrees:
    /// a one-line dividend notice differs from another company's by its figures alone.</summary>
    public int ShortTextTokens { get; init; } = 60;

    /// <summary>Copies are published within this time of each other; farther apart only near-identical texts join.</summary>
    public TimeSpan MaxPublicationGap { get; init; } = TimeSpan.FromDays(7);

    /// <summary>Below this share of the smaller name set found in the other text, two texts are about different
    /// parties (another issuer, another bank) unless both credit the same outlet.</summary>
    public double NameAgreement { get; init; } = 0.5;

    /// <summary>Name agreement the narrative rule needs on top of its shared text.</summary>
    public double NarrativeNameAgreement { get; init; } = 0.7;

    /// <summary>Title-word containment above which two items carry the same title (a corrected re-issue may then change one figure).</summary>
    public double SameTitle { get; init; } = 0.9;

    /// <summary>
    /// A rewrite (paraphrase or translation) of a credited report joins its lineage without shared wording when
    /// both credit the same outlet (or one is that outlet's own copy) and at least this many distinct figures agree.
    /// </summary>
    public int RewriteMinFigures { get; init; } = 3;

    /// <summary>Share of the smaller text's distinct figures the other must give for a rewrite.</summary>
    public double RewriteFigureShare { get; init; } = 0.5;

    /// <summary>A rewrite without shared wording is published within this time of its source (a paraphrase the same
    /// day, a translation the next); the agency's own follow-up reports days later share credit and figures too.</summary>
    public TimeSpan RewriteMaxGap { get; init; } = TimeSpan.FromDays(2);

    /// <summary>Order agreement of the shared figures (<see cref="FigureSkeleton.OrderAgreement"/>) a rewrite needs.</summary>
    public double RewriteOrder { get; init; } = 0.7;

    /// <summary>Name agreement (<see cref="NameSignature.Containment"/>) a rewrite needs: names survive rewording and
    /// mostly survive translation.</summary>
    public double RewriteNameAgreement { get; init; } = 0.4;

    /// <summary>Words read per article (size cap for pathological input).</summary>
    public int MaxTokens { get; init; } = 20_000;
}

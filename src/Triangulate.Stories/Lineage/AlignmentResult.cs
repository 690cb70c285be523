namespace Triangulate.Stories.Lineage;

/// <summary>
/// What two articles share: words inside shared runs on each side (a run tolerates a few substituted words),
/// how many of those are outside quotation marks, and the runs themselves as token ranges of article A.
/// </summary>
public sealed record AlignmentResult(int TokensA, int TokensB, int SharedA, int SharedB, int NarrativeSharedA, int NarrativeSharedB,
    int LongestRun, IReadOnlyList<(int StartToken, int EndToken)> RunsA, int KeyHoles = 0)
{
    // KeyHoles: unmatched stretches inside shared runs (both sides) holding a capitalised word or a figure:
    // the slots where a template was filled differently (another company, another amount).

    public double ShareA => TokensA == 0 ? 0 : (double)SharedA / TokensA;
    public double ShareB => TokensB == 0 ? 0 : (double)SharedB / TokensB;

    /// <summary>The larger share: a trimmed copy shares most of itself with its longer source.</summary>
    public double MaxShare => Math.Max(ShareA, ShareB);

    /// <summary>The larger share of narrative (unquoted) words.</summary>
    public double MaxNarrativeShare => Math.Max(TokensA == 0 ? 0 : (double)NarrativeSharedA / TokensA, TokensB == 0 ? 0 : (double)NarrativeSharedB / TokensB);

    public int MinShared => Math.Min(SharedA, SharedB);
    public int MinNarrativeShared => Math.Min(NarrativeSharedA, NarrativeSharedB);
}

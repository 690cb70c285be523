namespace Triangulate.Stories.Syndication;

/// <summary>
/// The pair decision. Shared narrative text (outside quotation marks) is the strong signal: independent
/// reporters write their own sentences. Shared quotes alone are weak, since every outlet at a press
/// conference prints the same words, unless both articles credit the same outlet. One mention of an
/// outlet is never enough by itself: the credited rule still needs shared text.
/// </summary>
public sealed class LineageRules(LineageOptions options)
{
    private readonly LineageOptions _options = options ?? throw new ArgumentNullException(nameof(options));

    public PairVerdict Decide(ArticleFingerprint a, ArticleFingerprint b, AlignmentResult alignment)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(alignment);
        if (a.ContentHash == b.ContentHash && a.Tokens.Count > 0)
        {
            return new PairVerdict(true, 2, "exact");
        }

        var shared = SharedCredit(a, b);
        var conflicting = shared is null && HasStrong(a) && HasStrong(b);
        var share = alignment.MaxShare;
        if (conflicting)
        {
            return share >= _options.ConflictingCreditShare ? new PairVerdict(true, share, "copy") : PairVerdict.No("conflicting-credits");
        }

        // A copy shares narrative too; a text made mostly of the same long quote needs a common credit.
        var copyLike = alignment.MaxNarrativeShare >= _options.CopyShare / 2 || shared is not null;
        if (share >= _options.CopyShare && copyLike && alignment.MinShared >= _options.MinRunTokens)
        {
            return new PairVerdict(true, 1 + share, "copy", shared);
        }

        if (alignment.MaxNarrativeShare >= _options.NarrativeShare && alignment.MinNarrativeShared >= _options.MinNarrativeTokens)
        {
            return new PairVerdict(true, 0.5 + share, "narrative", shared);
        }

        if (shared is not null && share >= _options.CreditedShare && alignment.MinShared >= _options.MinCreditedTokens)
        {
            return new PairVerdict(true, 0.25 + share, "credited", shared);
        }

        return PairVerdict.No();
    }

    /// <summary>An outlet key credited by both, strongly by at least one of them.</summary>
    public static string? SharedCredit(ArticleFingerprint a, ArticleFingerprint b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        foreach (var ca in a.Credits)
        {
            foreach (var cb in b.Credits)
            {
                if (ca.Key == cb.Key && (ca.Strength == CreditStrength.Strong || cb.Strength == CreditStrength.Strong))
                {
                    return ca.Key;
                }
            }
        }

        return null;
    }

    private static bool HasStrong(ArticleFingerprint f)
    {
        foreach (var c in f.Credits)
        {
            if (c.Strength == CreditStrength.Strong)
            {
                return true;
            }
        }

        return false;
    }
}

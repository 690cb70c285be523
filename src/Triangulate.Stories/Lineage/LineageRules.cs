namespace Triangulate.Stories.Lineage;

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
        if (TemplateReason(a, b, alignment, shared) is { } reason)
        {
            return PairVerdict.No(reason);
        }

        var share = alignment.MaxShare;
        if (shared is null && a.HasStrongCredit() && b.HasStrongCredit())
        {
            return share >= _options.ConflictingCreditShare ? new PairVerdict(true, share, "copy") : PairVerdict.No("conflicting-credits");
        }

        // A copy shares narrative too; a text made mostly of the same long quote needs a common credit.
        var copyLike = alignment.MaxNarrativeShare >= _options.CopyShare / 2 || shared is not null;
        if (share >= _options.CopyShare && copyLike && alignment.MinShared >= _options.MinRunTokens)
        {
            return new PairVerdict(true, 1 + share, "copy", shared);
        }

        if (alignment.MaxNarrativeShare >= _options.NarrativeShare && alignment.MinNarrativeShared >= _options.MinNarrativeTokens
            && NameSignature.Containment(a.Names, b.Names) >= _options.NarrativeNameAgreement)
        {
            return new PairVerdict(true, 0.5 + share, "narrative", shared);
        }

        if (shared is not null && share >= _options.CreditedShare && alignment.MinShared >= _options.MinCreditedTokens)
        {
            return new PairVerdict(true, 0.25 + share, "credited", shared);
        }

        return Rewrite(a, b);
    }

    /// <summary>
    /// A paraphrase or translation of a credited report: no wording in common, but both credit the same outlet (or
    /// one is that outlet's own copy) and they give the same figures in the same order and name the same parties.
    /// Every signal is language-independent. An independent report of the same event shares figures and names too,
    /// but not the credit, and orders its figures its own way; the agency's own later report on the story shares
    /// the credit and some figures, but fewer of them, and days later. Published more than
    /// <see cref="LineageOptions.RewriteMaxGap"/> apart, it is another report.
    /// </summary>
    public PairVerdict Rewrite(ArticleFingerprint a, ArticleFingerprint b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var credit = SharedCredit(a, b) ?? OwnCopyCredit(a, b) ?? OwnCopyCredit(b, a);
        if (credit is null || (a.Published is { } pa && b.Published is { } pb && (pa - pb).Duration() > _options.RewriteMaxGap))
        {
            return PairVerdict.No();
        }

        var shared = a.Figures.Shared(b.Figures);
        var smaller = Math.Min(a.Figures.Distinct.Length, b.Figures.Distinct.Length);
        if (shared < _options.RewriteMinFigures || shared < _options.RewriteFigureShare * smaller)
        {
            return PairVerdict.No("figures-differ");
        }

        var order = a.Figures.OrderAgreement(b.Figures);
        if (order < _options.RewriteOrder)
        {
            return PairVerdict.No("figure-order-differs");
        }

        return NameSignature.Containment(a.Names, b.Names) < _options.RewriteNameAgreement
            ? PairVerdict.No("names-differ")
            : new PairVerdict(true, 0.2 + (0.1 * order), "rewrite", credit);
    }

    // The outlet of one article, credited strongly by the other: the agency's own copy and a rewrite of it.
    private static string? OwnCopyCredit(ArticleFingerprint own, ArticleFingerprint rewrite)
    {
        if (own.OutletKey is not { } key)
        {
            return null;
        }

        foreach (var c in rewrite.Credits)
        {
            if (c.Strength == CreditStrength.Strong && c.Key == key)
            {
                return key;
            }
        }

        return null;
    }

    /// <summary>
    /// Why <paramref name="a"/> cannot be the same report as <paramref name="b"/> whatever they share (figures or
    /// particulars in the same slots differ), or null. Used to keep a lineage from growing by chains of templates.
    /// </summary>
    public string? Incompatible(ArticleFingerprint a, ArticleFingerprint b, AlignmentResult alignment)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(alignment);
        if (a.ContentHash == b.ContentHash)
        {
            return null;
        }

        var reason = TemplateReason(a, b, alignment, SharedCredit(a, b));
        return reason is "far-apart" or "names-differ" ? null : reason;
    }

    // Signs that the shared wording is a template filled twice (figures, names or dates differ), not one report.
    private string? TemplateReason(ArticleFingerprint a, ArticleFingerprint b, AlignmentResult alignment, string? sharedCredit)
    {
        var (agree, conflict) = a.Numbers.Compare(b.Numbers);
        var isShort = Math.Min(a.Tokens.Count, b.Tokens.Count) < _options.ShortTextTokens;
        var correction = IsCorrection(a, b);
        if (conflict >= 2 || (conflict == 1 && (agree <= 1 || isShort) && !correction))
        {
            return "figures-differ";
        }

        if (isShort && alignment.KeyHoles > 0 && !correction)
        {
            return "particulars-differ";
        }

        // A one-line notice says too little to identify its report; its title names the party.
        if (isShort && a.TitleWords.Length > 0 && b.TitleWords.Length > 0 && NameSignature.Containment(a.TitleWords, b.TitleWords) < _options.NameAgreement)
        {
            return "titles-differ";
        }

        if (a.Published is { } pa && b.Published is { } pb && (pa - pb).Duration() > _options.MaxPublicationGap)
        {
            return "far-apart";
        }

        return sharedCredit is null && NameSignature.Containment(a.Names, b.Names) < _options.NameAgreement ? "names-differ" : null;
    }

    // One changed figure under the same title within a day is a correction of the item, not another item.
    private bool IsCorrection(ArticleFingerprint a, ArticleFingerprint b) =>
        a.Published is { } pa && b.Published is { } pb && (pa - pb).Duration() <= TimeSpan.FromDays(1)
        && a.TitleWords.Length > 0 && b.TitleWords.Length > 0
        && NameSignature.Containment(a.TitleWords, b.TitleWords) >= _options.SameTitle;

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
}

using Triangulate.Core.Model;
using Triangulate.Core.Text;

namespace Triangulate.Stories.Lineage;

/// <summary>
/// What lineage detection keeps of one article: its tokens and shingles (for alignment), a content hash, a
/// MinHash signature, sampled passage fingerprints and the outlets it credits.
/// </summary>
public sealed class ArticleFingerprint
{
    private ArticleFingerprint(string id, TokenSequence tokens, ulong[] shingles, ulong[] sortedShingles, ulong contentHash,
        uint[] minHash, ulong[] passages, NumberSignature numbers, uint[] names, IReadOnlyList<CreditMention> credits, DateTimeOffset? published)
    {
        Numbers = numbers;
        Names = names;
        Id = id;
        Tokens = tokens;
        Shingles = shingles;
        SortedShingles = sortedShingles;
        ContentHash = contentHash;
        MinHash = minHash;
        Passages = passages;
        Credits = credits;
        Published = published;
    }

    public string Id { get; }
    public TokenSequence Tokens { get; }

    /// <summary>Shingle hashes in text order.</summary>
    public ulong[] Shingles { get; }

    /// <summary>Distinct shingle hashes, sorted, for membership tests.</summary>
    public ulong[] SortedShingles { get; }

    /// <summary>Hash of the folded token stream: equal for copies that differ only in punctuation, case or accents.</summary>
    public ulong ContentHash { get; }

    public uint[] MinHash { get; }

    /// <summary>Content-sampled shingle hashes (a shared passage of ~20 words yields a common one with ~95% probability).</summary>
    public ulong[] Passages { get; }

    /// <summary>The figures of the text in their slots.</summary>
    public NumberSignature Numbers { get; }

    /// <summary>Name-like words (see <see cref="NameSignature"/>).</summary>
    public uint[] Names { get; }

    public IReadOnlyList<CreditMention> Credits { get; }
    public DateTimeOffset? Published { get; }

    /// <summary>Folded word hashes of the title, sorted and distinct; empty when there is no title.</summary>
    public uint[] TitleWords { get; private init; } = [];

    /// <summary>The figures in text order, written alike in any language: what a paraphrase or translation keeps.</summary>
    public FigureSkeleton Figures { get; private init; } = FigureSkeleton.Empty;

    /// <summary>Key (<see cref="OutletNames.Key"/>) of the article's own outlet; null when unknown. An agency's own copy
    /// credits nobody, but a rewrite that credits the agency agrees with it.</summary>
    public string? OutletKey { get; private init; }

    /// <param name="textTokens">The text's tokens when already made (the article's tokens layer); else the text is tokenized here.</param>
    public static ArticleFingerprint Create(string id, string text, IReadOnlyList<CreditMention> credits, DateTimeOffset? published, LineageOptions options, string? title = null, string? outlet = null, IReadOnlyList<TextSpan>? textTokens = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var tokens = textTokens is null ? TokenSequence.Tokenize(text, options.MaxTokens) : TokenSequence.Tokenize(text, textTokens, options.MaxTokens);
        var shingles = Lineage.Shingles.Compute(tokens, options.ShingleSize);
        var sorted = SortedHashes.Distinct(shingles);
        return new ArticleFingerprint(id, tokens, shingles, sorted, HashTokens(tokens), MinHashSketch.Compute(shingles, options.MinHashSize),
            SamplePassages(sorted, options), NumberSignature.Compute(text, tokens), NameSignature.Compute(text, tokens), credits, published)
        {
            TitleWords = TitleHashes(title),
            Figures = FigureSkeleton.Compute(text),
            OutletKey = string.IsNullOrWhiteSpace(outlet) ? null : OutletNames.Key(outlet),
        };
    }

    /// <summary>Whether any outlet is credited strongly (the text is its report).</summary>
    public bool HasStrongCredit()
    {
        foreach (var c in Credits)
        {
            if (c.Strength == CreditStrength.Strong)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Outlet keys credited strongly (the text is their report).</summary>
    public IEnumerable<string> StrongKeys()
    {
        foreach (var c in Credits)
        {
            if (c.Strength == CreditStrength.Strong)
            {
                yield return c.Key;
            }
        }
    }

    private static uint[] TitleHashes(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return [];
        }

        var tokens = TokenSequence.Tokenize(title, 100);
        return [.. tokens.Hashes.AsSpan(0, tokens.Count).ToArray().Distinct().Order()];
    }

    // Sorted input, so the first matches are the smallest hashes: the cap keeps a consistent subset across copies.
    // The few smallest hashes are always kept as well (bottom-k), so a short notice still has fingerprints.
    private static ulong[] SamplePassages(ulong[] sorted, LineageOptions options)
    {
        var result = new List<ulong>(Math.Min(options.MaxPassageFingerprints, (sorted.Length / options.PassageSampleModulus) + options.BottomFingerprints));
        for (var i = 0; i < sorted.Length && result.Count < options.MaxPassageFingerprints; i++)
        {
            if (i < options.BottomFingerprints || sorted[i] % (ulong)options.PassageSampleModulus == 0)
            {
                result.Add(sorted[i]);
            }
        }

        return [.. result];
    }

    private static ulong HashTokens(TokenSequence tokens)
    {
        var h = Fnv1a.Offset;
        for (var i = 0; i < tokens.Count; i++)
        {
            h = Fnv1a.Step(h, tokens.Hashes[i]);
        }

        return Mix64.SplitMix(h ^ (ulong)tokens.Count);
    }
}

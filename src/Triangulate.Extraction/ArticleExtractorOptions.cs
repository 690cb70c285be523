namespace Triangulate.Extraction;

/// <summary>Settings of <see cref="ArticleExtractor"/>.</summary>
public sealed record ArticleExtractorOptions
{
    public static ArticleExtractorOptions Default { get; } = new();

    /// <summary>The command-line flag that sets <see cref="MaxTextChars"/>, named by the TRI2004 diagnostic.</summary>
    public const string MaxTextCharsFlag = "--max-text-chars";

    /// <summary>Longest article text kept; longer text is cut at a paragraph or word boundary with a TRI2004
    /// warning. Default 500,000 characters: about ten times the longest news feature, small enough that every
    /// later stage stays within its time budget.</summary>
    public int MaxTextChars { get; init; } = 500_000;
}

namespace Triangulate.Extraction.PlainText;

/// <summary>Settings of <see cref="PlainTextExtractor"/>.</summary>
public sealed record PlainTextExtractorOptions
{
    public static PlainTextExtractorOptions Default { get; } = new();

    /// <summary>A first line longer than this is a lead paragraph, not a headline. Default 200.</summary>
    public int MaxTitleChars { get; init; } = 200;

    /// <summary>A headline has at most this many words. Default 20 (news headlines run 6 to 15).</summary>
    public int MaxTitleWords { get; init; } = 20;

    /// <summary>A headline has at least this many words, so a section label ("Premier League") or a lone name is
    /// not taken. Default 3: on the L3S-GN1 dev split it cuts wrong titles from 29 to 20 and loses 4 of 213 right ones.</summary>
    public int MinTitleWords { get; init; } = 3;
}

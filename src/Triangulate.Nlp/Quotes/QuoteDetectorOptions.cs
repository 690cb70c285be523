namespace Triangulate.Nlp.Quotes;

/// <summary>Settings of <see cref="QuoteDetector"/>. Defaults are what the quality figures were measured with.</summary>
public sealed record QuoteDetectorOptions
{
    /// <summary>Texts longer than this (UTF-16 units) are scanned only up to it. Default 20,000,000: far above any article, and the scan is linear (10 MB of one line takes about a second).</summary>
    public int MaxTextLength { get; init; } = 20_000_000;

    /// <summary>Report indirect speech ("X said that …") as well as quotations. Default true.</summary>
    public bool IncludeIndirect { get; init; } = true;

    /// <summary>
    /// How many paragraphs back a quote with no attribution of its own may inherit the previous speaker.
    /// Default 1: a quote-only paragraph right after a speaker's paragraph continues that speaker
    /// (news style); further back it was wrong more often than right on PolNeAR train.
    /// </summary>
    public int ContinuationParagraphs { get; init; } = 1;

    /// <summary>
    /// Keep a quotation standing alone with no speaker anywhere near. Default false: on PolNeAR train most
    /// such quotations had a speaker we could not find, so keeping them cost precision and told a reader nothing.
    /// </summary>
    public bool KeepUnattributedQuotes { get; init; }

    /// <summary>Words a quotation needs to count as a whole utterance when it stands alone in its sentence. Default 3.</summary>
    public int MinStandaloneWords { get; init; } = 3;
}

namespace Triangulate.Ingest.Sources;

/// <summary>What the first bytes of an input say it is.</summary>
internal enum ContentKind
{
    PlainText,
    Html,
    Feed,
    JsonLines,

    /// <summary>A list of addresses or articles: OPML, a sitemap, an address list, or a JSON Feed.</summary>
    Listing,
    OtherXml,
    Gzip,
    Binary,
    KnownBinaryFormat,
}

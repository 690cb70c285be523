namespace Triangulate.Ingest.Sources;

/// <summary>What the first bytes of an input say it is.</summary>
internal enum ContentKind
{
    PlainText,
    Html,
    Feed,
    JsonLines,
    OtherXml,
    Gzip,
    Binary,
    KnownBinaryFormat,
}

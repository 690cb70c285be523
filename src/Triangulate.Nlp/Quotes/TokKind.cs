namespace Triangulate.Nlp.Quotes;

/// <summary>What a light token is; quotation marks get their own kinds so pairing never re-reads the text.</summary>
internal enum TokKind : byte
{
    Word,
    Punct,
    DoubleQuote,
    SingleQuote,
    Paragraph,
}

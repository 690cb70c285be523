namespace Triangulate.Nlp.Quotes;

/// <summary>A sentence as a token range [Start, End) and the paragraph it sits in.</summary>
internal readonly record struct SentenceRange(int Start, int End, int Paragraph);

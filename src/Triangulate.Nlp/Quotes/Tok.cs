using Triangulate.Nlp.Sentences;

namespace Triangulate.Nlp.Quotes;

/// <summary>A light token: offsets into the text, its kind and, for words, whether it starts with a capital.</summary>
internal readonly record struct Tok(int Start, int End, TokKind Kind, bool Capital) : ITokenRange
{
    public int Length => End - Start;
}

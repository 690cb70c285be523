using Triangulate.Nlp.Sentences;

namespace Triangulate.Nlp.Dates;

/// <summary>What a <see cref="ScanToken"/> is made of.</summary>
internal enum ScanKind : byte
{
    Word,
    Number,
    Punct,
}

/// <summary>
/// A piece of a token as the date and quantity grammars read it. Numbers keep their grouping ("15,000", "1.5",
/// "10:35") and any letter suffix ("6th", "1990s", "5pm") so the taggers can read them without re-scanning.
/// </summary>
internal readonly record struct ScanToken(int Start, int End, ScanKind Kind, int DigitsEnd, bool NewlineBefore) : ITokenRange
{
    public int Length => End - Start;
}

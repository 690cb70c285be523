namespace Triangulate.Nlp.Entities;

/// <summary>Per-token values computed once per sentence, from which features are hashed.</summary>
internal struct NerToken
{
    public const byte UpperInitial = 1;
    public const byte AllUpper = 2;
    public const byte HasLetter = 4;
    public const byte LowerInitial = 8;
    public const byte HasDigit = 16;

    public ulong Word;
    public ulong Lower;
    public ulong Shape;
    public ulong ShortShape;
    public ulong Prefix1;
    public ulong Prefix2;
    public ulong Prefix3;
    public ulong Prefix4;
    public ulong Suffix1;
    public ulong Suffix2;
    public ulong Suffix3;
    public ulong Suffix4;
    public int Cluster;
    public long Gazetteer;
    public byte Flags;
}

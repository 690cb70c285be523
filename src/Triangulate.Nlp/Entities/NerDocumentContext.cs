namespace Triangulate.Nlp.Entities;

/// <summary>
/// Document-level memory for non-local features (Ratinov &amp; Roth 2009): how each word is cased
/// elsewhere in the document, and the entity type last predicted for it. Reset per document/article.
/// </summary>
internal sealed class NerDocumentContext
{
    /// <summary>Bit 1: seen capitalised mid-sentence in mixed-case text; bit 2: seen lower-case.</summary>
    public Dictionary<ulong, byte> Casing { get; } = [];

    /// <summary>Last prediction per lower-cased word: 1 = O, 2 + type otherwise.</summary>
    public Dictionary<ulong, byte> History { get; } = [];

    public void Clear()
    {
        Casing.Clear();
        History.Clear();
    }

    public void ObserveCasing(ulong lower, bool upperInitial, bool lowerInitial)
    {
        var flag = upperInitial ? (byte)1 : lowerInitial ? (byte)2 : (byte)0;
        if (flag == 0)
        {
            return;
        }

        Casing.TryGetValue(lower, out var old);
        Casing[lower] = (byte)(old | flag);
    }

    public byte CasingOf(ulong lower) => Casing.TryGetValue(lower, out var v) ? v : (byte)0;

    public byte HistoryOf(ulong lower) => History.TryGetValue(lower, out var v) ? v : (byte)0;

    public void Remember(ulong lower, int tag) => History[lower] = tag == 0 ? (byte)1 : (byte)(2 + NerLabels.TypeOf(tag));
}

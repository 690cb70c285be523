using Triangulate.Core.Text;

namespace Triangulate.Stories.Lineage;

/// <summary>
/// The word tokens of a text as folded 32-bit hashes with their UTF-16 offsets, plus whether each token
/// sits inside quotation marks. Punctuation, quote style and accents are folded away, so re-punctuated
/// copies tokenise identically.
/// </summary>
public sealed class TokenSequence
{
    private TokenSequence(uint[] hashes, int[] starts, int[] ends, bool[] quoted, bool[] key, int count)
    {
        Key = key;
        Hashes = hashes;
        Starts = starts;
        Ends = ends;
        Quoted = quoted;
        Count = count;
    }

    public uint[] Hashes { get; }
    public int[] Starts { get; }

    /// <summary>Exclusive end offset of each token.</summary>
    public int[] Ends { get; }

    /// <summary>True when the token lies inside double quotation marks (straight, curly, guillemets).</summary>
    public bool[] Quoted { get; }

    /// <summary>True for tokens that carry a report's particulars: capitalised words and figures.</summary>
    public bool[] Key { get; }

    public int Count { get; }

    /// <summary>Tokenises <paramref name="text"/>, reading at most <paramref name="maxTokens"/> tokens (a size cap for pathological input).</summary>
    public static TokenSequence Tokenize(string text, int maxTokens = 20_000)
    {
        ArgumentNullException.ThrowIfNull(text);
        var capacity = Math.Min(maxTokens, (text.Length / 4) + 8);
        var hashes = new uint[capacity];
        var starts = new int[capacity];
        var ends = new int[capacity];
        var quoted = new bool[capacity];
        var key = new bool[capacity];
        var count = 0;
        var inQuote = false;
        var i = 0;
        while (i < text.Length && count < maxTokens)
        {
            var c = text[i];
            if (!TextFolding.IsWordChar(c))
            {
                inQuote = UpdateQuoteState(inQuote, c);
                i++;
                continue;
            }

            var start = i;
            var hash = 2166136261u;
            while (i < text.Length && TextFolding.IsWordChar(text[i]))
            {
                hash = (hash ^ TextFolding.Fold(text[i])) * 16777619u;
                i++;
            }

            if (count == hashes.Length)
            {
                var size = Math.Min(maxTokens, count * 2);
                Array.Resize(ref hashes, size);
                Array.Resize(ref starts, size);
                Array.Resize(ref ends, size);
                Array.Resize(ref quoted, size);
                Array.Resize(ref key, size);
            }

            hashes[count] = hash;
            starts[count] = start;
            ends[count] = i;
            quoted[count] = inQuote;
            key[count] = char.IsUpper(c) || char.IsAsciiDigit(c);
            count++;
        }

        // Trimmed to size: fingerprints are kept by the index, and the first guess (a word per 4 chars) is generous.
        Array.Resize(ref hashes, count);
        Array.Resize(ref starts, count);
        Array.Resize(ref ends, count);
        Array.Resize(ref quoted, count);
        Array.Resize(ref key, count);
        return new TokenSequence(hashes, starts, ends, quoted, key, count);
    }

    // Quote state resets at line breaks: news paragraphs often open a quote they never close.
    private static bool UpdateQuoteState(bool inQuote, char c) => c switch
    {
        '"' => !inQuote,
        '\u201C' or '\u201E' or '\u00AB' => true,
        '\u201D' or '\u00BB' => false,
        '\n' => false,
        _ => inQuote,
    };
}

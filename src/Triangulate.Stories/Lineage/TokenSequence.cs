using Triangulate.Core.Model;
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

    /// <summary>Tokenises <paramref name="text"/> with the one tokenizer (<see cref="Tokenizer"/>), reading at most
    /// <paramref name="maxTokens"/> tokens (a size cap for pathological input).</summary>
    public static TokenSequence Tokenize(string text, int maxTokens = 20_000)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Tokenize(text, Tokenizer.Default.Tokenize(text), maxTokens);
    }

    /// <summary>
    /// The folded words of <paramref name="tokens"/> (the tokenizer's, e.g. an article's tokens layer): each token
    /// gives its runs of letters and digits, so punctuation inside a token ("U.S.", "well-known", "1,000") folds away
    /// as it does between tokens, and a re-punctuated copy yields the same words.
    /// </summary>
    public static TokenSequence Tokenize(string text, IReadOnlyList<TextSpan> tokens, int maxTokens = 20_000)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var builder = new Builder(Math.Min(maxTokens, tokens.Count + 8), maxTokens);
        var inQuote = false;
        var scanned = 0;
        for (var t = 0; t < tokens.Count && !builder.Full; t++)
        {
            var token = tokens[t];
            var inToken = text.AsSpan(0, token.End);
            var i = token.Start;
            while (!builder.Full && Tokenizer.NextWordRun(inToken, ref i, out var start))
            {
                // Every character outside a word, white space included, moves the quote state, as it is read.
                for (; scanned < start; scanned++)
                {
                    inQuote = UpdateQuoteState(inQuote, text[scanned]);
                }

                var hash = 2166136261u;
                for (var k = start; k < i; k++)
                {
                    hash = (hash ^ TextFolding.Fold(text[k])) * 16777619u;
                }

                builder.Add(hash, start, i, inQuote, char.IsUpper(text[start]) || char.IsAsciiDigit(text[start]));
                scanned = i;
            }
        }

        return builder.Build();
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

    /// <summary>Grows the parallel arrays as words are added, up to the cap, then trims them.</summary>
    private sealed class Builder(int capacity, int maxTokens)
    {
        private uint[] _hashes = new uint[capacity];
        private int[] _starts = new int[capacity];
        private int[] _ends = new int[capacity];
        private bool[] _quoted = new bool[capacity];
        private bool[] _key = new bool[capacity];
        private int _count;

        public bool Full => _count >= maxTokens;

        public void Add(uint hash, int start, int end, bool quoted, bool key)
        {
            if (_count == _hashes.Length)
            {
                Resize(Math.Min(maxTokens, Math.Max(8, _count * 2)));
            }

            _hashes[_count] = hash;
            _starts[_count] = start;
            _ends[_count] = end;
            _quoted[_count] = quoted;
            _key[_count] = key;
            _count++;
        }

        // Trimmed to size: fingerprints are kept by the index.
        public TokenSequence Build()
        {
            Resize(_count);
            return new TokenSequence(_hashes, _starts, _ends, _quoted, _key, _count);
        }

        private void Resize(int size)
        {
            Array.Resize(ref _hashes, size);
            Array.Resize(ref _starts, size);
            Array.Resize(ref _ends, size);
            Array.Resize(ref _quoted, size);
            Array.Resize(ref _key, size);
        }
    }
}

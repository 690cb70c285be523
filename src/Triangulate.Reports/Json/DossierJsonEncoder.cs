using System.Buffers;
using System.Text.Encodings.Web;

namespace Triangulate.Reports.Json;

/// <summary>
/// Relaxed but HTML-safe JSON escaping. The default encoder writes every non-ASCII letter and every quote or
/// apostrophe as <c>\uXXXX</c>, which makes news text unreadable ("Maduro\u0027s"); the relaxed one keeps
/// them but would let <c>&lt;/script&gt;</c> through if a dossier were ever inlined into a page. This one is
/// the relaxed encoder plus escaping of <c>&lt; &gt; &amp;</c>, so the output stays valid and inert anywhere,
/// and it keeps well-formed characters outside the BMP (emoji) literal instead of as surrogate escapes.
/// </summary>
internal sealed class DossierJsonEncoder : JavaScriptEncoder
{
    public static readonly DossierJsonEncoder Instance = new();

    private static readonly JavaScriptEncoder Inner = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
    private static readonly SearchValues<char> HtmlSensitive = SearchValues.Create("<>&");

    public override int MaxOutputCharactersPerInputCharacter => Math.Max(6, Inner.MaxOutputCharactersPerInputCharacter);

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        var span = new ReadOnlySpan<char>(text, textLength);
        var offset = 0;
        while (offset < span.Length)
        {
            var inner = Inner.FindFirstCharacterToEncode(text + offset, span.Length - offset);
            var limit = inner < 0 ? span.Length - offset : inner;
            var own = span.Slice(offset, limit).IndexOfAny(HtmlSensitive);
            if (own >= 0)
            {
                return offset + own;
            }

            if (inner < 0)
            {
                return -1;
            }

            // The inner encoder escapes everything outside the BMP; a well-formed surrogate pair (emoji) is kept as is.
            var at = offset + inner;
            if (!char.IsHighSurrogate(span[at]) || at + 1 >= span.Length || !char.IsLowSurrogate(span[at + 1]))
            {
                return at;
            }

            offset = at + 2;
        }

        return -1;
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        if (!IsHtmlSensitive(unicodeScalar))
        {
            return Inner.TryEncodeUnicodeScalar(unicodeScalar, buffer, bufferLength, out numberOfCharactersWritten);
        }

        if (bufferLength < 6)
        {
            numberOfCharactersWritten = 0;
            return false;
        }

        var hex = unicodeScalar.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
        buffer[0] = '\\';
        buffer[1] = 'u';
        for (var i = 0; i < 4; i++)
        {
            buffer[2 + i] = hex[i];
        }

        numberOfCharactersWritten = 6;
        return true;
    }

    public override bool WillEncode(int unicodeScalar) =>
        IsHtmlSensitive(unicodeScalar) || (unicodeScalar <= 0xFFFF && Inner.WillEncode(unicodeScalar));

    private static bool IsHtmlSensitive(int scalar) => scalar is '<' or '>' or '&';
}

using System.Buffers;
using System.Text.Encodings.Web;

namespace Triangulate.Reports.Json;

/// <summary>
/// Relaxed but HTML-safe JSON escaping. The default encoder writes every non-ASCII letter and every quote or
/// apostrophe as <c>\uXXXX</c>, which makes news text unreadable ("Maduro\u0027s"); the relaxed one keeps
/// them but would let <c>&lt;/script&gt;</c> through if a dossier were ever inlined into a page. This one is
/// the relaxed encoder plus escaping of <c>&lt; &gt; &amp;</c>, so the output stays valid and inert anywhere.
/// </summary>
internal sealed class DossierJsonEncoder : JavaScriptEncoder
{
    public static readonly DossierJsonEncoder Instance = new();

    private static readonly JavaScriptEncoder Inner = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
    private static readonly SearchValues<char> HtmlSensitive = SearchValues.Create("<>&");

    public override int MaxOutputCharactersPerInputCharacter => Math.Max(6, Inner.MaxOutputCharactersPerInputCharacter);

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        var inner = Inner.FindFirstCharacterToEncode(text, textLength);
        var limit = inner < 0 ? textLength : inner;
        var own = new ReadOnlySpan<char>(text, limit).IndexOfAny(HtmlSensitive);
        return own >= 0 ? own : inner;
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

    public override bool WillEncode(int unicodeScalar) => IsHtmlSensitive(unicodeScalar) || Inner.WillEncode(unicodeScalar);

    private static bool IsHtmlSensitive(int scalar) => scalar is '<' or '>' or '&';
}

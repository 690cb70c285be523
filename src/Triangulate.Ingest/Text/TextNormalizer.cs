using System.Buffers;
using System.Text;

namespace Triangulate.Ingest.Text;

/// <summary>
/// The cleaning every reader applies to decoded text: line endings to "\n", control characters removed
/// (except "\n" and "\t"), Unicode NFC. Typographic quotes, dashes and non-breaking spaces are kept:
/// later stages (quotes, lineage) depend on them. Allocation-lean: text that needs no change is returned
/// as is, and cleaning works in one pooled buffer.
/// </summary>
public static class TextNormalizer
{
    // Everything the control pass may change: C0 controls but \t and \n (so \r too), DEL and C1 controls,
    // a stray BOM / zero-width no-break space, and the Unicode line and paragraph separators.
    private static readonly SearchValues<char> NeedsCleaning = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F" +
        "\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F" +
        "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F" +
        "\uFEFF\u2028\u2029");

    // Every character below U+0300 has NFC_Quick_Check=Yes and none of them combines with a predecessor, so a
    // text without any character from U+0300 up is already NFC; the (vectorised) range scan spares ICU the call.
    private const char FirstNonTrivialForNfc = '\u0300';

    /// <summary>Cleans <paramref name="text"/>; returns the same instance when nothing needed changing.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny(NeedsCleaning) < 0)
        {
            return ToNfc(text, text);
        }

        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            text.AsSpan().CopyTo(buffer);
            var length = CleanInPlace(buffer.AsSpan(0, text.Length));
            return ToNfc(buffer.AsSpan(0, length), null);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Cleans decoded chars in place (line endings, control characters) and returns the new length. Does not apply NFC.</summary>
    public static int CleanInPlace(Span<char> chars)
    {
        var first = chars.IndexOfAny(NeedsCleaning);
        if (first < 0)
        {
            return chars.Length;
        }

        var write = first;
        for (var read = first; read < chars.Length; read++)
        {
            var c = chars[read];
            if (c >= ' ' && c < '\u007F')
            {
                chars[write++] = c;
                continue;
            }

            switch (c)
            {
                case '\r':
                    chars[write++] = '\n';
                    if (read + 1 < chars.Length && chars[read + 1] == '\n')
                    {
                        read++;
                    }

                    break;
                case '\n' or '\t':
                    chars[write++] = c;
                    break;

                // Page and line breaks separate words; dropping them would glue words together.
                case '\u000B' or '\u000C' or '\u0085' or '\u2028' or '\u2029':
                    chars[write++] = '\n';
                    break;
                default:
                    if (!IsRemovable(c))
                    {
                        chars[write++] = c;
                    }

                    break;
            }
        }

        return write;
    }

    /// <summary>Cleans and composes <paramref name="chars"/> into a new string (the decoding kernel's last step).</summary>
    public static string CleanToString(Span<char> chars)
    {
        var length = CleanInPlace(chars);
        return ToNfc(chars[..length], null);
    }

    /// <summary>NFC of <paramref name="chars"/>; returns <paramref name="original"/> when given and already NFC.</summary>
    private static string ToNfc(ReadOnlySpan<char> chars, string? original)
    {
        if (chars.IndexOfAnyInRange(FirstNonTrivialForNfc, char.MaxValue) < 0)
        {
            return original ?? new string(chars);
        }

        // ICU's NFC (InvariantGlobalization is off). Article ids hash this text: see ArticleIdPinTests.
        var text = original ?? new string(chars);
        return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
    }

    private static bool IsRemovable(char c) => c < ' ' || (c >= '\u007F' && c <= '\u009F') || c == '\uFEFF';
}

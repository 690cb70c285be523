using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Triangulate.Ingest.Text;

/// <summary>
/// Turns a file's bytes into clean text: BOM (UTF-8, UTF-16 LE/BE), else a declared encoding, else
/// BOM-less UTF-16 by the position of zero bytes, else UTF-8 when valid, else Windows-1252 (the usual
/// encoding of "not UTF-8" Western text; every byte maps, so nothing is lost), then
/// <see cref="TextNormalizer"/>. This is the ingest hot path: one pooled char buffer and one final string.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    static TextDecoder()
    {
        // Registers Windows-1252 and the other code pages that HTML and feeds may declare.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Windows1252 = Encoding.GetEncoding(1252);
    }

    /// <summary>Windows-1252, the fallback for bytes that are not valid UTF-8.</summary>
    public static Encoding Windows1252 { get; }

    /// <summary>Decodes and normalises <paramref name="bytes"/>.</summary>
    /// <param name="bytes">The whole document.</param>
    /// <param name="declared">An encoding the document declares (HTML meta, XML declaration); a BOM wins over it.</param>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, Encoding? declared = null)
    {
        var (encoding, bomLength) = DetectBom(bytes);
        var fallback = false;
        if (encoding is null)
        {
            encoding = declared is not null && declared.CodePage != Encoding.UTF8.CodePage
                ? declared
                : DetectUtf16WithoutBom(bytes);
            if (encoding is null)
            {
                fallback = !Utf8.IsValid(bytes);
                encoding = fallback ? Windows1252 : Utf8NoBom;
            }
        }

        var body = bytes[bomLength..];
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, encoding.GetMaxCharCount(body.Length)));
        try
        {
            var count = encoding.GetChars(body, buffer);
            var text = TextNormalizer.CleanToString(buffer.AsSpan(0, count));
            return new DecodedText(text, encoding.WebName, fallback);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>The encoding a byte-order mark names, and the mark's length; (null, 0) without one.</summary>
    public static (Encoding? Encoding, int BomLength) DetectBom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Utf8NoBom, 3);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode, 2);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode, 2);
        }

        return (null, 0);
    }

    /// <summary>
    /// UTF-16 without a BOM: Latin-script text then has a zero byte in nearly every other position
    /// (odd positions for LE, even for BE) and almost none in the others. Checks the first 4 KiB.
    /// </summary>
    public static Encoding? DetectUtf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, 4096) & ~1)];
        if (sample.Length < 8)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        if (oddZeros * 10 > pairs * 4 && evenZeros * 20 < pairs)
        {
            return Encoding.Unicode;
        }

        if (evenZeros * 10 > pairs * 4 && oddZeros * 20 < pairs)
        {
            return Encoding.BigEndianUnicode;
        }

        return null;
    }

    /// <summary>The encoding for a charset label (HTML meta, XML declaration, HTTP header), or null when unknown.</summary>
    public static Encoding? FromLabel(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        switch (name)
        {
            // As browsers do (WHATWG Encoding): these labels mean Windows-1252.
            case "iso-8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "iso8859-1" or "cp1252":
                return Windows1252;
            case "utf8" or "utf-8" or "unicode-1-1-utf-8":
                return Utf8NoBom;

            // A document that reached us as bytes and says "utf-16" without a BOM is lying (HTML spec: treat as UTF-8).
            case "utf-16" or "utf-16le" or "utf-16be" or "unicode":
                return Utf8NoBom;
        }

        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            // NotSupportedException: a label .NET knows but refuses to decode (UTF-7, disabled for security; found by
            // fuzzing). WHATWG knows no UTF-7 either, so it is an unknown label and detection goes on without it.
            return null;
        }
    }
}

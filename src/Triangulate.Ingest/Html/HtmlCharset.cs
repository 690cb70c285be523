using System.Text;
using System.Text.RegularExpressions;
using Triangulate.Ingest.Text;

namespace Triangulate.Ingest.Html;

/// <summary>
/// Finds the encoding an HTML page or XML feed declares in its first bytes: &lt;meta charset&gt;, the
/// http-equiv Content-Type meta, or the XML declaration. The bytes are read as Latin-1, which keeps the
/// ASCII markup intact whatever the real encoding is.
/// </summary>
public static class HtmlCharset
{
    /// <summary>How far into the document a declaration is looked for (HTML requires it in the first 1024 bytes; we are lenient).</summary>
    public const int ScanBytes = 4096;

    // NonBacktracking: linear, so no match timeout (a wall-clock timeout made the charset depend on the machine's load).
    private static readonly Regex MetaCharset = new(
        @"<meta\b[^>]*?charset\s*=\s*[""']?\s*(?<name>[A-Za-z0-9._:\-]+)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex XmlDeclaration = new(
        @"^\s*<\?xml\b[^>]*?encoding\s*=\s*[""'](?<name>[A-Za-z0-9._:\-]+)[""']",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>The declared encoding, or null when none is declared or the label is unknown.</summary>
    public static Encoding? FindDeclared(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, ScanBytes)]);
        var match = XmlDeclaration.Match(head);
        if (!match.Success)
        {
            match = MetaCharset.Match(head);
        }

        return match.Success ? TextDecoder.FromLabel(match.Groups["name"].Value) : null;
    }
}

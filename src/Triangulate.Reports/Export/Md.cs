using System.Text;

namespace Triangulate.Reports.Export;

/// <summary>Markdown text helpers: inline escaping, anchor ids, and URLs safe to autolink.</summary>
public static class Md
{
    /// <summary>
    /// Text as one inline run: line breaks become spaces and the ASCII punctuation that CommonMark could read
    /// as markup (emphasis, links, HTML, code, tables, headings) is backslash-escaped, so source words can
    /// never turn into links or tags.
    /// </summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\r' or '\n' or '\t':
                    sb.Append(' ');
                    break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|' or '~' or '!' or '&':
                    sb.Append('\\').Append(c);
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>Text with the backslash escapes of <see cref="Escape"/> removed (what a renderer shows).</summary>
    public static string Unescape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1]) is false && text[i + 1] < 128 && !char.IsWhiteSpace(text[i + 1]))
            {
                i++;
            }

            sb.Append(text[i]);
        }

        return sb.ToString();
    }

    /// <summary>An HTML id: the prefix, a dash, and the id with anything but letters, digits, '-' and '_' as '-'.</summary>
    public static string Anchor(string prefix, string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var sb = new StringBuilder(prefix.Length + 1 + id.Length).Append(prefix).Append('-');
        foreach (var c in id)
        {
            sb.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-');
        }

        return sb.ToString();
    }

    /// <summary>An http(s) URL that can sit in an autolink (&lt;…&gt;), or null.</summary>
    public static string? SafeUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.AbsoluteUri.AsSpan().IndexOfAny("<> ") < 0
            ? uri.AbsoluteUri
            : null;
}

using Triangulate.Core.Ingest;
using Triangulate.Ingest.Text;

namespace Triangulate.Ingest.PlainText;

/// <summary>
/// The optional header block of a plain-text article:
/// <code>
/// Title: Maduro offers talks
/// Outlet: Example News
/// Published: 2025-09-28T10:41:00Z
/// URL: https://example.com/a
/// Byline: A. Writer
///
/// Body starts here...
/// </code>
/// Keys are case-insensitive. The block counts only when it starts the file (after blank lines), every
/// line of it is one of these keys, and a blank line ends it; otherwise the whole file is body, so a body
/// line such as "Title: ..." is never taken for metadata.
/// </summary>
public static class TextHeader
{
    private static readonly string[] Keys = ["title", "outlet", "published", "url", "byline"];

    /// <summary>Splits <paramref name="text"/> (already normalised, "\n" line ends) into hints and body.</summary>
    public static (DocumentHints Hints, string Body) Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var span = text.AsSpan();
        var position = SkipBlankLines(span, 0);
        var values = new string?[Keys.Length];
        var any = false;
        while (position < span.Length)
        {
            var lineEnd = span[position..].IndexOf('\n');
            var line = lineEnd < 0 ? span[position..] : span.Slice(position, lineEnd);
            if (line.IsWhiteSpace())
            {
                return any && lineEnd >= 0
                    ? (ToHints(values), text[(position + lineEnd + 1)..])
                    : (DocumentHints.None, text);
            }

            if (lineEnd < 0 || !TryParseLine(line, values))
            {
                return (DocumentHints.None, text);
            }

            any = true;
            position += lineEnd + 1;
        }

        return (DocumentHints.None, text);
    }

    private static int SkipBlankLines(ReadOnlySpan<char> span, int position)
    {
        while (position < span.Length)
        {
            var lineEnd = span[position..].IndexOf('\n');
            if (lineEnd < 0 || !span.Slice(position, lineEnd).IsWhiteSpace())
            {
                return position;
            }

            position += lineEnd + 1;
        }

        return position;
    }

    private static bool TryParseLine(ReadOnlySpan<char> line, string?[] values)
    {
        var colon = line.IndexOf(':');
        if (colon <= 0)
        {
            return false;
        }

        var key = line[..colon].Trim();
        for (var i = 0; i < Keys.Length; i++)
        {
            if (key.Equals(Keys[i], StringComparison.OrdinalIgnoreCase))
            {
                var value = line[(colon + 1)..].Trim();
                values[i] ??= value.IsEmpty ? null : value.ToString();
                return true;
            }
        }

        return false;
    }

    private static DocumentHints ToHints(string?[] values) => new()
    {
        Title = values[0],
        Outlet = values[1],
        Published = DateParsing.Parse(values[2]),
        Url = values[3],
        Byline = values[4],
    };
}

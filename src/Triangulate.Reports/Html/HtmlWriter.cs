using System.Buffers;
using System.Globalization;

namespace Triangulate.Reports.Html;

/// <summary>
/// A small HTML writer whose public surface cannot emit unescaped text: every string is escaped for text and
/// attribute context, tag and attribute names must be plain lower-case identifiers, and links may only point
/// inside the report (a fragment <c>#…</c> or a relative page of the report site), so article-derived data can never become markup or a request.
/// </summary>
public sealed class HtmlWriter
{
    private static readonly SearchValues<char> Special = SearchValues.Create(
        "&<>\"'\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F");

    // NonBacktracking: linear in the href, so no match timeout (a wall-clock timeout made the report depend on the
    // machine's load).
    private static readonly System.Text.RegularExpressions.Regex ReportPage = new(
        "^(\\.\\./)?([a-z0-9_-]+/)?[a-z0-9_-]+\\.html(#[A-Za-z0-9_-]+)?$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.NonBacktracking);

    private static readonly SearchValues<char> NameChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-");

    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "head", "header", "nav", "main", "section", "article", "p", "ul", "ol", "li", "dl", "div", "details", "table", "thead", "tbody", "tr",
        "h1", "h2", "h3", "h4", "title",
    };

    private readonly TextWriter _out;
    private readonly Stack<string> _open = new();

    public HtmlWriter(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _out = output;
    }

    /// <summary>Opens an element; attributes with a null value are left out.</summary>
    public HtmlWriter Open(string tag, string? cssClass = null, string? id = null) =>
        Open(tag, [("class", cssClass), ("id", id)]);

    /// <summary>Opens an element with attributes (values escaped; null values left out).</summary>
    public HtmlWriter Open(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        WriteStartTag(tag, attributes);
        _open.Push(tag);
        return this;
    }

    /// <summary>Closes the innermost open element, which must be <paramref name="tag"/>.</summary>
    public HtmlWriter Close(string tag)
    {
        if (_open.Count == 0 || _open.Peek() != tag)
        {
            throw new InvalidOperationException($"cannot close <{tag}>: the innermost open element is <{(_open.Count == 0 ? "none" : _open.Peek())}>");
        }

        _open.Pop();
        _out.Write("</");
        _out.Write(tag);
        _out.Write('>');
        if (BlockTags.Contains(tag))
        {
            // A line break after block elements keeps the page source readable and diffable; it renders as nothing.
            _out.Write('\n');
        }

        return this;
    }

    /// <summary>A whole element holding escaped text.</summary>
    public HtmlWriter Element(string tag, string? text, string? cssClass = null)
    {
        Open(tag, cssClass);
        Text(text);
        return Close(tag);
    }

    /// <summary>
    /// Quoted words: a &lt;q&gt; (the browser adds the marks) unless the text carries quotation marks of its own, as a
    /// sentence quoting someone does; then a span, so the page never shows doubled marks (“"We will…).
    /// </summary>
    public HtmlWriter Quote(string? text) =>
        text is not null && text.AsSpan().IndexOfAny(QuoteMarks) >= 0 ? Element("span", text, "excerpt") : Element("q", text);

    private static readonly System.Buffers.SearchValues<char> QuoteMarks = System.Buffers.SearchValues.Create("\"“”«»„");

    /// <summary>A void element (br, hr, meta…).</summary>
    public HtmlWriter Void(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        WriteStartTag(tag, attributes);
        return this;
    }

    /// <summary>Escaped text; null writes nothing.</summary>
    public HtmlWriter Text(string? text) => Text(text.AsSpan());

    /// <summary>Escaped text.</summary>
    public HtmlWriter Text(ReadOnlySpan<char> text)
    {
        WriteEscaped(_out, text);
        return this;
    }

    /// <summary>Escaped text of a number, culture-invariant.</summary>
    public HtmlWriter Number(double value) => Text(value.ToString("0.###", CultureInfo.InvariantCulture));

    /// <summary>
    /// A link inside the report: a fragment (<c>#…</c>) or a page of a report site, relative and plain
    /// (<c>stories/s1.html#m-3-1</c>, <c>../index.html</c>). Anything else is refused: the report makes no requests.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="href"/> is neither a fragment nor a report page.</exception>
    public HtmlWriter Link(string href, string? text, string? cssClass = null)
    {
        if (!IsReportLink(href))
        {
            throw new ArgumentException($"only in-report links (#… or a relative report page) are allowed, got '{href}'", nameof(href));
        }

        Open("a", [("href", href), ("class", cssClass)]);
        Text(text);
        return Close("a");
    }

    /// <summary>Opens an &lt;a&gt; around other content (an SVG mark); the same rule as <see cref="Link"/>. Close it with Close("a").</summary>
    /// <exception cref="ArgumentException"><paramref name="href"/> is neither a fragment nor a report page.</exception>
    public HtmlWriter OpenLink(string href, string? cssClass = null)
    {
        if (!IsReportLink(href))
        {
            throw new ArgumentException($"only in-report links (#… or a relative report page) are allowed, got '{href}'", nameof(href));
        }

        return Open("a", [("href", href), ("class", cssClass)]);
    }

    /// <summary>True for a fragment, or a relative path of lower-case names ending in .html with an optional fragment.</summary>
    public static bool IsReportLink(string? href)
    {
        if (string.IsNullOrEmpty(href))
        {
            return false;
        }

        return href[0] == '#' || ReportPage.IsMatch(href);
    }

    /// <summary>A &lt;time&gt; element, or "unknown" in a muted span when null.</summary>
    public HtmlWriter Time(DateTimeOffset? value)
    {
        if (value is null)
        {
            return Element("span", "unknown", "muted");
        }

        Open("time", [("datetime", Json.IsoDateTimeOffsetConverter.Format(value.Value))]);
        Text(ReportFormat.Instant(value.Value));
        return Close("time");
    }

    /// <summary>Writes trusted markup as is. Only for the report's own constant chrome (doctype, CSS, script).</summary>
    internal HtmlWriter Raw(string markup)
    {
        _out.Write(markup);
        return this;
    }

    /// <summary>Escapes <paramref name="text"/> for HTML text and quoted attribute values; control characters become U+FFFD.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.AsSpan().IndexOfAny(Special) < 0)
        {
            return text ?? string.Empty;
        }

        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteEscaped(writer, text);
        return writer.ToString();
    }

    private static void WriteEscaped(TextWriter output, ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            var next = text.IndexOfAny(Special);
            if (next < 0)
            {
                output.Write(text);
                return;
            }

            output.Write(text[..next]);
            output.Write(text[next] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => "\uFFFD",
            });
            text = text[(next + 1)..];
        }
    }

    private void WriteStartTag(string tag, ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        RequireName(tag);
        _out.Write('<');
        _out.Write(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is null)
            {
                continue;
            }

            RequireName(name);
            _out.Write(' ');
            _out.Write(name);
            _out.Write("=\"");
            WriteEscaped(_out, value);
            _out.Write('"');
        }

        _out.Write('>');
    }

    private static void RequireName(string name)
    {
        if (string.IsNullOrEmpty(name) || name.AsSpan().ContainsAnyExcept(NameChars) || name.StartsWith("on", StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{name}' is not an allowed tag or attribute name", nameof(name));
        }
    }
}

using System.Net;
using System.Xml.Linq;
using Triangulate.Core.Ingest;

namespace Triangulate.Ingest.Feeds;

/// <summary>
/// Reads one item element of RSS 2.0, RSS 1.0 (RDF) or Atom. Children are matched by local name, not
/// namespace, because real feeds mix namespaces freely (Atom links in RSS, dc: in Atom).
/// </summary>
internal static class FeedEntryParser
{
    private const string ContentNamespace = "http://purl.org/rss/1.0/modules/content/";

    /// <summary>The entry, or null with a reason when it has no body.</summary>
    public static FeedEntry? Parse(XElement item, out string? problem)
    {
        problem = null;
        var (body, format, isSummary) = Body(item);
        if (string.IsNullOrWhiteSpace(body))
        {
            problem = "the item has no content, summary or description";
            return null;
        }

        return new FeedEntry(
            Title(item),
            Link(item),
            FirstValue(item, "pubDate", "published", "date", "issued", "updated", "modified"),
            Author(item),
            body,
            format,
            FirstValue(item, "updated", "modified"),
            isSummary);
    }

    /// <summary>The entry's link and title alone, for an item without any body (the watcher fetches its page).</summary>
    public static (string? Link, string? Title, string? Published) LinkOnly(XElement item) =>
        (Link(item), Title(item), FirstValue(item, "pubDate", "published", "date", "issued", "updated", "modified"));

    /// <summary>The channel or feed title, used as the outlet hint.</summary>
    public static string? FeedTitle(XElement? channel) => channel is null ? null : Clean(Child(channel, "title")?.Value);

    private static (string? Body, DocumentFormat Format, bool IsSummary) Body(XElement item)
    {
        // Full content first: content:encoded (RSS), then Atom content; summaries only when there is none.
        var encoded = item.Element(XName.Get("encoded", ContentNamespace)) ?? Child(item, "encoded");
        if (!string.IsNullOrWhiteSpace(encoded?.Value))
        {
            return (encoded.Value, DocumentFormat.Html, false);
        }

        var content = Child(item, "content");
        if (content is not null && content.Attribute("src") is null && !string.IsNullOrWhiteSpace(content.Value))
        {
            var (text, format) = AtomText(content);
            return (text, format, false);
        }

        var summary = Child(item, "description") ?? Child(item, "summary");
        if (summary is null)
        {
            return (null, DocumentFormat.PlainText, true);
        }

        var (body, bodyFormat) = AtomText(summary);
        return (body, bodyFormat, true);
    }

    /// <summary>An Atom text construct (type text, html or xhtml), or an RSS description that may hold HTML.</summary>
    private static (string Body, DocumentFormat Format) AtomText(XElement element)
    {
        var type = element.Attribute("type")?.Value.Trim().ToLowerInvariant();
        if (type == "xhtml")
        {
            var root = element.Elements().FirstOrDefault() ?? element;
            return (string.Concat(root.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting))), DocumentFormat.Html);
        }

        var value = element.Value;
        if (type is "html" or "text/html" || (type is null && LooksLikeHtml(value)))
        {
            return (value, DocumentFormat.Html);
        }

        return (value, DocumentFormat.PlainText);
    }

    private static bool LooksLikeHtml(string value)
    {
        var lt = value.IndexOf('<');
        return lt >= 0 && lt + 1 < value.Length && (char.IsAsciiLetter(value[lt + 1]) || value[lt + 1] == '/');
    }

    private static string? Title(XElement item)
    {
        var title = Child(item, "title");
        if (title is null)
        {
            return null;
        }

        var type = title.Attribute("type")?.Value;
        var value = type is "html" ? WebUtility.HtmlDecode(StripTags(title.Value)) : title.Value;
        return Clean(value);
    }

    private static string? Link(XElement item)
    {
        foreach (var link in item.Elements().Where(e => e.Name.LocalName == "link"))
        {
            var href = link.Attribute("href")?.Value;
            var rel = link.Attribute("rel")?.Value;
            if (href is not null && (rel is null or "alternate"))
            {
                return Clean(href);
            }

            if (href is null && !string.IsNullOrWhiteSpace(link.Value))
            {
                return Clean(link.Value);
            }
        }

        var guid = Child(item, "guid");
        var permalink = guid?.Attribute("isPermaLink")?.Value;
        var about = item.Attributes().FirstOrDefault(a => a.Name.LocalName == "about")?.Value;
        var candidate = guid is not null && permalink != "false" ? guid.Value : about;
        return candidate is not null && IsHttpUrl(candidate.Trim()) ? candidate.Trim() : null;
    }

    private static string? Author(XElement item)
    {
        var creator = Child(item, "creator");
        if (creator is not null)
        {
            return Clean(creator.Value);
        }

        var author = Child(item, "author");
        if (author is null)
        {
            return null;
        }

        var name = Child(author, "name");
        if (name is not null)
        {
            return Clean(name.Value);
        }

        // RSS 2.0 author is "email (Name)"; keep the name.
        var value = author.Value.Trim();
        var open = value.IndexOf('(');
        var close = value.LastIndexOf(')');
        return open >= 0 && close > open ? Clean(value[(open + 1)..close]) : Clean(value);
    }

    private static string? FirstValue(XElement item, params string[] names)
    {
        foreach (var name in names)
        {
            var value = Child(item, name)?.Value;
            if (!string.IsNullOrWhiteSpace(value))
            {
                return value.Trim();
            }
        }

        return null;
    }

    private static XElement? Child(XElement parent, string localName)
    {
        foreach (var child in parent.Elements())
        {
            if (child.Name.LocalName == localName)
            {
                return child;
            }
        }

        return null;
    }

    // NonBacktracking: linear (a '<' without a '>' made the backtracking scan quadratic), so no match timeout.
    private static readonly System.Text.RegularExpressions.Regex Tag = new("<[^>]*>", System.Text.RegularExpressions.RegexOptions.NonBacktracking);

    private static string StripTags(string value) => Tag.Replace(value, string.Empty);

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    internal static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}

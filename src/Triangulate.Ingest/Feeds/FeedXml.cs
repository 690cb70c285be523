using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Triangulate.Ingest.Feeds;

/// <summary>
/// Parses RSS 2.0, RSS 1.0 (RDF) and Atom with System.Xml rather than CodeHollow.FeedReader: no new
/// dependency, DTDs prohibited and no external resolution (no XXE, no entity bombs), and, above all,
/// control over failure. A feed library rejects a whole feed for one bad item; we first parse the
/// document strictly and, when that fails, cut it into items and parse each one on its own, so one
/// broken item costs only that item (TRI1011) and only a feed with no readable item fails (TRI1007).
/// </summary>
internal static class FeedXml
{
    // NonBacktracking: linear in the input by construction, so no match timeout (a wall-clock timeout made the
    // result depend on the machine's load); the item-by-item repair scans whole feeds.
    private const RegexOptions Linear = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private static readonly Regex RootTag = new(@"<(?<name>rss|feed|rdf:RDF)\b[^>]*>", RegexOptions.IgnoreCase | Linear);
    private static readonly Regex NamespaceDeclaration = new(@"xmlns(?::(?<prefix>[A-Za-z_][\w.\-]*))?\s*=\s*[""'](?<uri>[^""']*)[""']", Linear);
    private static readonly Regex FirstTitle = new(@"<title\b[^>]*>(?<value>.*?)</title>", RegexOptions.Singleline | RegexOptions.IgnoreCase | Linear);
    private static readonly Regex Entity = new(@"&(?:(?<named>[A-Za-z][A-Za-z0-9]{0,31});|#[0-9]{1,7};|#[xX][0-9A-Fa-f]{1,6};)?", Linear);

    private static readonly (string Prefix, string Uri)[] CommonNamespaces =
    [
        ("content", "http://purl.org/rss/1.0/modules/content/"),
        ("dc", "http://purl.org/dc/elements/1.1/"),
        ("atom", "http://www.w3.org/2005/Atom"),
        ("media", "http://search.yahoo.com/mrss/"),
        ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
        ("slash", "http://purl.org/rss/1.0/modules/slash/"),
        ("wfw", "http://wellformedweb.org/CommentAPI/"),
        ("sy", "http://purl.org/rss/1.0/modules/syndication/"),
    ];

    /// <summary>Parses <paramref name="xml"/>; null when it is not a feed at all or nothing in it can be read.</summary>
    /// <param name="notAFeed">Set with a null result when the XML is well-formed but not RSS or Atom.</param>
    public static FeedDocument? Parse(string xml, out string? failure, out bool notAFeed)
    {
        notAFeed = false;
        failure = null;
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), Settings(ConformanceLevel.Document));
            document = XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            return ParseItemByItem(xml, ex.Message, out failure);
        }

        var root = document.Root!;
        var rootName = root.Name.LocalName;
        XElement? channel;
        IEnumerable<XElement> items;
        switch (rootName)
        {
            case "rss":
                channel = root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel");
                items = channel?.Elements().Where(e => e.Name.LocalName == "item") ?? [];
                break;
            case "feed":
                channel = root;
                items = root.Elements().Where(e => e.Name.LocalName == "entry");
                break;
            case "RDF":
                channel = root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel");
                items = root.Elements().Where(e => e.Name.LocalName == "item");
                break;
            default:
                failure = $"the XML root element is <{root.Name.LocalName}>, not <rss>, <feed> or <rdf:RDF>";
                notAFeed = true;
                return null;
        }

        var list = items.Cast<XElement?>().ToList();
        return new FeedDocument(FeedEntryParser.FeedTitle(channel), list, new string?[list.Count], Repaired: false, RepairReason: null);
    }

    private static FeedDocument? ParseItemByItem(string xml, string reason, out string? failure)
    {
        failure = null;
        var root = RootTag.Match(xml);
        if (!root.Success)
        {
            failure = $"not well-formed XML and no <rss>, <feed> or <rdf:RDF> element was found ({reason})";
            return null;
        }

        var itemTag = root.Groups["name"].Value.Equals("feed", StringComparison.OrdinalIgnoreCase) ? "entry" : "item";
        var context = ParserContext(root.Value);
        var starts = ItemStarts(xml, itemTag, root.Index + root.Length);
        var items = new List<XElement?>(starts.Count);
        var errors = new List<string?>(starts.Count);
        var closing = $"</{itemTag}>";
        for (var i = 0; i < starts.Count; i++)
        {
            var limit = i + 1 < starts.Count ? starts[i + 1] : xml.Length;
            var end = xml.IndexOf(closing, starts[i], limit - starts[i], StringComparison.Ordinal);
            if (end < 0)
            {
                items.Add(null);
                errors.Add($"<{itemTag}> is not closed");
                continue;
            }

            var chunk = xml[starts[i]..(end + closing.Length)];
            try
            {
                using var reader = XmlReader.Create(new StringReader(RepairEntities(chunk)), Settings(ConformanceLevel.Fragment), context);
                items.Add(XElement.Load(reader));
                errors.Add(null);
            }
            catch (Exception ex) when (ex is XmlException or InvalidOperationException)
            {
                // InvalidOperationException: the chunk holds more than one element ("<entry/><id>…</entry>", found by
                // fuzzing); that item is unusable like any other malformed one.
                items.Add(null);
                errors.Add(ex.Message);
            }
        }

        if (items.TrueForAll(i => i is null))
        {
            failure = $"not well-formed XML and no item could be read ({reason})";
            return null;
        }

        var title = FirstTitle.Match(xml, root.Index);
        var feedTitle = title.Success ? CleanTitle(title.Groups["value"].Value) : null;
        return new FeedDocument(feedTitle, items, errors, Repaired: true, RepairReason: reason);
    }

    private static List<int> ItemStarts(string xml, string itemTag, int from)
    {
        var starts = new List<int>();
        var open = "<" + itemTag;
        var at = xml.IndexOf(open, from, StringComparison.Ordinal);
        while (at >= 0)
        {
            var next = at + open.Length < xml.Length ? xml[at + open.Length] : '\0';
            if (next is '>' or ' ' or '\t' or '\n' or '/')
            {
                starts.Add(at);
            }

            at = xml.IndexOf(open, at + open.Length, StringComparison.Ordinal);
        }

        return starts;
    }

    /// <summary>Namespaces of the root element plus the usual feed prefixes, so an item parsed alone still resolves "dc:creator".</summary>
    private static XmlParserContext ParserContext(string rootTag)
    {
        var manager = new XmlNamespaceManager(new NameTable());
        foreach (var (prefix, uri) in CommonNamespaces)
        {
            manager.AddNamespace(prefix, uri);
        }

        foreach (Match declaration in NamespaceDeclaration.Matches(rootTag))
        {
            var prefix = declaration.Groups["prefix"].Success ? declaration.Groups["prefix"].Value : string.Empty;
            try
            {
                manager.AddNamespace(prefix, declaration.Groups["uri"].Value);
            }
            catch (ArgumentException)
            {
                // A reserved prefix or URI ("xmlns:xmlns=…", found by fuzzing) in a feed that is broken anyway:
                // leave that declaration out; items that need it fail on their own as TRI1011.
            }
        }

        return new XmlParserContext(null, manager, null, XmlSpace.None);
    }

    /// <summary>
    /// HTML entities (&amp;nbsp;, &amp;eacute;) and bare ampersands are the most common reason a feed is not
    /// well-formed; outside CDATA they are rewritten as numeric references.
    /// </summary>
    private static string RepairEntities(string chunk)
    {
        var builder = new StringBuilder(chunk.Length + 64);
        var at = 0;
        while (at < chunk.Length)
        {
            var cdata = chunk.IndexOf("<![CDATA[", at, StringComparison.Ordinal);
            var plainEnd = cdata < 0 ? chunk.Length : cdata;
            builder.Append(Entity.Replace(chunk[at..plainEnd], RepairEntity));
            if (cdata < 0)
            {
                break;
            }

            var cdataEnd = chunk.IndexOf("]]>", cdata, StringComparison.Ordinal);
            var stop = cdataEnd < 0 ? chunk.Length : cdataEnd + 3;
            builder.Append(chunk, cdata, stop - cdata);
            at = stop;
        }

        return builder.ToString();
    }

    private static string RepairEntity(Match match)
    {
        if (match.Length == 1)
        {
            return "&amp;";
        }

        var named = match.Groups["named"];
        if (!named.Success || named.Value is "amp" or "lt" or "gt" or "quot" or "apos")
        {
            return match.Value;
        }

        var decoded = WebUtility.HtmlDecode(match.Value);
        if (decoded == match.Value)
        {
            return "&amp;" + match.Value[1..];
        }

        var builder = new StringBuilder();
        foreach (var rune in decoded.EnumerateRunes())
        {
            builder.Append("&#").Append(rune.Value).Append(';');
        }

        return builder.ToString();
    }

    private static string? CleanTitle(string raw)
    {
        var value = raw.Replace("<![CDATA[", string.Empty, StringComparison.Ordinal).Replace("]]>", string.Empty, StringComparison.Ordinal);
        value = WebUtility.HtmlDecode(value).Trim();
        return value.Length == 0 ? null : value;
    }

    private static XmlReaderSettings Settings(ConformanceLevel conformance) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        ConformanceLevel = conformance,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CheckCharacters = false,
    };
}

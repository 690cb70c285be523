using System.Xml;
using Triangulate.Ingest.Text;

namespace Triangulate.Ingest.Listings;

/// <summary>
/// Sitemaps (sitemaps.org 0.9), news sitemaps (<c>news:news</c> with title and publication date) and sitemap
/// indexes, read as a stream with DTDs prohibited: a 50,000-URL sitemap is never held as a tree. Elements are
/// matched by local name, because publishers get the namespaces wrong.
/// </summary>
internal static class SitemapParser
{
    public static Listing? Parse(string xml, Uri? baseUrl, out string? failure)
    {
        failure = null;
        var entries = new List<ListingEntry>();
        var kind = ListingKind.Sitemap;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                IgnoreComments = true,
                IgnoreWhitespace = true,
            });
            reader.MoveToContent();
            kind = reader.LocalName == "sitemapindex" ? ListingKind.SitemapIndex : ListingKind.Sitemap;
            var entryName = kind == ListingKind.SitemapIndex ? "sitemap" : "url";
            while (entries.Count < Listing.MaxEntries && reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == entryName && ReadEntry(reader.ReadSubtree(), baseUrl) is { } entry)
                {
                    entries.Add(entry);
                }
            }
        }
        catch (XmlException ex)
        {
            if (entries.Count == 0)
            {
                failure = $"the sitemap is not well-formed XML: {ex.Message}";
                return null;
            }

            return new Listing(kind, null, entries, [$"the sitemap is not well-formed XML after {entries.Count} entries: {ex.Message}"]);
        }

        return new Listing(kind, null, entries, []);
    }

    private static ListingEntry? ReadEntry(XmlReader entry, Uri? baseUrl)
    {
        using (entry)
        {
            string? loc = null, lastmod = null, title = null, published = null;
            entry.Read();
            while (!entry.EOF)
            {
                // ReadElementContentAsString moves past the element itself: read again only when nothing was read.
                if (entry.NodeType != XmlNodeType.Element || entry.LocalName is not ("loc" or "lastmod" or "title" or "publication_date"))
                {
                    entry.Read();
                    continue;
                }

                var name = entry.LocalName;
                var value = entry.ReadElementContentAsString();
                switch (name)
                {
                    case "loc":
                        loc = value;
                        break;
                    case "lastmod":
                        lastmod = value;
                        break;
                    case "title":
                        title = value;
                        break;
                    default:
                        published = value;
                        break;
                }
            }

            return ListingReader.Absolute(loc, baseUrl) is { } url
                ? new ListingEntry(url, string.IsNullOrWhiteSpace(title) ? null : title.Trim(), DateParsing.Parse(published), DateParsing.Parse(lastmod))
                : null;
        }
    }
}

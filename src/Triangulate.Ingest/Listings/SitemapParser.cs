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
            while (entry.Read())
            {
                if (entry.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                switch (entry.LocalName)
                {
                    case "loc":
                        loc = entry.ReadElementContentAsString();
                        break;
                    case "lastmod":
                        lastmod = entry.ReadElementContentAsString();
                        break;
                    case "title":
                        title = entry.ReadElementContentAsString();
                        break;
                    case "publication_date":
                        published = entry.ReadElementContentAsString();
                        break;
                }
            }

            return ListingReader.Absolute(loc, baseUrl) is { } url
                ? new ListingEntry(url, string.IsNullOrWhiteSpace(title) ? null : title.Trim(), DateParsing.Parse(published), DateParsing.Parse(lastmod))
                : null;
        }
    }
}

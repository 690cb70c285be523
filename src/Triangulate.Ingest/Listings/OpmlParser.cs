using System.Xml;

namespace Triangulate.Ingest.Listings;

/// <summary>OPML subscription lists: every <c>outline</c> with an <c>xmlUrl</c> (a feed) or, failing that, a <c>url</c>, at any depth.</summary>
internal static class OpmlParser
{
    public static Listing? Parse(string xml, Uri? baseUrl, out string? failure)
    {
        failure = null;
        var entries = new List<ListingEntry>();
        string? title = null;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true });
            while (entries.Count < Listing.MaxEntries && reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.LocalName == "title" && title is null)
                {
                    // ReadString stays inside the element, so the next Read() does not skip a sibling outline.
                    title = reader.ReadString().Trim();
                }
                else if (reader.LocalName == "outline"
                    && ListingReader.Absolute(reader.GetAttribute("xmlUrl") ?? reader.GetAttribute("url"), baseUrl) is { } url)
                {
                    entries.Add(new ListingEntry(url, reader.GetAttribute("title") ?? reader.GetAttribute("text")));
                }
            }
        }
        catch (XmlException ex)
        {
            failure = $"the OPML file is not well-formed XML: {ex.Message}";
            return null;
        }

        return new Listing(ListingKind.Opml, string.IsNullOrEmpty(title) ? null : title, entries, []);
    }
}

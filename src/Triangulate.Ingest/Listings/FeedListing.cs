using Triangulate.Ingest.Feeds;
using Triangulate.Ingest.Text;

namespace Triangulate.Ingest.Listings;

/// <summary>An RSS or Atom feed as a listing: each item's link, dates, title and body (or only its link, when it has none).</summary>
internal static class FeedListing
{
    public static Listing? Parse(string xml, Uri? baseUrl, out string? failure)
    {
        var feed = FeedXml.Parse(xml, out failure, out _);
        if (feed is null)
        {
            return null;
        }

        var entries = new List<ListingEntry>();
        var problems = new List<string>();
        for (var i = 0; i < feed.Items.Count && entries.Count < Listing.MaxEntries; i++)
        {
            var item = feed.Items[i];
            if (item is null)
            {
                problems.Add($"feed item {i + 1} is not well-formed XML: {feed.ItemErrors[i]}");
                continue;
            }

            var entry = FeedEntryParser.Parse(item, out _);
            if (entry is null)
            {
                var (link, title, published) = FeedEntryParser.LinkOnly(item);
                if (ListingReader.Absolute(link, baseUrl) is { } bare)
                {
                    entries.Add(new ListingEntry(bare, title, DateParsing.Parse(published)));
                }
                else
                {
                    problems.Add($"feed item {i + 1} has neither content nor a link");
                }

                continue;
            }

            if (ListingReader.Absolute(entry.Link, baseUrl) is not { } url)
            {
                problems.Add($"feed item {i + 1} has no usable link");
                continue;
            }

            entries.Add(new ListingEntry(url, entry.Title, DateParsing.Parse(entry.Published), DateParsing.Parse(entry.Updated),
                entry.Author, TextNormalizer.Normalize(entry.Body), entry.Format, entry.IsSummary));
        }

        return new Listing(ListingKind.Feed, FeedTitle.ToOutlet(feed.Title), entries, problems);
    }
}

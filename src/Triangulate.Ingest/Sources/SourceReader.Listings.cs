using System.Runtime.CompilerServices;
using Triangulate.Core.Diagnostics;
using Triangulate.Core.Ingest;

namespace Triangulate.Ingest.Sources;

/// <summary>Listings: OPML, sitemaps and address lists read from the web, and JSON Feeds read offline.</summary>
internal sealed partial class SourceReader
{
    /// <summary>An OPML file, sitemap or address list (its addresses are read from the web), or a JSON Feed (read offline,
    /// like an RSS file, unless fetching is on and an entry has only a summary).</summary>
    private async IAsyncEnumerable<IngestItem> ReadListingAsync(byte[] bytes, SourceInfo source, [EnumeratorCancellation] CancellationToken ct)
    {
        var listing = Listings.ListingReader.TryRead(bytes, null, out var failure);
        if (listing is null)
        {
            yield return IngestItem.Failed(Diagnostic.Error(source.Input, ErrorCodes.MalformedFeed, $"the listing cannot be read: {failure ?? "unrecognised content"}"));
            yield break;
        }

        if (listing.Kind == Listings.ListingKind.Feed && options.Web is null)
        {
            foreach (var item in JsonFeedItems(listing, source))
            {
                yield return item;
            }

            yield break;
        }

        if (options.Web is null)
        {
            yield return Unsupported(source, "the file lists web addresses, which are not fetched here; give it to analyze, ingest or watch");
            yield break;
        }

        await foreach (var item in options.Web.ReadListingAsync(source.Input, listing, ct).ConfigureAwait(false))
        {
            yield return item;
        }
    }

    private IEnumerable<IngestItem> JsonFeedItems(Listings.Listing listing, SourceInfo source)
    {
        for (var i = 0; i < listing.Entries.Count; i++)
        {
            var entry = listing.Entries[i];
            var suffix = "#" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (entry.Body is null)
            {
                yield return IngestItem.Failed(Diagnostic.Error(source.Input + suffix, ErrorCodes.MalformedFeedItem, $"feed item {i + 1} was skipped: it has no content or summary"));
                continue;
            }

            if (entry.Body.Length > options.MaxRecordBytes)
            {
                yield return IngestItem.Failed(IngestDiagnostics.RecordTooLarge(source.Input + suffix, entry.Body.Length, options.MaxRecordBytes, $"feed item {i + 1}"));
                continue;
            }

            var hints = new DocumentHints { Title = entry.Title, Outlet = listing.Title, Url = entry.Url, Published = entry.Published, Byline = entry.Author, Feed = source.Input };
            yield return IngestItem.Of(new RawDocument(source.Input + suffix, source.Locator(entry.Url, suffix), entry.Format, entry.Body, hints));
        }
    }
}

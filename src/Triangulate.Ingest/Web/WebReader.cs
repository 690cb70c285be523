using System.Runtime.CompilerServices;
using Triangulate.Core.Diagnostics;
using Triangulate.Core.Ingest;
using Triangulate.Ingest.Listings;
using Triangulate.Ingest.Text;

namespace Triangulate.Ingest.Web;

/// <summary>
/// Reads web addresses for <c>analyze</c> and <c>ingest</c>: an article page becomes one document under its
/// canonical address; a feed's entries become documents (an entry with only a summary has its page fetched); a
/// sitemap's pages are fetched; a sitemap index, an OPML file or an address list is followed to what it lists,
/// three levels deep at most. Every fetch goes through the <see cref="PoliteFetcher"/> (SSRF checks, robots.txt,
/// one request per host with its delay). An article reached by several addresses in one run is read once.
/// </summary>
public sealed class WebReader(PoliteFetcher fetcher, int maxPages = 1000)
{
    private const int MaxDepth = 3;
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private int _pages;

    /// <summary>Reads what <paramref name="url"/> holds; problems are diagnostics for that address (TRI1101-TRI1103, TRI1007).</summary>
    public IAsyncEnumerable<IngestItem> ReadAsync(string url, CancellationToken ct) => ReadAsync(url, 0, ct);

    /// <summary>Reads every address a listing file names (OPML, address list, sitemap), as if each had been given.</summary>
    public async IAsyncEnumerable<IngestItem> ReadListingAsync(string input, Listing listing, [EnumeratorCancellation] CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(listing);
        if (listing.Kind == ListingKind.Feed)
        {
            foreach (var entry in listing.Entries)
            {
                await foreach (var item in EntryAsync(input, entry, listing.Title, ct).ConfigureAwait(false))
                {
                    yield return item;
                }
            }

            yield break;
        }

        foreach (var entry in listing.Entries)
        {
            await foreach (var item in ReadAsync(entry.Url, 1, ct).ConfigureAwait(false))
            {
                yield return item;
            }
        }
    }

    private async IAsyncEnumerable<IngestItem> ReadAsync(string url, int depth, [EnumeratorCancellation] CancellationToken ct)
    {
        var (response, failure) = await FetchAsync(url, ct).ConfigureAwait(false);
        if (failure is not null)
        {
            yield return failure;
            yield break;
        }

        var listing = ListingReader.TryRead(response!.Body, response.Url, out var malformed);
        if (listing is null)
        {
            yield return malformed is not null
                ? IngestItem.Failed(Diagnostic.Error(url, ErrorCodes.MalformedFeed, $"the listing cannot be read: {malformed}"))
                : await PageAsync(url, response, null, ct).ConfigureAwait(false);
            yield break;
        }

        if (depth >= MaxDepth && listing.Kind is not ListingKind.Feed and not ListingKind.Sitemap)
        {
            yield return IngestItem.Failed(Diagnostic.Warning(url, ErrorCodes.WebListingLimited, $"lists other listings more than {MaxDepth} levels deep; not followed further"));
            yield break;
        }

        foreach (var entry in listing.Entries)
        {
            var items = listing.Kind switch
            {
                ListingKind.Feed => EntryAsync(url, entry, listing.Title, ct),
                ListingKind.Sitemap => PageOfEntryAsync(url, entry, null, ct),
                _ => ReadAsync(entry.Url, depth + 1, ct),
            };
            await foreach (var item in items.ConfigureAwait(false))
            {
                yield return item;
            }
        }
    }

    /// <summary>A feed entry: its own content when it has it, else its page, with the feed's title, date and author as hints.</summary>
    private async IAsyncEnumerable<IngestItem> EntryAsync(string input, ListingEntry entry, string? outlet, [EnumeratorCancellation] CancellationToken ct)
    {
        var canonical = CanonicalUrl.Normalize(entry.Url) ?? entry.Url;
        if (entry is { IsSummary: false, Body: not null })
        {
            if (_seen.Add(canonical))
            {
                yield return IngestItem.Of(new RawDocument(entry.Url, canonical, entry.Format, entry.Body, Hints(entry, outlet, canonical, input)));
            }

            yield break;
        }

        await foreach (var item in PageOfEntryAsync(input, entry, outlet, ct).ConfigureAwait(false))
        {
            yield return item;
        }
    }

    private async IAsyncEnumerable<IngestItem> PageOfEntryAsync(string input, ListingEntry entry, string? outlet, [EnumeratorCancellation] CancellationToken ct)
    {
        if (_seen.Contains(CanonicalUrl.Normalize(entry.Url) ?? entry.Url))
        {
            yield break;
        }

        var (response, failure) = await FetchAsync(entry.Url, ct).ConfigureAwait(false);
        yield return failure ?? await PageAsync(entry.Url, response!, Hints(entry, outlet, null, input), ct).ConfigureAwait(false);
    }

    /// <summary>An article page under its canonical address; an AMP or tracking copy is replaced by the canonical page.</summary>
    private async Task<IngestItem> PageAsync(string input, FetchResponse response, DocumentHints? hints, CancellationToken ct)
    {
        var html = SafeFetcher.Decode(response.Body, response.Charset);
        var canonical = CanonicalUrl.Resolve(response.Url, html, out _);
        if (canonical != CanonicalUrl.Normalize(response.Url) && !_seen.Contains(canonical))
        {
            var (again, failure) = await FetchAsync(canonical, ct).ConfigureAwait(false);
            if (failure is null)
            {
                (response, html) = (again!, SafeFetcher.Decode(again!.Body, again.Charset));
            }
        }

        if (!_seen.Add(canonical))
        {
            return IngestItem.Failed(Diagnostic.Info(input, ErrorCodes.DuplicateInput, $"another address of {canonical}, already read in this run; read once"));
        }

        var format = response.MediaType is "text/plain" ? DocumentFormat.PlainText : DocumentFormat.Html;
        return IngestItem.Of(new RawDocument(input, canonical, format, TextNormalizer.Normalize(html), (hints ?? new DocumentHints()) with { Url = canonical }));
    }

    private async Task<(FetchResponse? Response, IngestItem? Failure)> FetchAsync(string url, CancellationToken ct)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return (null, IngestItem.Failed(Diagnostic.Error(url, ErrorCodes.FetchFailed, "not an absolute web address")));
        }

        if (++_pages > maxPages)
        {
            return (null, IngestItem.Failed(Diagnostic.Warning(url, ErrorCodes.WebListingLimited, $"more than {maxPages} web pages in one run; the rest were not fetched")));
        }

        try
        {
            var response = await fetcher.GetAsync(new FetchRequest(uri), ct).ConfigureAwait(false);
            return response.IsSuccess
                ? (response, null)
                : (null, IngestItem.Failed(Diagnostic.Error(url, ErrorCodes.FetchFailed, $"the server answered {(int)response.Status} {response.Status}")));
        }
        catch (RobotsDisallowedException ex)
        {
            return (null, IngestItem.Failed(Diagnostic.Warning(url, ErrorCodes.RobotsDisallowed, ex.Message)));
        }
        catch (FetchRefusedException ex)
        {
            return (null, IngestItem.Failed(Diagnostic.Error(url, ErrorCodes.FetchFailed, ex.Message)));
        }
    }

    private static DocumentHints Hints(ListingEntry entry, string? outlet, string? url, string feed) => new()
    {
        Title = entry.Title,
        Outlet = outlet,
        Url = url,
        Published = entry.Published,
        Byline = entry.Author,
        Feed = feed,
    };
}

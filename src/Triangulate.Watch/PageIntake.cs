using Microsoft.Extensions.Logging;
using Triangulate.Core.Pipeline;
using Triangulate.Core.Storage;
using Triangulate.Ingest.Listings;
using Triangulate.Ingest.Web;
using Triangulate.Watch.Revisions;

namespace Triangulate.Watch;

/// <summary>
/// The watcher's fetching and reading: polls a source (conditional GET, listing or page), and settles each article
/// job (fetch or recheck the page, find its canonical address, skip an unchanged body, extract and annotate,
/// record the revision, remember the page).
/// </summary>
internal sealed partial class PageIntake(PoliteFetcher fetcher, IWatchStore state, PipelineRunner runner, RevisionRecorder recorder, WatchOptions options, TimeProvider clock, ILogger logger)
{
    private long _sequence;

    /// <summary>Where new page texts go instead of the pipeline and the article store (null: store them here).</summary>
    public DocumentSink? Sink { get; init; }

    public async Task PollAsync(SourceRun run, WatchCycleReport report, CancellationToken ct)
    {
        var source = run.Source;
        try
        {
            var response = await fetcher.GetAsync(new FetchRequest(new Uri(source.Url), source.ETag, source.LastModified), ct).ConfigureAwait(false);
            if (response.IsNotModified)
            {
                run.Response = response;
                report.SourcePolled(notModified: true);
                return;
            }

            if (!response.IsSuccess)
            {
                Fail(run, report, $"the server answered {(int)response.Status} {response.Status}", response.RetryAfter is { } wait ? clock.GetUtcNow() + wait : null);
                return;
            }

            run.Response = response;
            var listing = ListingReader.TryRead(response.Body, response.Url, out var failure);
            if (listing is null && failure is not null)
            {
                Fail(run, report, "malformed listing: " + failure, null);
                return;
            }

            report.SourcePolled(notModified: false);
            await ListAsync(run, listing, response, ct).ConfigureAwait(false);
        }
        catch (HostBackoffException ex)
        {
            // The host (not this source) asked for a pause: come back then, without counting it against the source.
            run.RetryAt = ex.RetryAt;
            run.Deferred = true;
            WatchLog.HostBackoff(logger, run.Source.Url, ex.RetryAt);
            report.Defer();
        }
        catch (FetchRefusedException ex)
        {
            Fail(run, report, ex.Message, null);
        }
    }

    private void Fail(SourceRun run, WatchCycleReport report, string message, DateTimeOffset? retryAt)
    {
        WatchLog.SourceFailed(logger, run.Source.Url, message);
        run.Error = message;
        run.RetryAt = retryAt;
        report.SourceFailed(run.Source.Url, message);
    }

    private async Task ListAsync(SourceRun run, Listing? listing, FetchResponse response, CancellationToken ct)
    {
        if (listing is null)
        {
            run.Kind = "page";
            var known = await state.FindPageAsync(CanonicalUrl.Normalize(response.Url), ct).ConfigureAwait(false);
            run.Jobs.Add(new PageJob(run, new ListingEntry(run.Source.Url), null, known, response.Url, response));
            return;
        }

        run.Kind = listing.Kind.ToString().ToLowerInvariant();
        if (listing.Kind is ListingKind.SitemapIndex or ListingKind.Opml or ListingKind.UrlList)
        {
            foreach (var entry in listing.Entries)
            {
                await state.AddSourceAsync(entry.Url, clock.GetUtcNow(), ct).ConfigureAwait(false);
            }

            return;
        }

        var oldest = clock.GetUtcNow() - options.MaxEntryAge;
        foreach (var entry in listing.Entries)
        {
            if ((entry.Updated ?? entry.Published) is { } dated && dated < oldest)
            {
                continue;
            }

            var known = await state.FindPageAsync(CanonicalUrl.Normalize(entry.Url) ?? entry.Url, ct).ConfigureAwait(false);
            run.NewItems += known is null ? 1 : 0;
            var fromFeed = entry is { IsSummary: false, Body: not null };
            if (known is not null && known.Origin != (fromFeed ? "feed" : "page"))
            {
                // One source of text per article, fixed when first seen: a feed's content and the page's extraction
                // differ in small ways, and alternating between them would look like edits.
                continue;
            }

            if (known is null || (known.GoneAt is null && (IsNewer(entry, known) || fromFeed)))
            {
                run.Jobs.Add(new PageJob(run, entry, listing.Title, known, new Uri(entry.Url)));
            }
        }
    }

    /// <summary>The listing dates the entry later than when it was last fetched: the outlet says it changed.</summary>
    private static bool IsNewer(ListingEntry entry, WatchedPage known) =>
        (entry.Updated ?? entry.Published) is { } listed && (known.ListedUpdated is null || listed > known.ListedUpdated);
}

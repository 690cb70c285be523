using System.Net;
using System.Security.Cryptography;
using System.Text;
using Triangulate.Core.Ingest;
using Triangulate.Core.Storage;
using Triangulate.Ingest.Web;
using Triangulate.Watch.Revisions;

namespace Triangulate.Watch;

/// <summary>One page job: fetch the feed entry or page (following its canonical address), schedule its next recheck, and hand a new revision to the pipeline.</summary>
internal sealed partial class PageIntake
{
    public async Task ProcessAsync(PageJob job, WatchCycleReport report, CancellationToken ct)
    {
        try
        {
            if (job.FromFeedContent)
            {
                await FromFeedAsync(job, report, ct).ConfigureAwait(false);
            }
            else
            {
                await FromPageAsync(job, job.FetchUrl, [], followCanonical: true, report, ct).ConfigureAwait(false);
            }
        }
        catch (FetchRefusedException ex)
        {
            report.Error(job.FetchUrl.AbsoluteUri, ex.Message);
            WatchLog.PageFailed(logger, job.FetchUrl.AbsoluteUri, ex.Message);
            if (ex is not RobotsDisallowedException)
            {
                job.Run?.Unsettled();
            }
        }
    }

    private async Task FromFeedAsync(PageJob job, WatchCycleReport report, CancellationToken ct)
    {
        var entry = job.Entry!;
        var canonical = CanonicalUrl.Normalize(entry.Url) ?? entry.Url;
        var hash = Hash(string.Concat(entry.Title, "\u001f", entry.Body));
        var now = clock.GetUtcNow();
        if (job.Known?.BodyHash == hash)
        {
            return;
        }

        var hints = new DocumentHints
        {
            Title = entry.Title,
            Outlet = job.Outlet,
            Url = canonical,
            Published = entry.Published,
            Byline = entry.Author,
            Feed = job.Run?.Source.Url,
        };
        await IntakeAsync(new RawDocument(canonical, canonical, entry.Format, entry.Body!, hints), canonical, report, ct).ConfigureAwait(false);
        var page = (job.Known ?? new WatchedPage(canonical, entry.Url) { FirstSeenAt = now, SourceId = job.Run?.Source.Id }) with
        {
            Origin = "feed",
            BodyHash = hash,
            LastCheckedAt = now,
            ListedUpdated = entry.Updated ?? entry.Published,
            NextCheckAt = null,
        };
        await state.SavePageAsync(page, [entry.Url], ct).ConfigureAwait(false);
    }

    private async Task FromPageAsync(PageJob job, Uri url, List<string> aliases, bool followCanonical, WatchCycleReport report, CancellationToken ct)
    {
        var known = job.Known;
        var response = job.Prefetched is { } pre && pre.Url == url
            ? pre
            : await fetcher.GetAsync(new FetchRequest(url, known?.ETag, known?.LastModified), ct).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        report.PageFetched(response.IsNotModified);
        if (response.IsNotModified && known is not null)
        {
            await state.SavePageAsync(Checked(known, job, now), aliases, ct).ConfigureAwait(false);
            return;
        }

        if (response.Status is HttpStatusCode.NotFound or HttpStatusCode.Gone)
        {
            report.PageGone();
            var gone = (known ?? NewPage(CanonicalUrl.Normalize(url), url, job, now)) with { GoneAt = now, NextCheckAt = null, LastCheckedAt = now };
            await state.SavePageAsync(gone, aliases, ct).ConfigureAwait(false);
            return;
        }

        if (!response.IsSuccess)
        {
            throw new FetchRefusedException($"the server answered {(int)response.Status} {response.Status}");
        }

        var html = SafeFetcher.Decode(response.Body, response.Charset);
        var canonical = CanonicalUrl.Resolve(response.Url, html, out _);
        aliases = [.. aliases, CanonicalUrl.Normalize(url), CanonicalUrl.Normalize(response.Url)];
        if (job.Entry is { } entry && CanonicalUrl.Normalize(entry.Url) is { } listed)
        {
            aliases.Add(listed);
        }

        if (canonical != CanonicalUrl.Normalize(response.Url) && followCanonical)
        {
            // Stored once: another address of an article already followed, or (AMP, tracking copy) fetch the canonical page itself.
            var existing = await state.FindPageAsync(canonical, ct).ConfigureAwait(false);
            if (existing is not null)
            {
                report.Alias();
                await state.SavePageAsync(existing, aliases, ct).ConfigureAwait(false);
                return;
            }

            await FromPageAsync(job with { Prefetched = null, Known = null }, new Uri(canonical), aliases, followCanonical: false, report, ct).ConfigureAwait(false);
            return;
        }

        known ??= await state.FindPageAsync(canonical, ct).ConfigureAwait(false);
        var hash = Hash(response.Body);
        var page = (known ?? NewPage(canonical, response.Url, job, now)) with { ETag = response.ETag, LastModified = response.LastModified };
        page = job.IsRecheck ? Checked(page, job, now) : page with { LastCheckedAt = now, ListedUpdated = Listed(job, page) };
        if (known?.BodyHash != hash)
        {
            var hints = new DocumentHints { Url = canonical, Published = job.Entry?.Published, Feed = job.Run?.Source.Url };
            await IntakeAsync(new RawDocument(canonical, canonical, DocumentFormat.Html, html, hints), canonical, report, ct).ConfigureAwait(false);
        }
        else
        {
            report.Same();
        }

        await state.SavePageAsync(page with { BodyHash = hash }, aliases, ct).ConfigureAwait(false);
    }

    private WatchedPage NewPage(string? canonical, Uri fetched, PageJob job, DateTimeOffset now) =>
        new(canonical ?? fetched.AbsoluteUri, fetched.AbsoluteUri)
        {
            SourceId = job.Run?.Source.Id,
            FirstSeenAt = now,
            NextCheckAt = options.RecheckAfter.Count > 0 ? now + options.RecheckAfter[0] : null,
        };

    /// <summary>A recheck done: count it and schedule the next one (none once the schedule is over).</summary>
    private WatchedPage Checked(WatchedPage page, PageJob job, DateTimeOffset now)
    {
        if (!job.IsRecheck)
        {
            return page with { LastCheckedAt = now, ListedUpdated = Listed(job, page) };
        }

        var checks = page.Checks + 1;
        DateTimeOffset? next = null;
        for (var i = checks; i < options.RecheckAfter.Count && next is null; i++)
        {
            var at = page.FirstSeenAt + options.RecheckAfter[i];
            next = at > now ? at : null;
        }

        return page with { Checks = checks, LastCheckedAt = now, NextCheckAt = next };
    }

    private static DateTimeOffset? Listed(PageJob job, WatchedPage page) => job.Entry?.Updated ?? job.Entry?.Published ?? page.ListedUpdated;

    private async Task IntakeAsync(RawDocument document, string canonical, WatchCycleReport report, CancellationToken ct)
    {
        if (Sink is not null)
        {
            // Cluster mode: the silos' log consumers extract and store; the page is remembered (by the caller) so the
            // next poll does not send it again, and the store's idempotence by article id covers a resend.
            await Sink(document, ct).ConfigureAwait(false);
            report.NewArticle();
            WatchLog.ArticleNew(logger, canonical);
            return;
        }

        var result = runner.ProcessOne(Interlocked.Increment(ref _sequence), IngestItem.Of(document), ct);
        if (result.Article is null)
        {
            var reason = result.Diagnostics.Count > 0 ? result.Diagnostics[0].Message : "no article text";
            report.Error(canonical, reason);
            WatchLog.PageFailed(logger, canonical, reason);
            return;
        }

        var outcome = await recorder.RecordAsync(canonical, result.Article, clock.GetUtcNow(), ct).ConfigureAwait(false);
        switch (outcome)
        {
            case RevisionOutcome.New:
                report.NewArticle();
                WatchLog.ArticleNew(logger, canonical);
                break;
            case RevisionOutcome.Revised:
                report.Revised();
                WatchLog.Revised(logger, canonical);
                break;
            default:
                report.Same();
                break;
        }
    }

    private static string Hash(string text) => Hash(Encoding.UTF8.GetBytes(text));

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 16));
}

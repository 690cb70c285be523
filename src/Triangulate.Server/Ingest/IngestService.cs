using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Triangulate.Core.Ingest;
using Triangulate.Core.Storage;
using Triangulate.Engine;
using Triangulate.Engine.Living;
using Triangulate.Ingest;
using Triangulate.Ingest.Web;
using Triangulate.Reports.Building;
using Triangulate.Server.Logging;
using Triangulate.Server.Stories;

namespace Triangulate.Server.Ingest;

/// <summary>
/// Turns an ingest request into pipeline input and hands it to the living engine, the store's single writer: the
/// per-article pipeline runs, new articles are stored with their lineages and stories in one transaction, and
/// the stories' sections follow (<see cref="LivingMaintenance"/> finishes them when ingest pauses).
/// </summary>
public sealed class IngestService(StoryEngine engine, SafeFetcher fetcher, LivingMaintenance maintenance, ServerMetrics metrics, ILogger<IngestService> logger)
{
    /// <summary>One ingest at a time: the engine has one writer anyway, and this keeps a burst of uploads from using every core at once.</summary>
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <exception cref="IngestRejectedException">The request is malformed or its URL is refused.</exception>
    public async Task<IngestResponse> IngestAsync(IngestRequest request, CancellationToken ct)
    {
        try
        {
            var response = await IngestCoreAsync(request, ct).ConfigureAwait(false);
            ServerLog.IngestDone(logger, response.Items, response.Added, response.AlreadyStored, response.Diagnostics.Count);
            return response;
        }
        catch (IngestRejectedException ex)
        {
            ServerLog.IngestRejected(logger, ex.Message);
            throw;
        }
        catch (StoreException ex)
        {
            ServerLog.IngestStoreUnavailable(logger, ex, ex.Code);
            throw;
        }
    }

    private async Task<IngestResponse> IngestCoreAsync(IngestRequest request, CancellationToken ct)
    {
        var items = await ToItemsAsync(request, ct).ConfigureAwait(false);
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        IngestOutcome result;
        try
        {
            // In flight for the maintenance too: it must not start settling in the middle of this ingest.
            using (maintenance.Ingesting())
            {
                result = await engine.IngestAsync(items, NoProgress.Instance, flush: false, cancellationToken: ct).ConfigureAwait(false);
            }
        }
        finally
        {
            _gate.Release();
        }

        if (result.Added > 0)
        {
            maintenance.Ingested();
        }

        metrics.ArticlesAdded(result.Added);
        return new IngestResponse(result.Items, result.Added, result.AlreadyStored, result.ArticleIds, result.Diagnostics.ConvertAll(DossierBuilder.ToDossier));
    }

    private async Task<IAsyncEnumerable<IngestItem>> ToItemsAsync(IngestRequest request, CancellationToken ct)
    {
        switch (request.Format?.ToLowerInvariant())
        {
            case "text":
                return One(Document(NameOf(request), DocumentFormat.PlainText, RequireContent(request), request, request.Url));
            case "html":
                return One(Document(NameOf(request), DocumentFormat.Html, RequireContent(request), request, request.Url));
            case "jsonl" or "auto":
                // The ingest reader sniffs the body (JSON Lines, feed, HTML, text) and reports per-line problems; feed it as its "stdin".
                var reader = new InputReader(new IngestOptions { Stdin = new StringReader(RequireContent(request)) });
                return Rename(reader.ReadAsync(["-"], ct), NameOf(request), ct);
            case "url":
                if (string.IsNullOrWhiteSpace(request.Url))
                {
                    throw new IngestRejectedException("format 'url' needs a url");
                }

                FetchedPage page;
                try
                {
                    page = await fetcher.FetchAsync(request.Url, ct).ConfigureAwait(false);
                }
                catch (FetchRefusedException ex)
                {
                    throw new IngestRejectedException(ex.Message);
                }

                var format = page.MediaType is "text/plain" ? DocumentFormat.PlainText : DocumentFormat.Html;
                return One(Document(page.Url.AbsoluteUri, format, page.Body, request, page.Url.AbsoluteUri));
            default:
                throw new IngestRejectedException("format must be one of text, html, jsonl, auto, url");
        }
    }

    private static string NameOf(IngestRequest request) =>
        string.IsNullOrWhiteSpace(request.Name) ? "upload" : request.Name.Trim();

    /// <summary>The reader names standard input "-" ("-:3" for line 3); the upload's name reads better and keeps ids distinct per upload.</summary>
    private static async IAsyncEnumerable<IngestItem> Rename(IAsyncEnumerable<IngestItem> items, string name, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var item in items.WithCancellation(ct).ConfigureAwait(false))
        {
            var document = item.Document is { } doc
                ? doc with { Input = RenameInput(doc.Input, name), Locator = doc.Locator.StartsWith("stdin", StringComparison.Ordinal) ? name + doc.Locator[5..] : doc.Locator }
                : null;
            var diagnostics = item.Diagnostics.Select(d => d with { Input = RenameInput(d.Input, name) }).ToList();
            yield return new IngestItem(document, diagnostics);
        }
    }

    private static string RenameInput(string input, string name) => input.StartsWith('-') ? name + input[1..] : input;

    private static string RequireContent(IngestRequest request) =>
        string.IsNullOrWhiteSpace(request.Content) ? throw new IngestRejectedException($"format '{request.Format}' needs content") : request.Content;

    private static RawDocument Document(string input, DocumentFormat format, string content, IngestRequest request, string? url) =>
        new(input, url ?? input, format, content, new DocumentHints
        {
            Title = request.Title,
            Outlet = request.Outlet,
            Published = request.Published,
            Url = url,
        });

    private static async IAsyncEnumerable<IngestItem> One(RawDocument document, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await Task.CompletedTask.ConfigureAwait(false);
        ct.ThrowIfCancellationRequested();
        yield return IngestItem.Of(document);
    }
}
